// The Dashboard tab: the start screen, one manager's day as the app's Dashboard
// use case gathers it, every row opening its account, the manager remembered
// per database, and kept current after edits, undo and redo.
#include "GuiFixture.h"
#include "app/Identity.h"
#include "app/Dashboard.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/common/Labels.h"
#include "gui/dashboard/DashboardSectionModel.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/main/StoreCountsReader.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/followups/FollowUpTableModel.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>
#include <memory>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct OpenDashboard
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    DashboardView* view = nullptr;
    QTabWidget* tabs = nullptr;

    OpenDashboard()
    {
        window.setInteractive(false);
        test::openAndShow(window, db);
        view = window.dashboardView();
        tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        // The busiest manager works in this database: "Me" is them when it opens again.
        Identity(*window.workspace()).remember(busiestManager());
    }
    // The demo manager with the most overdue follow-ups, as the app sees it.
    ManagerId busiestManager()
    {
        Dashboard dashboard(*window.workspace());
        ManagerId best = 0;
        long most = -1;
        for (const auto& m : window.workspace()->store().managers().list()) {
            const auto data = dashboard.gather(m.id);
            const long overdue = std::count_if(data.followUps.begin(), data.followUps.end(), [&](const auto& r) {
                return r.followUp.isOverdue(data.today);
            });
            if (overdue > most) {
                most = overdue;
                best = m.id;
            }
        }
        REQUIRE(most > 0);
        return best;
    }
    std::vector<FollowUpId> shownFollowUps(DashboardView::Section section) const
    {
        std::vector<FollowUpId> ids;
        auto* model = view->model(section);
        for (int row = 0; row < model->rowCount(); ++row)
            ids.push_back(model->itemAt(row).followUpId);
        return ids;
    }
};

std::vector<FollowUpId> ids(const std::vector<FollowUpListRow>& rows)
{
    std::vector<FollowUpId> out;
    for (const auto& r : rows)
        out.push_back(r.followUp.id);
    return out;
}

} // namespace

TEST_CASE_METHOD(OpenDashboard, "the dashboard is the start screen and shows a manager's overdue follow-ups as the app "
                                "gathers them",
                 "[dashboard]")
{
    CHECK(tabs->currentWidget() == view);
    CHECK(tabs->indexOf(view) == 0);
    // Kept for the whole case, so that every reload below is checked too.
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (int s = 0; s < DashboardView::SectionCount; ++s)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            view->model(static_cast<DashboardView::Section>(s)), QAbstractItemModelTester::FailureReportingMode::Fatal));

    const ManagerId manager = busiestManager();
    auto* me = view->findChild<QComboBox*>(QStringLiteral("meCombo"));
    REQUIRE(me);
    const int index = me->findData(static_cast<qlonglong>(manager));
    REQUIRE(index > 0);
    me->setCurrentIndex(index);
    emit me->activated(index);
    REQUIRE(view->manager() == manager);

    const DashboardData expected = Dashboard(*window.workspace()).gather(manager);
    CHECK(shownFollowUps(DashboardView::FollowUps) == ids(expected.followUps));
    CHECK(shownFollowUps(DashboardView::Commitments) == ids(expected.commitments));
    CHECK(view->model(DashboardView::OverdueContacts)->rowCount() ==
          static_cast<int>(expected.overdueContacts.size()));
    CHECK(view->model(DashboardView::AtRisk)->rowCount() == static_cast<int>(expected.atRisk.size()));
    CHECK(view->model(DashboardView::RecentInteractions)->rowCount() ==
          static_cast<int>(expected.recentInteractions.size()));

    // Overdue rows are marked: red, and the state says so.
    auto* followUps = view->model(DashboardView::FollowUps);
    REQUIRE(followUps->rowCount() > 0);
    const QModelIndex first = followUps->index(0, 0);
    CHECK(first.data(DashboardSectionModel::OverdueRole).toBool());
    CHECK(first.data(Qt::ForegroundRole).value<QBrush>().color() == overdueColor());
    CHECK(first.data().toString().startsWith(QStringLiteral("Overdue by")));
    CHECK(view->box(DashboardView::FollowUps)
              ->title()
              .endsWith(QStringLiteral("(%1)").arg(followUps->rowCount())));
    CHECK(view->findChild<QLabel*>(QStringLiteral("summaryLabel"))->text().contains(QStringLiteral("overdue")));

    SECTION("Enter on a follow-up opens its account with the follow-up selected")
    {
        QTableView* table = view->table(DashboardView::FollowUps);
        table->setFocus();
        table->setCurrentIndex(followUps->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        REQUIRE(window.currentAccountTab());
        CHECK(window.currentAccountTab()->accountId() == expected.followUps.front().followUp.accountId);
        auto* inner = window.currentAccountTab()->findChild<QTabWidget*>(QStringLiteral("tabs"));
        CHECK(inner->currentWidget()->objectName() == QStringLiteral("followUpsTab"));
    }
    SECTION("a double-click on a recent interaction opens its account")
    {
        auto* model = view->model(DashboardView::RecentInteractions);
        REQUIRE(model->rowCount() > 0);
        QTableView* table = view->table(DashboardView::RecentInteractions);
        const QRect cell = table->visualRect(model->index(0, 2));
        REQUIRE(table->viewport()->rect().contains(cell.center()));
        // An item view opens on a double-click only on the item the press was on.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        REQUIRE(window.currentAccountTab());
        CHECK(window.currentAccountTab()->accountId() == expected.recentInteractions.front().interaction.accountId);
    }
    SECTION("the manager is remembered for this database, not for others")
    {
        test::DemoDatabase other;
        REQUIRE(window.openDatabase(QString::fromStdString(other.path().string())));
        CHECK_FALSE(view->manager().has_value());
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
        CHECK(view->manager() == manager);
        CHECK(shownFollowUps(DashboardView::FollowUps) == ids(expected.followUps));
    }
}

