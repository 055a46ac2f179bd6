// Issue 17's everyday records in the GUI: the managed list of competitors (added,
// renamed, a duplicate refused, merged, each an undo step), competitors and
// reasons added on the spot from the tender and presence editors, the reason
// shown in the tenders list, a presence removed and brought back, and the 3P
// qualification edited in the account editor and undone.
#include "GuiFixture.h"
#include "app/AccountEditing.h"
#include "app/CompetitorList.h"
#include "gui/account/AccountEditor.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/PresenceEditor.h"
#include "gui/account/TenderEditor.h"
#include "gui/account/TenderTableModel.h"
#include "gui/competitors/CompetitorsDialog.h"
#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct Records
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    AccountId id = 0;
    AccountWorkspace* tab = nullptr;

    Records()
    {
        window.setInteractive(false);
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
        id = window.workspace()->listAccounts(AccountQuery{}).front().account.id;
        tab = window.openAccount(id);
        REQUIRE(tab);
    }
    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        auto* w = parent->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    CompetitorList list() const { return CompetitorList(*window.workspace()); }
    std::optional<Competitor> competitorNamed(const std::string& name) const
    {
        for (const auto& c : list().list())
            if (c.name == name)
                return c;
        return std::nullopt;
    }
    QString undoText() const { return window.undoStack()->undoText(); }
    CompetitorsDialog* openCompetitors()
    {
        for (QAction* menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    if (a->objectName() == QLatin1String("competitorsAction")) {
                        REQUIRE(a->isEnabled());
                        a->trigger();
                    }
        auto* dialog = window.findChild<CompetitorsDialog*>(QStringLiteral("CompetitorsDialog"));
        REQUIRE(dialog);
        return dialog;
    }
};

void save(QDialog* dialog)
{
    Records::child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Save)->click();
}

void setName(QDialog* dialog, const QString& name)
{
    auto* edit = Records::child<QLineEdit>(dialog, "nameEdit");
    edit->clear();
    test::typeText(edit, name);
}

} // namespace

TEST_CASE("the Competitors dialog adds, refuses a duplicate, renames and merges, each undoable",
          "[competitors]")
{
    Records r;
    CompetitorsDialog* dialog = r.openCompetitors();
    auto* list = Records::child<QListWidget>(dialog, "competitorList");
    const int before = list->count();

    setName(dialog, QStringLiteral("Rival Steel"));
    test::typeText(Records::child<QLineEdit>(dialog, "websiteEdit"), QStringLiteral("rival.example"));
    Records::child<QPushButton>(dialog, "addButton")->click();
    const auto added = r.competitorNamed("Rival Steel");
    REQUIRE(added);
    CHECK(added->website == "rival.example");
    CHECK(list->count() == before + 1);
    CHECK(dialog->selectedId() == added->id);
    CHECK(r.undoText() == QStringLiteral("Add Competitor Rival Steel"));

    // Folded alike ("RIVAL STEEL"): refused under the name, nothing written or pushed.
    setName(dialog, QStringLiteral("RIVAL STEEL"));
    Records::child<QPushButton>(dialog, "addButton")->click();
    CHECK(Records::child<QLabel>(dialog, "nameError")->isVisible());
    CHECK_FALSE(Records::child<QLabel>(dialog, "nameError")->text().isEmpty());
    CHECK(list->count() == before + 1);
    CHECK(r.undoText() == QStringLiteral("Add Competitor Rival Steel"));

    // Renamed, then undone and redone.
    dialog->select(added->id);
    setName(dialog, QStringLiteral("Rival Steel Group"));
    Records::child<QPushButton>(dialog, "saveButton")->click();
    CHECK(r.competitorNamed("Rival Steel Group"));
    CHECK(r.undoText() == QStringLiteral("Rename Competitor Rival Steel to Rival Steel Group"));
    r.window.undoStack()->undo();
    CHECK(r.competitorNamed("Rival Steel"));
    CHECK(list->findItems(QStringLiteral("Rival Steel"), Qt::MatchExactly).size() == 1);
    r.window.undoStack()->redo();
    CHECK(r.competitorNamed("Rival Steel Group"));

    // A duplicate merged into the one kept, undone and redone.
    setName(dialog, QStringLiteral("Rival Stahl"));
    Records::child<QPushButton>(dialog, "addButton")->click();
    const auto duplicate = r.competitorNamed("Rival Stahl");
    REQUIRE(duplicate);
    dialog->select(duplicate->id);
    auto* keep = Records::child<QComboBox>(dialog, "mergeIntoEdit");
    keep->setCurrentIndex(keep->findText(QStringLiteral("Rival Steel Group")));
    REQUIRE(keep->currentIndex() >= 0);
    REQUIRE(dialog->mergeSelected());
    CHECK_FALSE(r.competitorNamed("Rival Stahl"));
    CHECK(r.undoText() == QStringLiteral("Merge Competitors Rival Stahl into Rival Steel Group"));
    r.window.undoStack()->undo();
    CHECK(r.competitorNamed("Rival Stahl"));
    r.window.undoStack()->redo();
    CHECK_FALSE(r.competitorNamed("Rival Stahl"));

    // Undoing everything takes the new competitor out of the list again.
    r.window.undoStack()->undo(); // merge
    r.window.undoStack()->undo(); // add Rival Stahl
    r.window.undoStack()->undo(); // rename
    r.window.undoStack()->undo(); // add Rival Steel
    CHECK_FALSE(r.competitorNamed("Rival Steel"));
    CHECK(list->count() == before);
    r.window.undoStack()->redo(); // added again, under a new id the rename follows
    r.window.undoStack()->redo();
    CHECK(r.competitorNamed("Rival Steel Group"));
}

