// The main window around a database: opening, the first start, failures, the
// status bar, recent files and saved geometry.
#include "gui/main/MainWindow.h"

#include "GuiFixture.h"
#include "app/DemoGenerator.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/AccountsView.h"
#include "gui/common/BackgroundReader.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/main/DatabaseOpener.h"
#include "gui/main/RecentDatabases.h"
#include "gui/main/StoreCountsReader.h"
#include "storage/Sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>
#include <catch2/catch.hpp>
#include <fstream>
#include <memory>

using namespace keystone;
using namespace keystone::gui;

namespace {
QString currentPage(const QWidget& parent, const char* stack)
{
    return parent.findChild<QStackedWidget*>(QString::fromLatin1(stack))->currentWidget()->objectName();
}
} // namespace

TEST_CASE("opening a database shows it in the title and the status bar", "[main]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    const QString path = QString::fromStdString(db.path().string());
    REQUIRE(window.openDatabase(path));
    CHECK(window.windowTitle().startsWith(QStringLiteral("demo.db")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("databasePath"))->text() == path);
    // Counted on a worker thread: meanwhile the status bar says so.
    auto* counts = window.findChild<QLabel*>(QStringLiteral("databaseCounts"));
    CHECK(counts->text() == QStringLiteral("Counting…"));
    REQUIRE(QTest::qWaitFor([&] { return !window.countsReader()->isBusy(); }, 30000));
    CHECK(counts->text().startsWith(QStringLiteral("30 accounts · ")));
    CHECK(RecentDatabases::list().value(0) == path);
    CHECK(window.accountsView()->accountModel()->rowCount() == 30);
}

TEST_CASE("behind the dashboard the accounts list is read only when its tab is first shown", "[main]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    window.show();
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
    REQUIRE(tabs->currentWidget() == window.dashboardView());
    AccountsView& accounts = *window.accountsView();
    CHECK(accounts.isStale());
    CHECK(accounts.accountModel()->rowCount() == 0);

    tabs->setCurrentWidget(&accounts);
    CHECK_FALSE(accounts.isStale());
    CHECK(accounts.accountModel()->rowCount() == 30);
    CHECK(currentPage(accounts, "pages") == QStringLiteral("listPage"));

    // Another database while the dashboard is in front: nothing of the first one stays in the list.
    tabs->setCurrentWidget(window.dashboardView());
    test::DemoDatabase other;
    REQUIRE(window.openDatabase(QString::fromStdString(other.path().string())));
    CHECK(accounts.isStale());
    CHECK(accounts.accountModel()->rowCount() == 0);
    tabs->setCurrentWidget(&accounts);
    CHECK(accounts.accountModel()->rowCount() == 30);
}

TEST_CASE("the screens' background reads wait for the window's first paint", "[main]")
{
    test::DemoDatabase db;
    {
        MainWindow window(test::fixedClock());
        window.setInteractive(false);
        REQUIRE_FALSE(BackgroundReader::requestsHeld());
        window.show();
        // Held from the first show; the exposure may already be queued, but it has not been handled.
        CHECK(BackgroundReader::requestsHeld());
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
        CHECK(window.countsReader()->isBusy());
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(QTest::qWaitFor([] { return !BackgroundReader::requestsHeld(); }, 5000));
        // Then the counts are read and shown.
        REQUIRE(QTest::qWaitFor([&] { return !window.countsReader()->isBusy(); }, 30000));
        CHECK(window.findChild<QLabel*>(QStringLiteral("databaseCounts"))->text().startsWith(QStringLiteral("30 accounts")));
    }
    {
        // A window gone before it was ever painted does not keep the readers of the next waiting.
        auto window = std::make_unique<MainWindow>(test::fixedClock());
        window->show();
        CHECK(BackgroundReader::requestsHeld());
        window.reset();
        CHECK_FALSE(BackgroundReader::requestsHeld());
    }
}

