// The main window's Follow-ups tab: open follow-ups across accounts, overdue
// first, filtered by manager, done with one action, opening the account.
#include "GuiFixture.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/followups/FollowUpTableModel.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

TEST_CASE("the follow-ups screen lists overdue first, filters, marks done and opens the account",
          "[followups]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    test::openAndShow(window, db);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_4));
    FollowUpsView* view = window.followUpsView();
    REQUIRE(window.findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget() == view);
    FollowUpTableModel* model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Date today = test::fixedClock().today();
    REQUIRE(model->rowCount() > 1);
    REQUIRE(model->rowAt(0).followUp.isOverdue(today)); // the demo company is behind, as companies are

    // Overdue ones first, then by due date; none done.
    bool seenNotOverdue = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const FollowUp& f = model->rowAt(row).followUp;
        CHECK_FALSE(f.done);
        if (!f.isOverdue(today))
            seenNotOverdue = true;
        CHECK_FALSE((seenNotOverdue && f.isOverdue(today)));
        if (row > 0)
            CHECK(model->rowAt(row - 1).followUp.dueDate <= f.dueDate);
    }
    CHECK(model->index(0, FollowUpTableModel::State).data().toString().startsWith(QStringLiteral("Overdue")));

    auto* table = view->findChild<QTableView*>(QStringLiteral("openFollowUpTable"));
    REQUIRE(table);

    SECTION("filtered by manager")
    {
        auto* managers = view->findChild<QComboBox*>(QStringLiteral("managerFilter"));
        REQUIRE(managers->count() > 2);
        const int all = model->rowCount();
        managers->setCurrentIndex(1);
        emit managers->activated(1);
        const qlonglong manager = managers->itemData(1).toLongLong();
        CHECK(model->rowCount() < all);
        for (int row = 0; row < model->rowCount(); ++row)
            CHECK(model->rowAt(row).managerId.value_or(0) == manager);
    }
    SECTION("done with one action and undone")
    {
        table->setCurrentIndex(model->index(0, 0));
        const FollowUpId id = model->rowAt(0).followUp.id;
        const int before = model->rowCount();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_D));
        CHECK(window.workspace()->store().followUps().find(id)->done);
        CHECK(model->rowCount() == before - 1);
        window.undoStack()->undo();
        CHECK_FALSE(window.workspace()->store().followUps().find(id)->done);
        CHECK(model->rowCount() == before);
        CHECK(model->rowAt(0).followUp.id == id);
    }
    SECTION("Enter opens the account")
    {
        const AccountId account = model->rowAt(0).followUp.accountId;
        table->setCurrentIndex(model->index(0, 0));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(window.currentAccountTab());
        CHECK(window.currentAccountTab()->accountId() == account);
    }
}

TEST_CASE("a large database's follow-ups are read on a worker thread: a note at once, then the rows, the manager "
          "chosen applied to them",
          "[followups]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    FollowUpsView* view = window.followUpsView();
    view->setBackgroundThreshold(0); // every database counts as large
    test::openAndShow(window, db);
    FollowUpTableModel* model = view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* count = view->findChild<QLabel*>(QStringLiteral("followUpCount"));
    auto* note = view->findChild<QLabel*>(QStringLiteral("followUpsEmpty"));
    auto* table = view->findChild<QTableView*>(QStringLiteral("openFollowUpTable"));
    auto* managers = view->findChild<QComboBox*>(QStringLiteral("managerFilter"));
    const auto open = window.workspace()->openFollowUps();
    REQUIRE(open.size() > 2);

    // The tab is there at once, empty, saying that it reads.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_4));
    REQUIRE(window.findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget() == view);
    REQUIRE(view->isLoading());
    CHECK(model->rowCount() == 0);
    CHECK(note->isVisible());
    CHECK(note->text().startsWith(QStringLiteral("Reading")));
    CHECK(count->text().startsWith(QStringLiteral("Reading")));
    CHECK(table->isHidden());

    SECTION("a manager chosen meanwhile applies once the rows are in, and choosing again reads nothing")
    {
        REQUIRE(managers->count() > 2);
        managers->setCurrentIndex(1);
        emit managers->activated(1);
        const qlonglong manager = managers->itemData(1).toLongLong();
        const auto theirs = std::count_if(open.begin(), open.end(), [manager](const FollowUpListRow& r) {
            return r.managerId.value_or(0) == manager;
        });
        REQUIRE(theirs > 0);
        REQUIRE(QTest::qWaitFor([&] { return !view->isLoading(); }, 30000));
        CHECK(table->isVisible());
        CHECK_FALSE(count->text().contains(QStringLiteral("Reading")));
        CHECK(model->rowCount() == theirs);
        for (int row = 0; row < model->rowCount(); ++row)
            CHECK(model->rowAt(row).managerId.value_or(0) == manager);
        managers->setCurrentIndex(0);
        emit managers->activated(0);
        CHECK_FALSE(view->isLoading());
        CHECK(model->rowCount() == static_cast<int>(open.size()));
    }
    SECTION("marked done: gone at once, and the read again keeps the rows shown meanwhile")
    {
        REQUIRE(QTest::qWaitFor([&] { return !view->isLoading(); }, 30000));
        REQUIRE(model->rowCount() == static_cast<int>(open.size()));
        table->setCurrentIndex(model->index(0, 0));
        const FollowUpId id = model->rowAt(0).followUp.id;
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_D));
        CHECK(window.workspace()->store().followUps().find(id)->done);
        CHECK(model->rowCount() == static_cast<int>(open.size()) - 1);
        CHECK(view->isLoading());
        CHECK(count->text().contains(QStringLiteral("reading them again")));
        REQUIRE(QTest::qWaitFor([&] { return !view->isLoading(); }, 30000));
        CHECK(model->rowCount() == static_cast<int>(open.size()) - 1);
        window.undoStack()->undo();
        REQUIRE(QTest::qWaitFor([&] { return !view->isLoading(); }, 30000));
        CHECK(model->rowCount() == static_cast<int>(open.size()));
        CHECK(model->rowAt(0).followUp.id == id);
    }
    SECTION("the answer for a database closed meanwhile is dropped")
    {
        // Opening another database closes this one while its read runs; the other is then
        // read on the same worker, so a reset for the closed one would come before its answer.
        test::DemoDatabase other;
        test::readAfterAnotherOpens(window, other, model, QKeySequence(Qt::CTRL | Qt::Key_4),
                                    [&] { return view->isLoading(); });
        CHECK(model->rowCount() == static_cast<int>(window.workspace()->openFollowUps().size()));
    }
}
