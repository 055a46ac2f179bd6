// How long the accounts list takes to load and filter on a big database. Hidden
// (run it by its tag) and given its database, since building 50,000 accounts
// takes longer than a test should:
//   KEYSTONE_PERF_DB=/tmp/big.db build/tests/gui/test_gui "[perf]"
#include "GuiFixture.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QMetaObject>
#include <QTableView>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

TEST_CASE("the accounts list loads and filters a big database quickly", "[.perf]")
{
    const QByteArray path = qgetenv("KEYSTONE_PERF_DB");
    if (path.isEmpty())
        FAIL("set KEYSTONE_PERF_DB to a database with many accounts");
    static const SystemClock clock;
    Workspace ws(path.toStdString(), clock);
    AccountsView view;
    view.resize(1200, 700);
    view.show();
    QElapsedTimer timer;
    timer.start();
    const auto queried = ws.listAccounts(AccountQuery{}).size();
    const auto query = timer.elapsed();
    timer.restart();
    view.setWorkspace(&ws);
    QCoreApplication::processEvents(); // the first screen is painted
    const auto firstScreen = timer.elapsed();
    const int firstRows = view.filterModel()->rowCount();
    if (view.isLoading()) {
        QEventLoop wait;
        QObject::connect(&view, &AccountsView::loaded, &wait, &QEventLoop::quit);
        wait.exec();
    }
    const auto load = timer.elapsed();
    const int rows = view.accountModel()->rowCount();

    auto* edit = view.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    // Each step is what one keystroke costs once the typing pause has passed.
    const auto filterTo = [&](const QString& text) {
        edit->setText(text);
        timer.restart();
        QMetaObject::invokeMethod(&view, [&] { view.filterModel()->setText(text); });
        QCoreApplication::processEvents();
        return timer.elapsed();
    };
    std::string report = "accounts: " + std::to_string(rows) +
                         "\nWorkspace::listAccounts alone: " + std::to_string(query) +
                         " ms\nfirst screen in the view: " + std::to_string(firstScreen) + " ms, " +
                         std::to_string(firstRows) + " rows\nwhole list in the view (query, keys, sort): " +
                         std::to_string(load) + " ms\n";
    CHECK(queried == static_cast<std::size_t>(rows));
    QString typed;
    for (const QChar c : QStringLiteral("gmbh")) {
        typed += c;
        const auto ms = filterTo(typed);
        report += "filter '" + typed.toStdString() + "': " + std::to_string(ms) + " ms, " +
                  std::to_string(view.filterModel()->rowCount()) + " rows\n";
    }
    report += "clear filter: " + std::to_string(filterTo(QString())) + " ms\n";
    auto* table = view.findChild<QTableView*>(QStringLiteral("accountTable"));
    timer.restart();
    table->sortByColumn(AccountTableModel::Owner, Qt::AscendingOrder);
    QCoreApplication::processEvents();
    report += "sort by manager: " + std::to_string(timer.elapsed()) + " ms\n";
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusCombo"));
    timer.restart();
    status->setCurrentIndex(status->findData(static_cast<int>(AccountStatus::AtRisk)));
    QCoreApplication::processEvents();
    report += "status at risk: " + std::to_string(timer.elapsed()) + " ms, " +
              std::to_string(view.filterModel()->rowCount()) + " rows\n";
    WARN(report);
    CHECK(rows > 0);
}
