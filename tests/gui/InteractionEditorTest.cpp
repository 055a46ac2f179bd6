// A logged interaction opened from the account's Interactions tab: every field
// edited in the InteractionEditor as one undoable step, the people who took part
// (the account's contacts, our colleagues, "by"), the product field by kind,
// problems shown under their field without losing what was typed, and deleting
// with undo and redo. Also the quick entry's sentiment, outcome and commitment.
#include "GuiFixture.h"
#include "app/FollowUpEditing.h"
#include "app/InteractionEditing.h"
#include "app/Team.h"
#include "gui/account/AccountInteractionsTab.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/InteractionEditor.h"
#include "gui/account/InteractionEntry.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct Editing
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    AccountId id = 0;
    AccountWorkspace* tab = nullptr;
    QTableView* table = nullptr;

    // Opens the first account with people and several interactions, on its Interactions tab.
    Editing()
    {
        window.setInteractive(false);
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
        for (const auto& row : window.workspace()->listAccounts(AccountQuery{})) {
            const auto d = window.workspace()->details(row.account.id);
            if (d.contacts.size() > 1 && d.interactions.size() > 2) {
                id = row.account.id;
                break;
            }
        }
        REQUIRE(id != 0);
        tab = window.openAccount(id);
        REQUIRE(tab);
        window.resize(1280, 860);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        child<QTabWidget>(tab, "tabs")->setCurrentWidget(child<QWidget>(tab, "interactionsTab"));
        table = child<QTableView>(tab, "interactionTable");
    }
    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        auto* w = parent->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    Interaction stored(InteractionId interaction) const
    {
        return InteractionEditing(*window.workspace()).find(interaction);
    }
    std::optional<Interaction> find(InteractionId interaction) const
    {
        return window.workspace()->store().interactions().find(interaction);
    }
    // Selects the interaction in the table and opens it with the Edit button.
    QPointer<InteractionEditor> open(InteractionId interaction) const
    {
        REQUIRE(tab->interactionsTab()->selectInteraction(interaction));
        child<QPushButton>(tab, "editInteractionButton")->click();
        auto* editor = tab->findChild<InteractionEditor*>();
        REQUIRE(editor);
        REQUIRE(editor->isVisible());
        return editor;
    }
    InteractionId first() const { return window.workspace()->details(id).interactions.front().id; }
};

void save(InteractionEditor* editor)
{
    Editing::child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Save)->click();
}

void tick(QListWidget* list, std::int64_t id, bool on)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id) {
            list->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return;
        }
    FAIL("no item for " << id);
}

bool listed(const QListWidget* list, std::int64_t id)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toLongLong() == id && !list->item(i)->isHidden())
            return true;
    return false;
}

} // namespace

TEST_CASE("an interaction is opened, every field edited, and undone and redone as one step",
          "[account][interactions][editor]")
{
    Editing e;
    QAbstractItemModelTester tester(e.table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const InteractionId id = e.first();
    const Interaction before = e.stored(id);
    const int steps = e.window.undoStack()->count();

    // Enter and a double click open it as well as the Edit button.
    REQUIRE(e.tab->interactionsTab()->selectInteraction(id));
    e.table->setFocus();
    QTest::keyClick(e.table, Qt::Key_Return);
    QPointer<InteractionEditor> byKey = e.tab->findChild<InteractionEditor*>();
    REQUIRE(byKey);
    byKey->reject();
    QTRY_VERIFY(!byKey);
    emit e.table->doubleClicked(e.table->currentIndex());
    QPointer<InteractionEditor> byClick = e.tab->findChild<InteractionEditor*>();
    REQUIRE(byClick);
    CHECK(Editing::child<QLineEdit>(byClick, "subjectEdit")->text() == QString::fromStdString(before.subject));
    byClick->reject();
    QTRY_VERIFY(!byClick);

    QPointer<InteractionEditor> editor = e.open(id);
    CHECK_FALSE(editor->isModified());
    auto* kind = Editing::child<QComboBox>(editor, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(InteractionKind::Feedback)));
    auto* subject = Editing::child<QLineEdit>(editor, "subjectEdit");
    subject->clear();
    test::typeText(subject, QStringLiteral("Отзыв о новой серии"));
    auto* notes = Editing::child<QPlainTextEdit>(editor, "notesEdit");
    notes->setPlainText(QStringLiteral("Liked the housing, not the price."));
    auto* sentiment = Editing::child<QComboBox>(editor, "sentimentCombo");
    sentiment->setCurrentIndex(sentiment->findData(static_cast<int>(Sentiment::Negative)));
    test::typeText(Editing::child<QLineEdit>(editor, "outcomeEdit"), QStringLiteral("Revised offer promised"));
    auto* product = Editing::child<QLineEdit>(editor, "productEdit");
    REQUIRE(product->isEnabled()); // feedback concerns a product
    test::typeText(product, QStringLiteral("KS-400"));
    CHECK(editor->isModified());
    save(editor);
    QTRY_VERIFY(!editor);

    const Interaction after = e.stored(id);
    CHECK(after.kind == InteractionKind::Feedback);
    CHECK(after.subject == "Отзыв о новой серии");
    CHECK(after.summary == "Liked the housing, not the price.");
    CHECK(after.sentiment == Sentiment::Negative);
    CHECK(after.outcome == "Revised offer promised");
    CHECK(after.product == "KS-400");
    CHECK(after.occurredAt == before.occurredAt);
    CHECK(after.contactIds == before.contactIds);
    REQUIRE(e.window.undoStack()->count() == steps + 1);
    CHECK(e.window.undoStack()->undoText() == QStringLiteral("Edit Interaction Отзыв о новой серии"));
    // The row shows the new values and stays selected.
    CHECK(e.tab->interactionsTab()->selectedInteraction() == id);
    const int row = e.table->currentIndex().row();
    CHECK(e.table->model()->index(row, 2).data().toString() == QStringLiteral("Отзыв о новой серии"));

    e.window.undoStack()->undo();
    CHECK(e.stored(id) == before);
    e.window.undoStack()->redo();
    CHECK(e.stored(id) == after);

    SECTION("saving without a change records nothing")
    {
        QPointer<InteractionEditor> again = e.open(id);
        save(again);
        QTRY_VERIFY(!again);
        CHECK(e.window.undoStack()->count() == steps + 1);
    }
}