TEST_CASE("a new database starts empty and offers the demo data", "[main]")
{
    test::TempDir dir;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    const auto file = dir / "sub" / "first.db";
    REQUIRE(window.openDatabase(QString::fromStdString(file.string())));
    CHECK(std::filesystem::exists(file));
    CHECK(currentPage(*window.accountsView(), "pages") == QStringLiteral("emptyPage"));
    REQUIRE(window.fillWithDemoData());
    CHECK(currentPage(*window.accountsView(), "pages") == QStringLiteral("listPage"));
    CHECK(window.accountsView()->accountModel()->rowCount() == DemoOptions{}.accounts);
    CHECK_FALSE(window.fillWithDemoData()); // never into a database that holds accounts
}

TEST_CASE("a file that is not a Keystone database is refused with an explanation", "[main]")
{
    test::TempDir dir;
    const auto file = dir / "notes.db";
    {
        std::ofstream out(file, std::ios::binary);
        out << std::string(8192, 'k');
    }
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    CHECK_FALSE(window.openDatabase(QString::fromStdString(file.string())));
    REQUIRE(window.lastOpenFailure());
    CHECK(window.lastOpenFailure()->reason == OpenError::Reason::NotADatabase);
    CHECK(window.lastOpenFailure()->what.contains(QStringLiteral("notes.db")));
    CHECK_FALSE(window.lastOpenFailure()->todo.isEmpty());
    CHECK(window.workspace() == nullptr);
    CHECK(currentPage(window, "pages") == QStringLiteral("noDatabasePage"));
    // The page behind the (here suppressed) dialog says it too.
    CHECK(window.findChild<QLabel*>(QStringLiteral("noDatabaseText"))
              ->text()
              .contains(QStringLiteral("notes.db")));
}

TEST_CASE("every failure reason says what happened and what to do", "[main]")
{
    using R = OpenError::Reason;
    for (const auto reason :
         {R::CannotOpen, R::NotADatabase, R::Corrupt, R::Locked, R::ReadOnly, R::TooNew, R::Full, R::Other}) {
        const auto f = describeOpenFailure(reason, QStringLiteral("/data/k.db"), QStringLiteral("details"));
        CHECK_FALSE(f.title.isEmpty());
        CHECK(f.what.contains(QStringLiteral("k.db")));
        CHECK_FALSE(f.todo.isEmpty());
    }
}

TEST_CASE("the window's geometry is kept for the next start", "[main]")
{
    QSettings().remove(QStringLiteral("mainWindow"));
    {
        MainWindow window(test::fixedClock());
        window.resize(1000, 700);
        window.show();
        window.close();
    }
    CHECK_FALSE(QSettings().value(QStringLiteral("mainWindow/geometry")).toByteArray().isEmpty());
    MainWindow again(test::fixedClock());
    CHECK(again.size() == QSize(1000, 700));
}

TEST_CASE("plural forms come from the English translation", "[main]")
{
    const auto translate = [](int n) {
        return QCoreApplication::translate("Labels", "Overdue by %Ln day(s)",
                                           nullptr, n);
    };
    CHECK(translate(1) == QStringLiteral("Overdue by 1 day"));
    CHECK(translate(5) == QStringLiteral("Overdue by 5 days"));
    // Counts are written the locale's way, with its digit grouping (the tests run in en_US).
    CHECK(translate(12345) == QStringLiteral("Overdue by 12,345 days"));
}

TEST_CASE("a database from a newer Keystone is refused, not changed", "[main]")
{
    test::DemoDatabase db;
    {
        sql::Connection raw(db.path().string(), false, false);
        raw.exec("PRAGMA user_version = 999");
    }
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    CHECK_FALSE(window.openDatabase(QString::fromStdString(db.path().string())));
    REQUIRE(window.lastOpenFailure());
    CHECK(window.lastOpenFailure()->reason == OpenError::Reason::TooNew);
    CHECK(window.lastOpenFailure()->todo.contains(QStringLiteral("Update Keystone")));
    sql::Connection raw(db.path().string(), true, false);
    sql::Statement version(raw, "PRAGMA user_version");
    REQUIRE(version.step());
    CHECK(version.int64(0) == 999);
}

