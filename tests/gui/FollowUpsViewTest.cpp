// The main window's Follow-ups tab: open follow-ups across accounts, overdue
// first, filtered by manager, done with one action, opening the account.
#include "GuiFixture.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/followups/OpenFollowUpModel.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

TEST_CASE("the follow-ups screen lists overdue first, filters, marks done and opens the account",
          "[followups]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_4));
    FollowUpsView* view = window.followUpsView();
    REQUIRE(window.findChild<QTabWidget*>(QStringLiteral("tabs"))->currentWidget() == view);
    OpenFollowUpModel* model = view->model();
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
    CHECK(model->index(0, OpenFollowUpModel::State).data().toString().startsWith(QStringLiteral("Overdue")));

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
