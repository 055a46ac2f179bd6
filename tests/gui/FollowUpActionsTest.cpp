// Follow-ups and commitments made and changed on an account's Follow-ups tab, by
// its buttons: new task, new commitment, edit, reschedule with its reason, reassign
// to an active member, delete, mark done and reopen. Each is checked in the
// database, by the name Edit > Undo gives it, and by undoing it; bad input is
// refused under the field it concerns, with nothing written.
#include "FollowUpGui.h"
#include "GuiFixture.h"
#include "app/FollowUpEditing.h"
#include "app/Team.h"
#include "gui/account/AccountWorkspace.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>

using namespace keystone;
using namespace keystone::gui;
using test::child;

namespace {

struct AccountFollowUps
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    AccountId id = 0;
    AccountWorkspace* tab = nullptr;

    // Opens the first account with interactions and open follow-ups, on its Follow-ups tab.
    AccountFollowUps()
    {
        window.setInteractive(false);
        test::openAndShow(window, db);
        for (const auto& row : ws().listAccounts(AccountQuery{})) {
            const auto d = ws().details(row.account.id);
            if (d.interactions.size() > 1 && !open(row.account.id).empty()) {
                id = row.account.id;
                break;
            }
        }
        REQUIRE(id != 0);
        tab = window.openAccount(id);
        REQUIRE(tab);
        child<QTabWidget>(tab, "tabs")->setCurrentWidget(child<QWidget>(tab, "followUpsTab"));
    }
    Workspace& ws() const { return *window.workspace(); }
    std::vector<FollowUp> open(AccountId account) const
    {
        return FollowUpEditing(ws()).list(test::query(account, true));
    }
    std::optional<FollowUp> stored(FollowUpId f) const { return ws().store().followUps().find(f); }
    std::optional<FollowUp> titled(const std::string& title) const
    {
        for (const auto& f : FollowUpEditing(ws()).list(test::query(id, false)))
            if (f.title == title)
                return f;
        return std::nullopt;
    }
    // Selects the follow-up and clicks the tab's button.
    void click(FollowUpId f, const char* button) const
    {
        tab->showFollowUp(f);
        auto* b = child<QAbstractButton>(tab, button);
        REQUIRE(b->isVisible());
        REQUIRE(b->isEnabled());
        b->click();
    }
    int steps() const { return window.undoStack()->count(); }
};

} // namespace

