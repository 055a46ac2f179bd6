// keystone_bench_tabs: how long the window's GUI thread is blocked when the Contacts or the
// Follow-ups tab is first shown, on the real MainWindow, through public interfaces that the
// window has had since before these tabs read in the background (so the same file measures
// both; docs/gui.md, docs/performance.md).
//
//   keystone_bench_tabs --db FILE [--tab contacts|followups] [--runs N]
//
// Each run opens the database in a new MainWindow (SQLite's page cache empty, the operating
// system's file cache warm), shows it, lets its background readers (dashboard, accounts list,
// counts) finish, then chooses the tab and turns the event loop until the tab's list holds
// every row. It prints, in microseconds:
//   show_us N           the call that chose the tab: nothing repaints before it returns
//   longest_stall_us N  the longest the GUI thread went without turning its event loop, from
//                       choosing the tab until the list is filled (the choice itself included;
//                       the swap of a background read's answer is such a stall), to about a
//                       millisecond
//   filled_us N         from choosing the tab until every row is in
// Not a test: it asserts nothing about the times, but exits non-zero when the list does not fill.
#include "app/ContactDirectory.h"
#include "app/Workspace.h"
#include "gui/accounts/AccountsView.h"
#include "gui/contacts/ContactListModel.h"
#include "gui/contacts/ContactsView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/followups/FollowUpTableModel.h"
#include "gui/main/MainWindow.h"
#include "gui/main/StoreCountsReader.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <string>

using namespace keystone;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: keystone_bench_tabs --db FILE [--tab contacts|followups] [--runs N]\n");
    return 2;
}

// Turns the event loop until `done` holds, or a minute has passed (then false). The loop sleeps
// while nothing happens (a loop that spun would take a core from the worker threads); a timer
// ticking every millisecond measures the longest the GUI thread went without turning, into
// `longest`, in microseconds.
template <typename Done>
bool processUntil(const Done& done, long long& longest)
{
    QElapsedTimer limit;
    limit.start();
    QElapsedTimer sinceTick;
    sinceTick.start();
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, sinceTick.nsecsElapsed() / 1000);
        sinceTick.restart();
    });
    tick.start();
    while (!done()) {
        if (limit.elapsed() > 60'000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    longest = std::max(longest, sinceTick.nsecsElapsed() / 1000);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    Q_INIT_RESOURCE(keystone); // the icons, as src/gui/main.cpp does
    QCoreApplication::setOrganizationName(QStringLiteral("KeystoneBench"));
    std::string db;
    QString tab = QStringLiteral("contacts");
    int runs = 3;
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (i + 1 >= args.size())
            return usage();
        if (a == QLatin1String("--db"))
            db = args[++i].toStdString();
        else if (a == QLatin1String("--tab"))
            tab = args[++i];
        else if (a == QLatin1String("--runs"))
            runs = args[++i].toInt();
        else
            return usage();
    }
    const bool contacts = tab == QLatin1String("contacts");
    if (db.empty() || runs < 1 || (!contacts && tab != QLatin1String("followups")))
        return usage();

    try {
        const SystemClock clock;
        // How many rows the tab lists, read on a connection of its own (not timed).
        std::size_t expected = 0;
        {
            Workspace ws(db, clock);
            expected = contacts ? ContactDirectory(ws.store()).list().size() : ws.openFollowUps().size();
        }
        std::printf("rows %zu\n", expected);
        for (int run = 0; run < runs; ++run) {
            gui::MainWindow window(clock);
            window.setInteractive(false);
            window.resize(1400, 850);
            if (!window.openDatabase(QString::fromStdString(db)))
                return 1;
            window.show();
            long long ignored = 0;
            // The start's own background reads finish first: only the tab is measured.
            if (!processUntil(
                    [&] {
                        return !window.dashboardView()->isLoading() && !window.accountsView()->isLoading() &&
                               !window.countsReader()->isBusy();
                    },
                    ignored)) {
                std::fprintf(stderr, "keystone_bench_tabs: the start's reads did not finish in a minute\n");
                return 1;
            }
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
            QWidget* screen = contacts ? static_cast<QWidget*>(window.contactsView())
                                       : static_cast<QWidget*>(window.followUpsView());
            const auto rows = [&] {
                return static_cast<std::size_t>(contacts ? window.contactsView()->contactModel()->rowCount()
                                                         : window.followUpsView()->model()->rowCount());
            };
            QElapsedTimer timer;
            timer.start();
            tabs->setCurrentWidget(screen);
            const long long show = timer.nsecsElapsed() / 1000;
            long long longest = show;
            if (!processUntil([&] { return rows() >= expected; }, longest)) {
                std::fprintf(stderr, "keystone_bench_tabs: %zu rows after a minute, expected %zu\n", rows(),
                             expected);
                return 1;
            }
            std::printf("show_us %lld\nlongest_stall_us %lld\nfilled_us %lld\n", show, longest,
                        static_cast<long long>(timer.nsecsElapsed() / 1000));
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "keystone_bench_tabs: %s\n", e.what());
        return 1;
    }
    return 0;
}