TEST_CASE("a backup is a copy that opens, and never the database itself", "[main]")
{
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    const auto copy = db.dir() / "copy.db";
    REQUIRE(window.saveBackupTo(QString::fromStdString(copy.string())));
    CHECK_FALSE(window.saveBackupTo(QString::fromStdString(db.path().string())));
    Workspace backup(copy, test::fixedClock());
    CHECK(backup.store().counts().accounts == 30);
}

TEST_CASE("recent databases: newest first, no duplicates, at most eight", "[main]")
{
    RecentDatabases::clear();
    for (int i = 0; i < 10; ++i)
        RecentDatabases::add(QStringLiteral("/data/k%1.db").arg(i));
    RecentDatabases::add(QStringLiteral("/data/k5.db"));
    const QStringList files = RecentDatabases::list();
    REQUIRE(files.size() == RecentDatabases::kMaximum);
    CHECK(files.front() == QStringLiteral("/data/k5.db"));
    CHECK(files.count(QStringLiteral("/data/k5.db")) == 1);
    CHECK(files.at(1) == QStringLiteral("/data/k9.db"));
    RecentDatabases::remove(QStringLiteral("/data/k5.db"));
    CHECK_FALSE(RecentDatabases::list().contains(QStringLiteral("/data/k5.db")));
}

TEST_CASE("reopening the newest recent database leaves the settings file as it was", "[main]")
{
    RecentDatabases::clear();
    RecentDatabases::add(QStringLiteral("/data/a.db"));
    RecentDatabases::add(QStringLiteral("/data/b.db"));
    const QString file = QSettings().fileName();
    REQUIRE(QFileInfo::exists(file));
    // A comment, which QSettings drops whenever it writes the file.
    const auto contents = [&file] {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::Append));
        f.write("\n; marker\n");
    }
    RecentDatabases::add(QStringLiteral("/data/b.db"));
    CHECK(contents().contains("; marker"));
    CHECK(RecentDatabases::list() == QStringList({QStringLiteral("/data/b.db"), QStringLiteral("/data/a.db")}));
    RecentDatabases::add(QStringLiteral("/data/a.db"));
    CHECK(RecentDatabases::list().front() == QStringLiteral("/data/a.db"));
}

TEST_CASE("a database another program is writing is reported as in use", "[main]")
{
    test::DemoDatabase db;
    Workspace writer(db.path(), test::fixedClock());
    auto transaction = writer.store().transaction(); // holds the write lock
    OpenOptions impatient;
    impatient.busyTimeoutMs = 50;
    OpenFailure failure;
    CHECK(openWorkspace(db.path(), test::fixedClock(), failure, impatient) == nullptr);
    CHECK(failure.reason == OpenError::Reason::Locked);
    CHECK(failure.what.contains(QStringLiteral("in use")));
}

TEST_CASE("a recent database that has gone is dropped, not created empty", "[main]")
{
    test::TempDir dir;
    const QString gone = QString::fromStdString((dir / "moved.db").string());
    RecentDatabases::add(gone);
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    CHECK_FALSE(window.openRecent(gone));
    CHECK_FALSE(QFileInfo::exists(gone));
    CHECK_FALSE(RecentDatabases::list().contains(gone));
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("the status bar's counts are never those of the database opened before", "[main]")
{
    test::DemoDatabase db;
    test::TempDir dir;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    auto* counts = window.findChild<QLabel*>(QStringLiteral("databaseCounts"));
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    REQUIRE(QTest::qWaitFor([&] { return !window.countsReader()->isBusy(); }, 30000));
    REQUIRE(counts->text().startsWith(QStringLiteral("30 accounts")));

    // Another database, at once after the first: the first one's answer, if still to
    // come, is dropped, and its counts are not shown meanwhile.
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    REQUIRE(window.openDatabase(QString::fromStdString((dir / "empty.db").string())));
    CHECK(counts->text() == QStringLiteral("Counting…"));
    REQUIRE(QTest::qWaitFor([&] { return !window.countsReader()->isBusy(); }, 30000));
    CHECK(counts->text().startsWith(QStringLiteral("0 accounts · 0 contacts")));
    // Nothing arrives later from the first database.
    QTest::qWait(50);
    CHECK(counts->text().startsWith(QStringLiteral("0 accounts")));
}
