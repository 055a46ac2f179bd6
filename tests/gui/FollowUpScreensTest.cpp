// Follow-ups and commitments made and changed from the Follow-ups screen and the
// Dashboard (the editor asks for the account there), each checked in the database,
// by Edit > Undo's name and by undoing it; and the accelerators of the follow-up
// buttons, context menus and editor, in English and Russian, each letter used once.
#include "FollowUpGui.h"
#include "GuiFixture.h"
#include "app/FollowUpEditing.h"
#include "app/Team.h"
#include "domain/Text.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/common/Labels.h"
#include "gui/common/Translations.h"
#include "gui/dashboard/DashboardSectionModel.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpTableModel.h"
#include "gui/followups/FollowUpsView.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>

using namespace keystone;
using namespace keystone::gui;
using test::child;

namespace {

struct Screens
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    Screens()
    {
        window.setInteractive(false);
        test::openAndShow(window, db);
    }
    Workspace& ws() const { return *window.workspace(); }
    std::optional<FollowUp> stored(FollowUpId f) const { return ws().store().followUps().find(f); }
    std::optional<FollowUp> titled(const std::string& title) const
    {
        for (const auto& f : FollowUpEditing(ws()).list(test::query(std::nullopt, false)))
            if (f.title == title)
                return f;
        return std::nullopt;
    }
    void show(QWidget* screen) { child<QTabWidget>(&window, "tabs")->setCurrentWidget(screen); }
    // An account by name, as the user types it into the editor.
    Account someAccount() const { return ws().listAccounts(AccountQuery{}).at(2).account; }
};

// Fills a new follow-up asked from a screen: the account typed by name, the title and the due date.
void fillNew(FollowUpEditor* editor, const Account& account, const QString& title, Date due)
{
    auto* accountEdit = child<QComboBox>(editor, "accountEdit");
    REQUIRE(accountEdit->isVisible());
    test::typeText(accountEdit->lineEdit(), QString::fromStdString(account.name));
    test::typeText(child<QLineEdit>(editor, "titleEdit"), title);
    test::setDue(editor, due);
}

QString kindWord(const FollowUp& f)
{
    return f.kind == FollowUpKind::Commitment ? QStringLiteral("Commitment") : QStringLiteral("Follow-up");
}

} // namespace

TEST_CASE("the Follow-ups screen makes a commitment for an account it asks for, and reschedules",
          "[followups][actions]")
{
    Screens s;
    FollowUpsView* view = s.window.followUpsView();
    s.show(view);
    const Account account = s.someAccount();
    const Date due = test::fixedClock().today().addDays(5);

    child<QToolButton>(view, "newFollowUpButton")->click();
    QPointer<FollowUpEditor> editor = test::openEditor(s.window);
    // No account chosen: refused under the account.
    test::typeText(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Confirm the delivery slot"));
    test::save(editor);
    auto* accountError = child<QLabel>(editor, "accountError");
    CHECK(accountError->isVisible());
    CHECK(accountError->text().contains(QStringLiteral("accounts listed")));
    REQUIRE(editor);
    child<QLineEdit>(editor, "titleEdit")->clear();

    auto* kind = child<QComboBox>(editor, "kindEdit");
    kind->setCurrentIndex(kind->findData(static_cast<int>(FollowUpKind::Commitment)));
    fillNew(editor, account, QStringLiteral("Confirm the delivery slot"), due);
    // The account's interactions are offered once it is chosen.
    CHECK(child<QComboBox>(editor, "interactionEdit")->count() > 1);
    test::saveAndClose(editor);

    const auto made = s.titled("Confirm the delivery slot");
    REQUIRE(made);
    CHECK(made->accountId == account.id);
    CHECK(made->kind == FollowUpKind::Commitment);
    CHECK(made->dueDate == due);
    CHECK(test::undoMenuText(s.window) == QStringLiteral("Undo New Commitment “Confirm the delivery slot”"));
    FollowUpTableModel* model = view->model();
    const auto listed = [&](FollowUpId id) {
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->rowAt(row).followUp.id == id)
                return row;
        return -1;
    };
    CHECK(listed(made->id) >= 0);
    s.window.undoStack()->undo();
    CHECK_FALSE(s.stored(made->id));
    CHECK(listed(made->id) < 0);

    // Rescheduled from the list, with its reason.
    auto* table = child<QTableView>(view, "openFollowUpTable");
    table->setCurrentIndex(model->index(0, 0));
    const FollowUp before = model->rowAt(0).followUp;
    child<QToolButton>(view, "rescheduleButton")->click();
    editor = test::openEditor(s.window);
    test::setDue(editor, before.dueDate.addDays(7));
    test::typeText(child<QLineEdit>(editor, "reasonEdit"), QStringLiteral("Waiting for the new price list"));
    test::saveAndClose(editor);
    CHECK(s.stored(before.id)->dueDate == before.dueDate.addDays(7));
    CHECK(FollowUpEditing(s.ws()).history(before.id).back().reason == "Waiting for the new price list");
    CHECK(test::undoMenuText(s.window) == QStringLiteral("Undo Reschedule %1 “%2”")
                                              .arg(kindWord(before), QString::fromStdString(before.title)));
    s.window.undoStack()->undo();
    CHECK(s.stored(before.id) == before);
}