TEST_CASE("the people who took part: contacts, colleagues and who it is by", "[account][interactions][editor]")
{
    Editing e;
    Workspace& ws = *e.window.workspace();
    const InteractionId id = e.first();
    Team team(ws);
    Manager gone;
    gone.name = "Ольга Прежняя";
    gone.email = "olga.former@example.com";
    gone = team.add(gone);
    team.deactivate(gone.id);
    Manager other;
    other.name = "Yusuf Deactivated";
    other.email = "yusuf.deactivated@example.com";
    other = team.add(other);
    team.deactivate(other.id);
    Manager colleague;
    colleague.name = "Ива Коллега";
    colleague.email = "iva.colleague@example.com";
    colleague = team.add(colleague);
    // Logged by a member who has left the team since.
    Interaction before = e.stored(id);
    before.managerId = gone.id;
    before.colleagueIds.clear();
    before = InteractionEditing(ws).edit(before).after;
    e.tab->reload();

    QPointer<InteractionEditor> editor = e.open(id);
    auto* by = Editing::child<QComboBox>(editor, "byCombo");
    CHECK(by->currentData().toLongLong() == gone.id);
    CHECK(by->currentText() == QStringLiteral("Ольга Прежняя (deactivated)"));
    CHECK(by->findData(QVariant::fromValue<qlonglong>(other.id)) < 0); // deactivated, not named here
    auto* colleagues = Editing::child<QListWidget>(editor, "colleagueList");
    CHECK_FALSE(listed(colleagues, other.id));
    CHECK_FALSE(listed(colleagues, gone.id)); // it is by her already
    REQUIRE(listed(colleagues, colleague.id));
    auto* contacts = Editing::child<QListWidget>(editor, "contactList");
    const auto people = ws.details(e.id).contacts;
    std::vector<ContactId> present;
    for (const auto& c : people)
        if (!c.leftCompany)
            present.push_back(c.id);
    REQUIRE(present.size() >= 2);
    for (const ContactId c : before.contactIds)
        tick(contacts, c, false);
    tick(contacts, present[0], true);
    tick(contacts, present[1], true);
    tick(colleagues, colleague.id, true);
    // Given to an active colleague; the deactivated one stays on offer while the form names her.
    by->setCurrentIndex(by->findData(QVariant::fromValue<qlonglong>(colleague.id)));
    CHECK_FALSE(listed(colleagues, colleague.id)); // now it is by him: not also a colleague
    by->setCurrentIndex(by->findData(QVariant::fromValue<qlonglong>(gone.id)));
    CHECK(listed(colleagues, colleague.id));
    save(editor);
    QTRY_VERIFY(!editor);

    Interaction after = e.stored(id);
    CHECK(after.managerId == gone.id);
    std::sort(after.contactIds.begin(), after.contactIds.end());
    std::vector<ContactId> expected{present[0], present[1]};
    std::sort(expected.begin(), expected.end());
    CHECK(after.contactIds == expected);
    CHECK(after.colleagueIds == std::vector<ManagerId>{colleague.id});
    e.window.undoStack()->undo();
    CHECK(e.stored(id).contactIds == before.contactIds);
    CHECK(e.stored(id).colleagueIds.empty());
}

