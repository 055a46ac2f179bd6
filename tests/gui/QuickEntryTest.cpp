// The account workspace's quick actions: logging an interaction with its next
// step as one undoable change, and marking a follow-up done with one action.
#include "GuiFixture.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/followups/FollowUpTableModel.h"
#include "gui/account/InteractionEntry.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct QuickEntry
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    AccountId id = 0;
    AccountWorkspace* tab = nullptr;

    // Opens the first account that has people and open follow-ups.
    QuickEntry()
    {
        window.setInteractive(false);
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
        for (const auto& row : window.workspace()->listAccounts(AccountQuery{})) {
            const auto d = window.workspace()->details(row.account.id);
            const bool open = std::any_of(d.followUps.begin(), d.followUps.end(),
                                          [](const FollowUp& f) { return !f.done; });
            if (!d.contacts.empty() && open) {
                id = row.account.id;
                break;
            }
        }
        REQUIRE(id != 0);
        tab = window.openAccount(id);
        REQUIRE(tab);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
        child<QTabWidget>("tabs")->setCurrentWidget(child<QWidget>("interactionsTab"));
    }
    template <typename T> T* child(const char* name) const
    {
        auto* w = tab->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    AccountDetails stored() const { return window.workspace()->details(id); }
};

bool hasSubject(const AccountDetails& d, const std::string& subject)
{
    return std::any_of(d.interactions.begin(), d.interactions.end(),
                       [&](const Interaction& i) { return i.subject == subject; });
}

bool hasFollowUp(const AccountDetails& d, const std::string& title)
{
    return std::any_of(d.followUps.begin(), d.followUps.end(),
                       [&](const FollowUp& f) { return f.title == title; });
}

} // namespace

