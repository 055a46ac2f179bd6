// Issue 17's everyday records and the window's undo stack: a reason added on the spot
// from the tender editor is a step of its own, a lost tender's winner made a competitor
// at the account leaves with the tender's undo, the dashboard's "Me" list follows the
// team, and a Competitors step that fails after the dialog is closed is still reported.
#include "GuiFixture.h"
#include "app/CompetitorList.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/TenderEditor.h"
#include "gui/competitors/CompetitorsDialog.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/team/TeamActions.h"
#include "gui/team/TeamDialog.h"
#include "gui/team/TeamMemberEditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QUndoStack>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

// The first account's tab open, its tenders' editor at hand.
struct TenderTab : test::DemoWindow
{
    AccountId id = ws().listAccounts(AccountQuery{}).front().account.id;
    AccountWorkspace* tab = window.openAccount(id);
    QUndoStack& undo() { return *window.undoStack(); }
    std::optional<Tender> tenderTitled(const std::string& title)
    {
        for (const auto& t : ws().details(id).tenders)
            if (t.title == title)
                return t;
        return std::nullopt;
    }
    bool present(const std::string& competitor)
    {
        const auto at = ws().details(id).competitors;
        return std::any_of(at.begin(), at.end(), [&](const auto& p) { return p.first.name == competitor; });
    }
    bool reasonListed(const std::string& name)
    {
        const auto reasons = CompetitorList(ws()).reasons();
        return std::any_of(reasons.begin(), reasons.end(),
                           [&](const TenderReason& r) { return r.name == name; });
    }
    // A new lost tender titled `title`, typed into the editor, not yet saved.
    TenderEditor* lostTender(const QString& title)
    {
        REQUIRE(tab);
        TenderEditor* editor = tab->addTender();
        REQUIRE(editor);
        editor->findChild<QLineEdit*>(QStringLiteral("titleEdit"))->setText(title);
        auto* outcome = editor->findChild<QComboBox*>(QStringLiteral("outcomeEdit"));
        outcome->setCurrentIndex(outcome->findData(static_cast<int>(TenderOutcome::Lost)));
        return editor;
    }
};

void save(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    for (auto* b : buttons->buttons())
        if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->click();
    QApplication::processEvents();
}

QStringList meChoices(MainWindow& window)
{
    auto* combo = window.dashboardView()->findChild<QComboBox*>(QStringLiteral("meCombo"));
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

} // namespace

TEST_CASE("a reason added on the spot in the tender editor is an undo step of its own", "[records][undo]")
{
    TenderTab a;
    QPointer<TenderEditor> editor = a.lostTender(QStringLiteral("Rails 2028"));
    REQUIRE(editor->addReason(QStringLiteral("Payment terms")));
    CHECK(a.undo().undoText() == QStringLiteral("Add Reason Payment terms"));
    CHECK(a.reasonListed("Payment terms"));
    save(editor);
    REQUIRE(a.tenderTitled("Rails 2028"));
    CHECK(a.undo().undoText() == QStringLiteral("Add Tender Rails 2028"));

    a.undo().undo(); // the tender
    CHECK_FALSE(a.tenderTitled("Rails 2028"));
    CHECK(a.reasonListed("Payment terms"));
    a.undo().undo(); // the reason
    CHECK_FALSE(a.reasonListed("Payment terms"));

    a.undo().redo();
    REQUIRE(a.reasonListed("Payment terms"));
    a.undo().redo();
    const auto back = a.tenderTitled("Rails 2028");
    REQUIRE(back);
    REQUIRE(back->reasonId);
    CHECK(*back->reasonId == CompetitorList(a.ws()).reasonByName("payment terms").id);
}