TEST_CASE("the product field is for the kinds about a product", "[account][interactions][editor]")
{
    Editing e;
    const InteractionId id = e.first();
    Interaction call = e.stored(id);
    call.kind = InteractionKind::Call;
    call.product.clear();
    InteractionEditing(*e.window.workspace()).edit(call);
    e.tab->reload();
    QPointer<InteractionEditor> editor = e.open(id);
    auto* kind = Editing::child<QComboBox>(editor, "kindCombo");
    auto* product = Editing::child<QLineEdit>(editor, "productEdit");
    CHECK_FALSE(product->isEnabled());
    for (const InteractionKind k : {InteractionKind::Feedback, InteractionKind::ModificationRequest,
                                    InteractionKind::BetaTest, InteractionKind::Complaint}) {
        kind->setCurrentIndex(kind->findData(static_cast<int>(k)));
        CHECK(product->isEnabled());
    }
    test::typeText(product, QStringLiteral("KS-400"));
    // Back to a call, the product typed is not written with it.
    kind->setCurrentIndex(kind->findData(static_cast<int>(InteractionKind::Visit)));
    CHECK_FALSE(product->isEnabled());
    save(editor);
    QTRY_VERIFY(!editor);
    CHECK(e.stored(id).kind == InteractionKind::Visit);
    CHECK(e.stored(id).product.empty());
}

TEST_CASE("problems show under their field and keep what was typed", "[account][interactions][editor]")
{
    Editing e;
    const InteractionId id = e.first();
    const Interaction before = e.stored(id);
    const int steps = e.window.undoStack()->count();
    QPointer<InteractionEditor> editor = e.open(id);
    auto* subject = Editing::child<QLineEdit>(editor, "subjectEdit");
    auto* notes = Editing::child<QPlainTextEdit>(editor, "notesEdit");
    subject->clear();
    notes->setPlainText(QStringLiteral("Kept while the subject is fixed."));
    auto* kind = Editing::child<QComboBox>(editor, "kindCombo");
    kind->setCurrentIndex(kind->findData(static_cast<int>(InteractionKind::ModificationRequest)));
    auto* product = Editing::child<QLineEdit>(editor, "productEdit");
    product->setText(QString(501, QLatin1Char('x')));
    save(editor);

    REQUIRE(editor);
    CHECK(editor->isVisible());
    auto* subjectError = Editing::child<QLabel>(editor, "subjectError");
    CHECK(subjectError->isVisible());
    CHECK(subjectError->text() == QStringLiteral("is required"));
    auto* productError = Editing::child<QLabel>(editor, "productError");
    CHECK(productError->isVisible());
    CHECK(productError->text().contains(QStringLiteral("500")));
    CHECK(editor->focusWidget() == subject);
    CHECK(notes->toPlainText() == QStringLiteral("Kept while the subject is fixed."));
    CHECK(e.stored(id) == before);
    CHECK(e.window.undoStack()->count() == steps);

    // Corrected, it saves; the problem went as soon as the field was typed in.
    test::typeText(subject, QStringLiteral("Housing for wet areas"));
    CHECK_FALSE(subjectError->isVisible());
    product->setText(QStringLiteral("KS-400"));
    save(editor);
    QTRY_VERIFY(!editor);
    CHECK(e.stored(id).subject == "Housing for wet areas");
    CHECK(e.stored(id).summary == "Kept while the subject is fixed.");
    CHECK(e.window.undoStack()->count() == steps + 1);
}