TEST_CASE_METHOD(OpenDashboard, "the dashboard and the status bar follow a follow-up done, undone and redone",
                 "[dashboard]")
{
    const ManagerId manager = busiestManager();
    view->setManager(manager);
    const auto before = shownFollowUps(DashboardView::FollowUps);
    REQUIRE_FALSE(before.empty());
    auto* counts = window.findChild<QLabel*>(QStringLiteral("databaseCounts"));
    const auto counted = [this] { return QTest::qWaitFor([this] { return !window.countsReader()->isBusy(); }, 30000); };
    REQUIRE(counted());
    const QString countsBefore = counts->text();

    // Done on the Follow-ups screen, while the dashboard is not shown.
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_4));
    FollowUpsView* followUps = window.followUpsView();
    REQUIRE(tabs->currentWidget() == followUps);
    auto* table = followUps->findChild<QTableView*>(QStringLiteral("openFollowUpTable"));
    for (int row = 0; row < followUps->model()->rowCount(); ++row)
        if (followUps->model()->rowAt(row).followUp.id == before.front())
            table->setCurrentIndex(followUps->model()->index(row, 0));
    REQUIRE(followUps->markSelectedDone());
    REQUIRE(counted());
    CHECK(counts->text() != countsBefore);

    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_1));
    REQUIRE(tabs->currentWidget() == view);
    auto after = shownFollowUps(DashboardView::FollowUps);
    CHECK(after.size() == before.size() - 1);
    CHECK(std::find(after.begin(), after.end(), before.front()) == after.end());

    window.undoStack()->undo(); // shown: read again at once
    CHECK(shownFollowUps(DashboardView::FollowUps) == before);
    REQUIRE(counted());
    CHECK(counts->text() == countsBefore);
    window.undoStack()->redo();
    CHECK(shownFollowUps(DashboardView::FollowUps) == after);
}

TEST_CASE("a new, empty database starts on the accounts list, which offers the demo company", "[dashboard]")
{
    test::TempDir dir;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString((dir / "new.db").string())));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    CHECK(tabs->currentWidget() != window.dashboardView());
    DashboardView* view = window.dashboardView();
    for (int s = 0; s < DashboardView::SectionCount; ++s)
        CHECK(view->model(static_cast<DashboardView::Section>(s))->rowCount() == 0);
    // Each section says what to do instead of showing an empty table.
    auto* empty = view->findChild<QLabel*>(QStringLiteral("followUpsEmpty"));
    CHECK(empty->text().contains(QStringLiteral("interaction")));
    CHECK(view->findChild<QTableView*>(QStringLiteral("followUpsTable"))->isHidden());
    REQUIRE(window.fillWithDemoData());
    tabs->setCurrentWidget(view);
    CHECK(view->model(DashboardView::FollowUps)->rowCount() > 0);
}

TEST_CASE("a large database's dashboard is read on a worker thread and shows the same as a direct read", "[dashboard]")
{
    OpenDashboard open;
    const ManagerId manager = open.busiestManager();
    open.view->setManager(manager);
    const std::vector<FollowUpId> direct = open.shownFollowUps(DashboardView::FollowUps);
    REQUIRE_FALSE(direct.empty());

    // Every database counts as large now: the read goes to the worker thread.
    open.view->setBackgroundThreshold(0);
    open.view->model(DashboardView::FollowUps)->setItems({});
    open.view->reload();
    CHECK(open.view->isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!open.view->isLoading(), 30000);
    CHECK(open.shownFollowUps(DashboardView::FollowUps) == direct);
    CHECK(open.view->data().followUps.size() == direct.size());

    // Two reads in a row: only the newer answer is shown, and the view is not left loading.
    open.view->setManager(std::nullopt);
    open.view->setManager(manager);
    QTRY_VERIFY_WITH_TIMEOUT(!open.view->isLoading(), 30000);
    CHECK(open.shownFollowUps(DashboardView::FollowUps) == direct);
}