TEST_CASE("the Dashboard makes follow-ups and commitments and acts on its panes",
          "[followups][actions][dashboard]")
{
    Screens s;
    DashboardView* dashboard = s.window.dashboardView();
    s.show(dashboard);
    const Account account = s.someAccount();
    const Date due = test::fixedClock().today().addDays(2);

    // The button above the panes makes a task.
    child<QToolButton>(dashboard, "newFollowUpButton")->click();
    QPointer<FollowUpEditor> editor = test::openEditor(s.window);
    CHECK(static_cast<FollowUpKind>(child<QComboBox>(editor, "kindEdit")->currentData().toInt()) ==
          FollowUpKind::Task);
    fillNew(editor, account, QStringLiteral("Send the catalogue"), due);
    test::saveAndClose(editor);
    const auto task = s.titled("Send the catalogue");
    REQUIRE(task);
    CHECK(task->accountId == account.id);
    CHECK(task->kind == FollowUpKind::Task);
    CHECK(test::undoMenuText(s.window) == QStringLiteral("Undo New Follow-up “Send the catalogue”"));
    s.window.undoStack()->undo();
    CHECK_FALSE(s.stored(task->id));

    // The Commitments pane's New makes a commitment, shown in the pane.
    auto* commitments = child<QTableView>(dashboard, "commitmentsTable");
    test::listAction(commitments, "newFollowUpAction")->trigger();
    editor = test::openEditor(s.window);
    CHECK(static_cast<FollowUpKind>(child<QComboBox>(editor, "kindEdit")->currentData().toInt()) ==
          FollowUpKind::Commitment);
    fillNew(editor, account, QStringLiteral("Deliver the first batch"), due);
    test::saveAndClose(editor);
    const auto commitment = s.titled("Deliver the first batch");
    REQUIRE(commitment);
    CHECK(commitment->kind == FollowUpKind::Commitment);
    CHECK(test::undoMenuText(s.window) == QStringLiteral("Undo New Commitment “Deliver the first batch”"));
    QTRY_VERIFY(!dashboard->isLoading());
    bool shown = false;
    for (const auto& row : dashboard->data().commitments)
        shown = shown || row.followUp.id == commitment->id;
    CHECK(shown);

    // A row of the Follow-ups pane reassigned to a new member, then marked done, each undone.
    const Manager joined = Team(s.ws()).add(test::member("Pavel Novak", "pavel.novak@example.com"));
    auto* followUps = child<QTableView>(dashboard, "followUpsTable");
    REQUIRE(followUps->model()->rowCount() > 0);
    followUps->setCurrentIndex(followUps->model()->index(0, 0));
    const auto id = static_cast<FollowUpId>(
        followUps->currentIndex().data(DashboardSectionModel::FollowUpIdRole).toLongLong());
    const FollowUp before = *s.stored(id);
    test::listAction(followUps, "reassignAction")->trigger();
    editor = test::openEditor(s.window);
    auto* owner = child<QComboBox>(editor, "ownerEdit");
    owner->setCurrentIndex(owner->findData(QVariant::fromValue<qlonglong>(joined.id)));
    test::saveAndClose(editor);
    CHECK(s.stored(id)->ownerId == joined.id);
    CHECK(
        test::undoMenuText(s.window) ==
        QStringLiteral("Undo Reassign %1 “%2”").arg(kindWord(before), QString::fromStdString(before.title)));
    s.window.undoStack()->undo();
    CHECK(s.stored(id) == before);

    QTRY_VERIFY(!dashboard->isLoading());
    for (int row = 0; row < followUps->model()->rowCount(); ++row)
        if (followUps->model()->index(row, 0).data(DashboardSectionModel::FollowUpIdRole).toLongLong() == id)
            followUps->setCurrentIndex(followUps->model()->index(row, 0));
    test::listAction(followUps, "doneAction")->trigger();
    CHECK(s.stored(id)->done);
    CHECK(
        test::undoMenuText(s.window) ==
        QStringLiteral("Undo Mark %1 “%2” Done").arg(kindWord(before), QString::fromStdString(before.title)));
    s.window.undoStack()->undo();
    CHECK(s.stored(id) == before);
}