TEST_CASE("an interaction is deleted with Delete, its follow-ups stay, and undo brings it back",
          "[account][interactions][editor]")
{
    Editing e;
    Workspace& ws = *e.window.workspace();
    // One with a next step, so that the link to its follow-up is seen coming back.
    Interaction fresh;
    fresh.accountId = e.id;
    fresh.kind = InteractionKind::Meeting;
    fresh.occurredAt = test::fixedClock().now();
    fresh.subject = "Квартальная встреча";
    FollowUp next;
    next.title = "Send the minutes";
    next.dueDate = *Date::fromYmd(2026, 6, 22);
    const LoggedInteraction logged = InteractionEditing(ws).log(fresh, next);
    e.tab->reload();
    const InteractionId id = logged.interaction.id;
    const int steps = e.window.undoStack()->count();
    const int rows = e.table->model()->rowCount();

    REQUIRE(e.tab->interactionsTab()->selectInteraction(id));
    auto* remove = Editing::child<QPushButton>(e.tab, "deleteInteractionButton");
    CHECK(remove->isEnabled());
    e.table->setFocus();
    QTest::keyClick(e.table, Qt::Key_Delete);
    CHECK_FALSE(e.find(id));
    CHECK(e.table->model()->rowCount() == rows - 1);
    const FollowUp kept = FollowUpEditing(ws).find(logged.followUp->id);
    CHECK_FALSE(kept.interactionId);
    REQUIRE(e.window.undoStack()->count() == steps + 1);
    CHECK(e.window.undoStack()->undoText() == QStringLiteral("Delete Interaction Квартальная встреча"));

    e.window.undoStack()->undo();
    REQUIRE(e.find(id)); // under its own id
    CHECK(e.find(id)->subject == "Квартальная встреча");
    CHECK(FollowUpEditing(ws).find(logged.followUp->id).interactionId == id);
    CHECK(e.table->model()->rowCount() == rows);
    e.window.undoStack()->redo();
    CHECK_FALSE(e.find(id));
    e.window.undoStack()->undo();

    // The button deletes it as well.
    REQUIRE(e.tab->interactionsTab()->selectInteraction(id));
    remove->click();
    CHECK_FALSE(e.find(id));
    CHECK(e.window.undoStack()->count() == steps + 1);
    e.window.undoStack()->undo();
    CHECK(e.find(id));
}

TEST_CASE("the quick entry logs sentiment, outcome and a commitment as the next step",
          "[account][interactions][entry]")
{
    Editing e;
    auto* entry = e.tab->interactionEntry();
    CHECK_FALSE(entry->hasUnsavedInput());
    CHECK(entry->logInput()); // nothing typed: nothing to log
    const int steps = e.window.undoStack()->count();
    auto* subject = Editing::child<QLineEdit>(entry, "subjectEdit");
    test::typeText(subject, QStringLiteral("Delivery dates for Q3"));
    CHECK(entry->hasUnsavedInput());
    auto* sentiment = Editing::child<QComboBox>(entry, "sentimentCombo");
    sentiment->setCurrentIndex(sentiment->findData(static_cast<int>(Sentiment::Positive)));
    test::typeText(Editing::child<QLineEdit>(entry, "outcomeEdit"), QStringLiteral("Dates agreed"));
    Editing::child<QCheckBox>(entry, "nextStepCheck")->setChecked(true);
    auto* nextKind = Editing::child<QComboBox>(entry, "nextStepKindCombo");
    CHECK(nextKind->isEnabled());
    nextKind->setCurrentIndex(nextKind->findData(static_cast<int>(FollowUpKind::Commitment)));

    // A ticked next step without a title: logInput says so and keeps everything.
    CHECK_FALSE(entry->logInput());
    CHECK(Editing::child<QLabel>(entry, "nextStepError")->isVisible());
    CHECK(subject->text() == QStringLiteral("Delivery dates for Q3"));
    CHECK(e.window.undoStack()->count() == steps);

    test::typeText(Editing::child<QLineEdit>(entry, "nextStepEdit"), QStringLiteral("Confirm the first delivery"));
    CHECK(entry->logInput());
    CHECK_FALSE(entry->hasUnsavedInput());
    CHECK(e.window.undoStack()->count() == steps + 1);
    const auto d = e.window.workspace()->details(e.id);
    const auto i = std::find_if(d.interactions.begin(), d.interactions.end(),
                                [](const Interaction& x) { return x.subject == "Delivery dates for Q3"; });
    REQUIRE(i != d.interactions.end());
    CHECK(i->sentiment == Sentiment::Positive);
    CHECK(i->outcome == "Dates agreed");
    const auto f = std::find_if(d.followUps.begin(), d.followUps.end(),
                                [](const FollowUp& x) { return x.title == "Confirm the first delivery"; });
    REQUIRE(f != d.followUps.end());
    CHECK(f->kind == FollowUpKind::Commitment);
    CHECK(f->interactionId == i->id);
    // Cleared for the next one.
    CHECK(sentiment->currentData().toInt() == static_cast<int>(Sentiment::Unknown));
    CHECK(nextKind->currentData().toInt() == static_cast<int>(FollowUpKind::Task));
}
