// keystone_bench_gui: the accounts list measures of scripts/bench (docs/performance.md), taken in
// process on the real screen class (gui/accounts/AccountsView) through its public interface only.
//
//   keystone_bench_gui --db FILE [--runs N] [--text STRING]
//
// Each run opens the database afresh (a new Workspace, so SQLite's page cache starts empty; the
// operating system's file cache is warm), and prints:
//   first_screen_us N C from AccountsView::setWorkspace to the first screen of rows painted: the
//                       filtered list holds as many rows as the table shows (or every account, when
//                       fewer) and the table's viewport has been repainted; N is wall time and C
//                       the process's CPU time, in microseconds (on a shared machine C is the
//                       steadier figure)
//   keystroke_us N C R  one line per character of STRING: the filter set to the text typed so far
//                       (what runs once the typing pause has passed) and the table repainted;
//                       R is the number of rows then shown
// Plain numbers, one measure per line, for the bench script to take medians of. Not a test: it
// asserts nothing about the times, but exits non-zero when the list does not fill.
#include "app/Workspace.h"
#include "domain/Date.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <exception>
#include <string>

using namespace keystone;

namespace {

int usage()
{
    std::fprintf(stderr, "usage: keystone_bench_gui --db FILE [--runs N] [--text STRING]\n");
    return 2;
}

// The number of rows the table's viewport has room for.
int rowsThatFit(const QTableView& table)
{
    const int height = table.verticalHeader()->defaultSectionSize();
    return height > 0 ? table.viewport()->height() / height + 1 : 1;
}

// The process's CPU time in microseconds.
long long cpuMicroseconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<long long>(t.tv_sec) * 1'000'000 + t.tv_nsec / 1000;
}

// Processes events until `done` holds, or a minute has passed (then false).
template <typename Done>
bool processUntil(const Done& done)
{
    QElapsedTimer limit;
    limit.start();
    while (!done()) {
        if (limit.elapsed() > 60'000)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    std::string db;
    int runs = 3;
    QString text = QStringLiteral("gmbh");
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        if (i + 1 >= args.size())
            return usage();
        if (a == QLatin1String("--db"))
            db = args[++i].toStdString();
        else if (a == QLatin1String("--runs"))
            runs = args[++i].toInt();
        else if (a == QLatin1String("--text"))
            text = args[++i];
        else
            return usage();
    }
    if (db.empty() || runs < 1 || text.isEmpty())
        return usage();

    try {
        const SystemClock clock;
        // How many accounts the list shows, counted on a connection of its own (not timed).
        std::size_t accounts = 0;
        {
            Workspace ws(db, clock);
            accounts = ws.listAccounts(AccountQuery{}).size();
        }
        std::printf("accounts %zu\n", accounts);
        for (int run = 0; run < runs; ++run) {
            Workspace ws(db, clock);
            gui::AccountsView view;
            view.resize(1200, 700);
            view.show();
            auto* table = view.findChild<QTableView*>(QStringLiteral("accountTable"));
            if (!table) {
                std::fprintf(stderr, "keystone_bench_gui: AccountsView has no accountTable\n");
                return 1;
            }
            processUntil([&] { return table->isVisible(); });
            const auto wanted = std::min<qsizetype>(rowsThatFit(*table), static_cast<qsizetype>(accounts));
            QElapsedTimer timer;
            timer.start();
            long long cpu = cpuMicroseconds();
            view.setWorkspace(&ws);
            if (!processUntil([&] { return view.filterModel()->rowCount() >= wanted; })) {
                std::fprintf(stderr, "keystone_bench_gui: the list shows %d rows after a minute, expected %lld\n",
                             view.filterModel()->rowCount(), static_cast<long long>(wanted));
                return 1;
            }
            table->viewport()->repaint();
            std::printf("first_screen_us %lld %lld\n", static_cast<long long>(timer.nsecsElapsed() / 1000),
                        cpuMicroseconds() - cpu);
            std::fflush(stdout);
            // Let a list that loads in the background finish before typing.
            processUntil([&] { return static_cast<std::size_t>(view.accountModel()->rowCount()) >= accounts; });

            QString typed;
            for (const QChar c : text) {
                typed += c;
                timer.restart();
                cpu = cpuMicroseconds();
                view.filterModel()->setText(typed);
                QCoreApplication::processEvents();
                table->viewport()->repaint();
                std::printf("keystroke_us %lld %lld %d\n", static_cast<long long>(timer.nsecsElapsed() / 1000),
                            cpuMicroseconds() - cpu, view.filterModel()->rowCount());
            }
            std::fflush(stdout);
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "keystone_bench_gui: %s\n", e.what());
        return 1;
    }
    return 0;
}