TEST_CASE("a task and a commitment are made on the account's Follow-ups tab, each one undo step",
          "[followups][actions]")
{
    AccountFollowUps a;
    const int steps = a.steps();
    const Date due = test::fixedClock().today().addDays(10);
    const InteractionId from = a.ws().details(a.id).interactions.front().id;

    child<QToolButton>(a.tab, "newFollowUpButton")->click();
    QPointer<FollowUpEditor> editor = test::openEditor(a.window);
    CHECK(editor->windowTitle().startsWith(QStringLiteral("New Follow-up")));
    // The account is the tab's: not asked.
    CHECK_FALSE(child<QComboBox>(editor, "accountEdit")->isVisible());
    auto* kind = child<QComboBox>(editor, "kindEdit");
    CHECK(static_cast<FollowUpKind>(kind->currentData().toInt()) == FollowUpKind::Task);
    CHECK_FALSE(child<QLabel>(editor, "commitmentNote")->isVisible());

    // No title: refused under the title, nothing written, the date typed kept.
    test::setDue(editor, due);
    test::save(editor);
    auto* titleError = child<QLabel>(editor, "titleError");
    CHECK(titleError->isVisible());
    CHECK(titleError->text().contains(QStringLiteral("required")));
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(a.steps() == steps);
    CHECK(editor->followUp().dueDate == due);

    test::typeText(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Call back about the samples"));
    auto* interaction = child<QComboBox>(editor, "interactionEdit");
    interaction->setCurrentIndex(interaction->findData(QVariant::fromValue<qlonglong>(from)));
    REQUIRE(interaction->currentIndex() > 0);
    test::saveAndClose(editor);

    const auto task = a.titled("Call back about the samples");
    REQUIRE(task);
    CHECK(task->kind == FollowUpKind::Task);
    CHECK(task->dueDate == due);
    CHECK(task->interactionId == from);
    CHECK(task->ownerId); // the account's manager when nobody is chosen
    CHECK(a.steps() == steps + 1);
    CHECK(test::undoMenuText(a.window) == QStringLiteral("Undo New Follow-up “Call back about the samples”"));

    a.window.undoStack()->undo();
    CHECK_FALSE(a.stored(task->id));
    a.window.undoStack()->redo();
    CHECK(a.stored(task->id) == task);

    // A commitment: its note says what it risks.
    child<QToolButton>(a.tab, "newFollowUpButton")->click();
    editor = test::openEditor(a.window);
    kind = child<QComboBox>(editor, "kindEdit");
    kind->setCurrentIndex(kind->findData(static_cast<int>(FollowUpKind::Commitment)));
    CHECK(child<QLabel>(editor, "commitmentNote")->isVisible());
    test::typeText(child<QLineEdit>(editor, "titleEdit"), QStringLiteral("Deliver the revised offer"));
    test::setDue(editor, due.addDays(3));
    test::saveAndClose(editor);
    const auto commitment = a.titled("Deliver the revised offer");
    REQUIRE(commitment);
    CHECK(commitment->kind == FollowUpKind::Commitment);
    CHECK(commitment->dueDate == due.addDays(3));
    CHECK(test::undoMenuText(a.window) == QStringLiteral("Undo New Commitment “Deliver the revised offer”"));
    a.window.undoStack()->undo();
    CHECK_FALSE(a.stored(commitment->id));
    CHECK(a.stored(task->id)); // one step at a time
}

TEST_CASE("a follow-up is edited on the account's tab and the edit undone", "[followups][actions]")
{
    AccountFollowUps a;
    const FollowUp before = a.open(a.id).front();

    a.click(before.id, "editFollowUpButton");
    QPointer<FollowUpEditor> editor = test::openEditor(a.window);
    CHECK_FALSE(editor->isModified());
    auto* title = child<QLineEdit>(editor, "titleEdit");
    title->clear();
    test::typeText(title, QStringLiteral("Отправить образцы"));
    auto* kind = child<QComboBox>(editor, "kindEdit");
    kind->setCurrentIndex(kind->findData(static_cast<int>(FollowUpKind::Commitment)));
    CHECK(editor->isModified());
    CHECK(editor->windowTitle().endsWith(QStringLiteral("[*]")));
    test::saveAndClose(editor);

    const auto after = a.stored(before.id);
    REQUIRE(after);
    CHECK(after->title == "Отправить образцы");
    CHECK(after->kind == FollowUpKind::Commitment);
    CHECK(after->dueDate == before.dueDate);
    CHECK(after->ownerId == before.ownerId);
    CHECK(test::undoMenuText(a.window) == QStringLiteral("Undo Edit Commitment “Отправить образцы”"));
    a.window.undoStack()->undo();
    CHECK(a.stored(before.id) == before);
    a.window.undoStack()->redo();
    CHECK(a.stored(before.id) == after);

    SECTION("an empty title is refused, the follow-up unchanged")
    {
        a.click(before.id, "editFollowUpButton");
        editor = test::openEditor(a.window);
        child<QLineEdit>(editor, "titleEdit")->clear();
        const int steps = a.steps();
        test::save(editor);
        CHECK(child<QLabel>(editor, "titleError")->isVisible());
        CHECK(a.steps() == steps);
        CHECK(a.stored(before.id) == after);
        editor->reject();
        QTRY_VERIFY(!editor);
    }
}

TEST_CASE("rescheduling asks for a new date and why, and keeps the reason in the history",
          "[followups][actions]")
{
    AccountFollowUps a;
    const FollowUp before = a.open(a.id).front();
    const auto history = FollowUpEditing(a.ws()).history(before.id);
    const int steps = a.steps();

    a.click(before.id, "rescheduleButton");
    QPointer<FollowUpEditor> editor = test::openEditor(a.window);
    // Only the date and the reason can change here.
    CHECK_FALSE(child<QLineEdit>(editor, "titleEdit")->isEnabled());
    CHECK_FALSE(child<QComboBox>(editor, "ownerEdit")->isEnabled());
    CHECK(child<QDateEdit>(editor, "dueEdit")->isEnabled());
    auto* reason = child<QLineEdit>(editor, "reasonEdit");
    REQUIRE(reason->isVisible());

    // The same date and no reason: both refused, each under its field.
    test::save(editor);
    CHECK(child<QLabel>(editor, "reasonError")->isVisible());
    CHECK(child<QLabel>(editor, "reasonError")->text().contains(QStringLiteral("why")));
    CHECK(a.steps() == steps);
    test::typeText(reason, QStringLiteral("The customer is closed for inventory"));
    test::save(editor);
    auto* dueError = child<QLabel>(editor, "dueError");
    CHECK(dueError->isVisible());
    CHECK(dueError->text().contains(QString::fromStdString(before.dueDate.toIso())));
    CHECK(a.steps() == steps);
    REQUIRE(editor);

    const Date later = before.dueDate.addDays(14);
    test::setDue(editor, later);
    test::saveAndClose(editor);
    const auto after = a.stored(before.id);
    REQUIRE(after);
    CHECK(after->dueDate == later);
    const auto moved = FollowUpEditing(a.ws()).history(before.id);
    REQUIRE(moved.size() == history.size() + 1);
    CHECK(moved.back().from == before.dueDate);
    CHECK(moved.back().to == later);
    CHECK(moved.back().reason == "The customer is closed for inventory");
    const QString kind =
        before.kind == FollowUpKind::Commitment ? QStringLiteral("Commitment") : QStringLiteral("Follow-up");
    CHECK(test::undoMenuText(a.window) ==
          QStringLiteral("Undo Reschedule %1 “%2”").arg(kind, QString::fromStdString(before.title)));

    // The reason shows in the history the next time it is opened.
    a.click(before.id, "rescheduleButton");
    editor = test::openEditor(a.window);
    auto* list = child<QListWidget>(editor, "historyList");
    REQUIRE(list->isVisible());
    REQUIRE(list->count() >= 1);
    CHECK(list->item(list->count() - 1)
              ->text()
              .contains(QStringLiteral("The customer is closed for inventory")));
    editor->reject();
    QTRY_VERIFY(!editor);

    a.window.undoStack()->undo();
    CHECK(a.stored(before.id) == before);
    CHECK(FollowUpEditing(a.ws()).history(before.id) == history);
    a.window.undoStack()->redo();
    CHECK(a.stored(before.id)->dueDate == later);
    CHECK(FollowUpEditing(a.ws()).history(before.id).back().reason == "The customer is closed for inventory");
}

TEST_CASE("reassigning offers the active members only and is undone", "[followups][actions]")
{
    AccountFollowUps a;
    Team team(a.ws());
    const Manager joined = team.add(test::member("Pavel Novak", "pavel.novak@example.com"));
    const Manager left = team.add(test::member("Olga Leaving", "olga.leaving@example.com"));
    team.deactivate(left.id);
    const FollowUp before = a.open(a.id).front();
    REQUIRE(before.ownerId != joined.id);

    a.click(before.id, "reassignButton");
    QPointer<FollowUpEditor> editor = test::openEditor(a.window);
    auto* owner = child<QComboBox>(editor, "ownerEdit");
    CHECK(owner->isEnabled());
    CHECK_FALSE(child<QLineEdit>(editor, "titleEdit")->isEnabled());
    CHECK_FALSE(child<QDateEdit>(editor, "dueEdit")->isEnabled());
    CHECK(owner->findData(QVariant::fromValue<qlonglong>(joined.id)) >= 0);
    CHECK(owner->findData(QVariant::fromValue<qlonglong>(left.id)) < 0);
    for (const Manager& m : a.ws().store().managers().list())
        if (!m.active && m.id != before.ownerId)
            CHECK(owner->findData(QVariant::fromValue<qlonglong>(m.id)) < 0);
    owner->setCurrentIndex(owner->findData(QVariant::fromValue<qlonglong>(joined.id)));
    test::saveAndClose(editor);

    const auto after = a.stored(before.id);
    REQUIRE(after);
    CHECK(after->ownerId == joined.id);
    CHECK(after->dueDate == before.dueDate);
    const QString kind =
        before.kind == FollowUpKind::Commitment ? QStringLiteral("Commitment") : QStringLiteral("Follow-up");
    CHECK(test::undoMenuText(a.window) ==
          QStringLiteral("Undo Reassign %1 “%2”").arg(kind, QString::fromStdString(before.title)));
    a.window.undoStack()->undo();
    CHECK(a.stored(before.id) == before);
}

TEST_CASE("a follow-up is deleted, marked done and reopened on the account's tab, each undone",
          "[followups][actions]")
{
    AccountFollowUps a;
    const FollowUp before = a.open(a.id).front();
    const QString title = QString::fromStdString(before.title);
    const QString kind =
        before.kind == FollowUpKind::Commitment ? QStringLiteral("Commitment") : QStringLiteral("Follow-up");

    SECTION("delete")
    {
        const auto history = FollowUpEditing(a.ws()).history(before.id);
        a.click(before.id, "deleteFollowUpButton");
        CHECK_FALSE(a.stored(before.id));
        CHECK(test::undoMenuText(a.window) == QStringLiteral("Undo Delete %1 “%2”").arg(kind, title));
        a.window.undoStack()->undo();
        CHECK(a.stored(before.id) == before);
        CHECK(FollowUpEditing(a.ws()).history(before.id) == history);
        a.window.undoStack()->redo();
        CHECK_FALSE(a.stored(before.id));
    }
    SECTION("done, then reopened")
    {
        a.click(before.id, "doneButton");
        REQUIRE(a.stored(before.id));
        CHECK(a.stored(before.id)->done);
        CHECK(a.stored(before.id)->doneAt);
        CHECK(test::undoMenuText(a.window) == QStringLiteral("Undo Mark “%1” Done").arg(title));
        a.window.undoStack()->undo();
        CHECK(a.stored(before.id) == before);
        a.window.undoStack()->redo();
        const FollowUp done = *a.stored(before.id);
        CHECK(done.done);

        // A done one is still listed on the account, to be opened again.
        a.tab->showFollowUp(before.id);
        CHECK_FALSE(child<QAbstractButton>(a.tab, "doneButton")->isEnabled());
        a.click(before.id, "reopenButton");
        CHECK_FALSE(a.stored(before.id)->done);
        CHECK_FALSE(a.stored(before.id)->doneAt);
        CHECK(test::undoMenuText(a.window) == QStringLiteral("Undo Reopen %1 “%2”").arg(kind, title));
        a.window.undoStack()->undo();
        CHECK(a.stored(before.id) == done);
    }
}