TEST_CASE("undoing a new lost tender removes the winner's presence it added, redo adds it again",
          "[records][undo]")
{
    TenderTab a;
    QPointer<TenderEditor> editor = a.lostTender(QStringLiteral("Pipes 2028"));
    REQUIRE(editor->addWinner(QStringLiteral("Nordic Pipes")));
    CHECK_FALSE(a.present("Nordic Pipes"));
    save(editor);
    REQUIRE(a.tenderTitled("Pipes 2028"));
    CHECK(a.present("Nordic Pipes"));

    a.undo().undo();
    CHECK_FALSE(a.tenderTitled("Pipes 2028"));
    CHECK_FALSE(a.present("Nordic Pipes"));
    CHECK(CompetitorList(a.ws()).byName("Nordic Pipes").id > 0); // its own step is not undone yet

    a.undo().redo();
    REQUIRE(a.tenderTitled("Pipes 2028"));
    CHECK(a.present("Nordic Pipes"));
    // Again, after the presence came back under a new id.
    a.undo().undo();
    CHECK_FALSE(a.present("Nordic Pipes"));

    // Back to before the winner was added, and forward again: the tender names the competitor as it is now.
    a.undo().undo();
    a.undo().redo();
    a.undo().redo();
    const auto back = a.tenderTitled("Pipes 2028");
    REQUIRE(back);
    CHECK(back->winnerId == CompetitorList(a.ws()).byName("Nordic Pipes").id);
    CHECK(a.present("Nordic Pipes"));
}

TEST_CASE("a tender won by a competitor already present keeps the presence when undone", "[records][undo]")
{
    TenderTab a;
    QPointer<TenderEditor> editor = a.lostTender(QStringLiteral("Valves 2028"));
    REQUIRE(editor->addWinner(QStringLiteral("Baltic Valves")));
    save(editor);
    editor = a.lostTender(QStringLiteral("Valves 2029"));
    auto* winner = editor->findChild<QComboBox*>(QStringLiteral("winnerEdit"));
    winner->setCurrentIndex(winner->findText(QStringLiteral("Baltic Valves")));
    save(editor);
    REQUIRE(a.tenderTitled("Valves 2029"));
    a.undo().undo(); // the second tender only: the presence was the first one's
    CHECK_FALSE(a.tenderTitled("Valves 2029"));
    CHECK(a.present("Baltic Valves"));
}

TEST_CASE("the dashboard's Me list follows the team: written in the Team dialog, undone, redone",
          "[records][team]")
{
    test::DemoWindow w;
    const QString name = QStringLiteral("Nadia Petrova");
    CHECK_FALSE(meChoices(w.window).contains(name));
    TeamDialog* dialog = w.window.teamActions()->openTeam();
    REQUIRE(dialog);
    TeamMemberEditor* editor = dialog->addMember();
    editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(name);
    editor->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("nadia@example.com"));
    save(editor);
    CHECK(meChoices(w.window).contains(name));

    // Undoing an addition deactivates the member: listed as having left.
    w.window.undoStack()->undo();
    CHECK_FALSE(meChoices(w.window).contains(name));
    CHECK(meChoices(w.window).contains(QStringLiteral("%1 (left)").arg(name)));
    dialog->reject();
    w.window.undoStack()->redo();
    CHECK(meChoices(w.window).contains(name));
}

TEST_CASE("a Competitors step that fails after the dialog is closed is reported by the window",
          "[records][competitors]")
{
    test::DemoWindow w;
    QAction* action = nullptr;
    for (QAction* menu : w.window.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->objectName() == QLatin1String("competitorsAction"))
                    action = a;
    REQUIRE(action);
    action->trigger();
    QPointer<CompetitorsDialog> dialog = w.window.findChild<CompetitorsDialog*>();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Rival Steel"));
    REQUIRE(dialog->addFromForm());
    const Competitor added = CompetitorList(w.ws()).byName("Rival Steel");
    dialog->close();
    QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // closed is deleted

    // Removed behind the window's back (keystone-cli, say): undoing the addition cannot remove it.
    CompetitorList(w.ws()).remove(added.id);
    w.window.statusBar()->clearMessage();
    w.window.undoStack()->undo();
    const QString shown = w.window.statusBar()->currentMessage();
    INFO(shown.toStdString());
    CHECK(shown.contains(QStringLiteral("does not exist")));
}