namespace {

// The accelerator letter of a text ("Re&schedule…" -> "s"), folded; empty without one.
QString accelerator(const QString& text)
{
    for (qsizetype at = text.indexOf(QLatin1Char('&')); at >= 0 && at + 1 < text.size();
         at = text.indexOf(QLatin1Char('&'), at + 2))
        if (text[at + 1] != QLatin1Char('&'))
            return toQString(foldKey(toStdString(text.mid(at + 1, 1))));
    return {};
}

// The letters used more than once among the texts.
QStringList clashes(const QStringList& texts)
{
    QStringList seen, twice;
    for (const QString& text : texts) {
        const QString letter = accelerator(text);
        if (letter.isEmpty())
            continue;
        if (seen.contains(letter))
            twice << text;
        seen << letter;
    }
    return twice;
}

// The texts with accelerators shown in `container`: buttons, labels naming a field, group boxes.
QStringList shownTexts(QWidget* container)
{
    QStringList texts;
    for (auto* b : container->findChildren<QAbstractButton*>())
        if (b->isVisibleTo(container))
            texts << b->text();
    for (auto* l : container->findChildren<QLabel*>())
        if (l->isVisibleTo(container) && l->buddy())
            texts << l->text();
    for (auto* g : container->findChildren<QGroupBox*>())
        if (g->isVisibleTo(container))
            texts << g->title();
    return texts;
}

QStringList menuTexts(QAbstractItemView* list)
{
    QStringList texts;
    for (const QAction* a : list->actions())
        if (!a->isSeparator())
            texts << a->text();
    return texts;
}

// The language for one test case; English (as tests/gui/main.cpp sets it up) after it.
struct Language
{
    explicit Language(QLocale::Language language)
    {
        QLocale::setDefault(
            QLocale(language, language == QLocale::Russian ? QLocale::Russia : QLocale::UnitedStates));
        installTranslations(QLocale());
    }
    ~Language()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        installTranslations(QLocale());
    }
    Language(const Language&) = delete;
    Language& operator=(const Language&) = delete;
};

} // namespace

TEST_CASE("the follow-up buttons, menus and editor use each accelerator once, in English and Russian",
          "[followups][i18n]")
{
    const auto language = GENERATE(QLocale::English, QLocale::Russian);
    const Language session(language);
    Screens s;
    const AccountId id = s.ws().listAccounts(AccountQuery{}).front().account.id;
    AccountWorkspace* tab = s.window.openAccount(id);
    REQUIRE(tab);
    auto* page = child<QWidget>(tab, "followUpsTab");
    child<QTabWidget>(tab, "tabs")->setCurrentWidget(page);
    INFO("language " << QLocale::languageToString(language).toStdString());

    CHECK(shownTexts(page).size() >= 7); // New, Edit, Reschedule, Reassign, Delete, Reopen, Mark Done
    CHECK(clashes(shownTexts(page)).isEmpty());
    auto* list = child<QTableView>(tab, "followUpTable");
    CHECK(menuTexts(list).size() == 7);
    CHECK(clashes(menuTexts(list)).isEmpty());
    s.show(s.window.followUpsView());
    CHECK(clashes(shownTexts(s.window.followUpsView())).isEmpty());
    CHECK(clashes(menuTexts(child<QTableView>(s.window.followUpsView(), "openFollowUpTable"))).isEmpty());
    DashboardView* dashboard = s.window.dashboardView();
    s.show(dashboard);
    CHECK(clashes(shownTexts(dashboard)).isEmpty());
    for (const char* name : {"followUpsTable", "commitmentsTable"})
        CHECK(clashes(menuTexts(child<QTableView>(dashboard, name))).isEmpty());

    // Each fits the smallest window supported, 1024x700, with the window's tabs and bars around it.
    const QSize room(1000, 600);
    for (QWidget* screen :
         {page, static_cast<QWidget*>(s.window.followUpsView()), static_cast<QWidget*>(dashboard)}) {
        INFO(screen->objectName().toStdString()
             << " needs " << screen->minimumSizeHint().width() << "x" << screen->minimumSizeHint().height());
        CHECK(screen->minimumSizeHint().boundedTo(room) == screen->minimumSizeHint());
    }

    s.show(tab);
    child<QToolButton>(tab, "newFollowUpButton")->click();
    FollowUpEditor* opened = test::openEditor(s.window).data();
    REQUIRE(opened);
    const QPointer<FollowUpEditor> editor = opened;
    CHECK(clashes(shownTexts(opened)).isEmpty());
    CHECK(opened->size().boundedTo(QSize(1024, 700)) == opened->size());
    // Translated, not left in English.
    CHECK(opened->windowTitle() == (language == QLocale::Russian ? QStringLiteral("Новое напоминание[*]")
                                                                 : QStringLiteral("New Follow-up[*]")));
    opened->reject();
    QTRY_VERIFY(!editor);
}