TEST_CASE("an interaction with a next step is added in one step and undone as one", "[account][entry]")
{
    QuickEntry o;
    const auto before = o.stored();
    auto* subject = o.child<QLineEdit>("subjectEdit");
    auto* add = o.child<QPushButton>("addButton");

    SECTION("a missing subject is shown under the field and nothing is written")
    {
        add->click();
        CHECK(o.child<QLabel>("subjectError")->isVisible());
        CHECK(o.child<QLabel>("subjectError")->text() == QStringLiteral("Say in a few words what it was about."));
        CHECK(o.stored().interactions.size() == before.interactions.size());
        CHECK(o.window.undoStack()->count() == 0);
        QTest::keyClicks(subject, QStringLiteral("x"));
        CHECK_FALSE(o.child<QLabel>("subjectError")->isVisible());
    }

    SECTION("a ticked next step needs a title")
    {
        QTest::keyClicks(subject, QStringLiteral("Quarterly review"));
        o.child<QCheckBox>("nextStepCheck")->setChecked(true);
        add->click();
        CHECK(o.child<QLabel>("nextStepError")->isVisible());
        CHECK_FALSE(hasSubject(o.stored(), "Quarterly review"));
    }

    SECTION("added, undone and redone")
    {
        // 2026-06-15 09:30 local time; stored as the UTC instant it is.
        const QDateTime when(QDate(2026, 6, 15), QTime(9, 30), Qt::LocalTime);
        o.child<QDateTimeEdit>("whenEdit")->setDateTime(when);
        test::typeText(subject, QStringLiteral("Квартальный обзор"));
        QTest::keyClicks(o.child<QPlainTextEdit>("summaryEdit"), QStringLiteral("Prices for 2027 agreed."));
        auto* people = o.child<QListWidget>("contactList");
        REQUIRE(people->count() > 0);
        people->item(0)->setCheckState(Qt::Checked);
        const ContactId contact = people->item(0)->data(Qt::UserRole).toLongLong();
        o.child<QCheckBox>("nextStepCheck")->setChecked(true);
        QTest::keyClicks(o.child<QLineEdit>("nextStepEdit"), QStringLiteral("Send the signed prices"));
        o.child<QDateEdit>("dueEdit")->setDate(QDate(2026, 6, 20));
        add->click();

        auto after = o.stored();
        REQUIRE(hasSubject(after, "Квартальный обзор"));
        const auto logged = std::find_if(after.interactions.begin(), after.interactions.end(),
                                         [](const Interaction& i) { return i.subject == "Квартальный обзор"; });
        CHECK(logged->occurredAt.unixSeconds() == when.toSecsSinceEpoch());
        CHECK(logged->summary == "Prices for 2027 agreed.");
        CHECK(logged->contactIds == std::vector<ContactId>{contact});
        const auto next = std::find_if(after.followUps.begin(), after.followUps.end(),
                                       [](const FollowUp& f) { return f.title == "Send the signed prices"; });
        REQUIRE(next != after.followUps.end());
        CHECK(next->interactionId == logged->id);
        CHECK(next->dueDate == *Date::fromYmd(2026, 6, 20));
        CHECK(subject->text().isEmpty()); // ready for the next one
        CHECK(o.window.undoStack()->count() == 1);

        o.window.undoStack()->undo();
        after = o.stored();
        CHECK_FALSE(hasSubject(after, "Квартальный обзор"));
        CHECK_FALSE(hasFollowUp(after, "Send the signed prices"));
        CHECK(after.interactions.size() == before.interactions.size());
        CHECK(after.followUps.size() == before.followUps.size());

        o.window.undoStack()->redo();
        after = o.stored();
        CHECK(hasSubject(after, "Квартальный обзор"));
        CHECK(hasFollowUp(after, "Send the signed prices"));
        o.window.undoStack()->undo();
        CHECK_FALSE(hasFollowUp(o.stored(), "Send the signed prices"));
    }

    SECTION("its follow-up marked done, both undone and redone in order")
    {
        QTest::keyClicks(subject, QStringLiteral("Call about the offer"));
        o.child<QCheckBox>("nextStepCheck")->setChecked(true);
        QTest::keyClicks(o.child<QLineEdit>("nextStepEdit"), QStringLiteral("Send the offer"));
        add->click();
        REQUIRE(hasFollowUp(o.stored(), "Send the offer"));
        const auto followUp = [&] {
            for (const auto& f : o.stored().followUps)
                if (f.title == "Send the offer")
                    return std::optional<FollowUp>(f);
            return std::optional<FollowUp>();
        };
        o.tab->showFollowUp(followUp()->id);
        REQUIRE(o.tab->markSelectedFollowUpDone());
        CHECK(followUp()->done);
        o.window.undoStack()->undo();
        o.window.undoStack()->undo();
        CHECK_FALSE(followUp());
        // Redone, the records come back under the ids they had, so the later command still finds its follow-up.
        o.window.undoStack()->redo();
        o.window.undoStack()->redo();
        REQUIRE(followUp());
        CHECK(followUp()->done);
    }
}

TEST_CASE("a follow-up is marked done with one action and undone", "[account][followups]")
{
    QuickEntry o;
    o.child<QTabWidget>("tabs")->setCurrentWidget(o.child<QWidget>("followUpsTab"));
    auto* table = o.child<QTableView>("followUpTable");
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* done = o.child<QPushButton>("doneButton");
    int row = 0;
    while (table->model()->index(row, 1).data().toString() == QStringLiteral("Done"))
        ++row;
    REQUIRE(row < table->model()->rowCount());
    table->setCurrentIndex(table->model()->index(row, 0));
    CHECK(done->isEnabled());
    auto* model = qobject_cast<FollowUpTableModel*>(table->model());
    REQUIRE(model);
    const FollowUpId id = model->followUpAt(row).id;
    const auto isDone = [&] { return o.window.workspace()->store().followUps().find(id).value().done; };

    SECTION("by the button")
    {
        done->click();
    }
    SECTION("by the shortcut")
    {
        table->setFocus();
        QTest::keySequence(&o.window, QKeySequence(Qt::CTRL | Qt::Key_D));
    }
    CHECK(isDone());
    CHECK_FALSE(done->isEnabled()); // the selection stays on it, now done
    REQUIRE(o.window.undoStack()->count() == 1);
    o.window.undoStack()->undo();
    CHECK_FALSE(isDone());
    o.window.undoStack()->redo();
    CHECK(isDone());
}