TEST_CASE("the tender editor adds a winner and a reason on the spot; the list shows the reason",
          "[competitors][tenders]")
{
    Records r;
    QPointer<TenderEditor> editor = r.tab->addTender();
    REQUIRE(editor);
    test::typeText(Records::child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Rails 2027"));
    auto* outcome = Records::child<QComboBox>(editor, "outcomeEdit");
    outcome->setCurrentIndex(outcome->findData(static_cast<int>(TenderOutcome::Lost)));
    CHECK(Records::child<QPushButton>(editor, "newWinnerButton")->isEnabled());
    REQUIRE(editor->addWinner(QStringLiteral("Nordic Pipes")));
    CHECK(Records::child<QComboBox>(editor, "winnerEdit")->currentText() == QStringLiteral("Nordic Pipes"));
    CHECK(r.undoText() == QStringLiteral("Add Competitor Nordic Pipes"));
    // One already in the list is refused under the field.
    CHECK_FALSE(editor->addWinner(QStringLiteral("nordic pipes")));
    CHECK(Records::child<QLabel>(editor, "winnerError")->isVisible());

    REQUIRE(editor->addReason(QStringLiteral("Payment terms")));
    CHECK(Records::child<QComboBox>(editor, "reasonChoice")->currentText() == QStringLiteral("Payment terms"));
    test::typeText(Records::child<QLineEdit>(editor, "reasonEdit"), QStringLiteral("90 days asked"));
    save(editor);
    QApplication::processEvents();

    const auto tenders = r.window.workspace()->details(r.id).tenders;
    const auto it = std::find_if(tenders.begin(), tenders.end(), [](const Tender& t) { return t.title == "Rails 2027"; });
    REQUIRE(it != tenders.end());
    const auto winner = r.competitorNamed("Nordic Pipes");
    REQUIRE(winner);
    CHECK(it->winnerId == winner->id);
    REQUIRE(it->reasonId);
    CHECK(r.list().reasonByName("payment terms").id == *it->reasonId);
    CHECK(it->reason == "90 days asked");
    // The winner joined the account's competitors.
    const auto present = r.window.workspace()->details(r.id).competitors;
    CHECK(std::any_of(present.begin(), present.end(),
                      [&](const auto& p) { return p.second.competitorId == winner->id; }));

    auto* model = r.tab->tenderModel();
    const int row = model->rowOf(it->id);
    REQUIRE(row >= 0);
    CHECK(model->index(row, TenderTableModel::Reason).data().toString() ==
          QStringLiteral("Payment terms: 90 days asked"));
    CHECK(model->index(row, TenderTableModel::Winner).data().toString() == QStringLiteral("Nordic Pipes"));
}

TEST_CASE("the presence editor adds a competitor on the spot; a removed presence comes back with undo",
          "[competitors][presence]")
{
    Records r;
    const auto before = r.window.workspace()->details(r.id).competitors.size();
    QPointer<PresenceEditor> editor = r.tab->addPresence();
    REQUIRE(editor);
    REQUIRE(Records::child<QPushButton>(editor, "newCompetitorButton")->isVisibleTo(editor));
    REQUIRE(editor->addCompetitor(QStringLiteral("Baltic Coatings")));
    CHECK(Records::child<QComboBox>(editor, "competitorEdit")->currentText() == QStringLiteral("Baltic Coatings"));
    test::typeText(Records::child<QLineEdit>(editor, "productsEdit"), QStringLiteral("primers"));
    save(editor);
    QApplication::processEvents();
    REQUIRE(r.window.workspace()->details(r.id).competitors.size() == before + 1);
    CHECK(r.undoText() == QStringLiteral("Add Competitor Baltic Coatings"));

    auto* table = Records::child<QTableView>(r.tab, "presenceTable");
    auto* model = r.tab->presenceModel();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->competitorAt(i).name == "Baltic Coatings")
            row = i;
    REQUIRE(row >= 0);
    table->setCurrentIndex(model->index(row, 0));
    REQUIRE(r.tab->removeSelectedPresence());
    CHECK(r.window.workspace()->details(r.id).competitors.size() == before);
    CHECK(r.undoText() == QStringLiteral("Remove Competitor Baltic Coatings"));
    r.window.undoStack()->undo();
    const auto back = r.window.workspace()->details(r.id).competitors;
    REQUIRE(back.size() == before + 1);
    CHECK(std::any_of(back.begin(), back.end(), [](const auto& p) { return p.second.products == "primers"; }));
}

TEST_CASE("the 3P qualification is edited in the account editor and undone", "[competitors][qualification]")
{
    Records r;
    const Account before = r.window.workspace()->details(r.id).account;
    QPointer<AccountEditor> editor = r.tab->editAccount();
    REQUIRE(editor);
    auto* need = Records::child<QComboBox>(editor, "needEdit");
    auto* solvency = Records::child<QComboBox>(editor, "solvencyEdit");
    auto* authority = Records::child<QComboBox>(editor, "authorityEdit");
    need->setCurrentIndex(need->findData(true));
    solvency->setCurrentIndex(solvency->findData(false));
    authority->setCurrentIndex(0); // not assessed
    CHECK(editor->isWindowModified());
    save(editor);
    QApplication::processEvents();
    const Qualification q = r.window.workspace()->details(r.id).account.qualification;
    CHECK(q.need == std::optional<bool>(true));
    CHECK(q.solvency == std::optional<bool>(false));
    CHECK_FALSE(q.authority.has_value());
    CHECK_FALSE(r.undoText().isEmpty());

    r.window.undoStack()->undo();
    CHECK(r.window.workspace()->details(r.id).account.qualification == before.qualification);
}
