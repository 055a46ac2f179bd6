// Fault tests (issue 19): keystone-cli is killed with SIGKILL at random points during an import,
// a dossier import, a hand-over and a restore, many times; each time the database must pass
// `check` and the operation must be wholly present or wholly absent. And a disk that fills up
// (a small tmpfs, as root; skipped with the reason otherwise).
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <thread>

#include <csignal>
#include <spawn.h>
#include <sys/mount.h>
#include <sys/wait.h>

extern char** environ;

using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

constexpr int kRuns = 8; // per operation; with the checks, a few seconds each

std::vector<std::string> withDb(const std::string& db, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", db});
    return args;
}

// Starts keystone-cli, kills it after `delay` unless it ended first; true when it was killed.
bool runAndKill(const std::vector<std::string>& args, std::chrono::microseconds delay)
{
    std::vector<char*> argv;
    std::string program = KEYSTONE_CLI;
    argv.push_back(program.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    REQUIRE(posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ) == 0);
    posix_spawn_file_actions_destroy(&actions);
    std::this_thread::sleep_for(delay);
    const bool killed = ::kill(pid, SIGKILL) == 0;
    int status = 0;
    ::waitpid(pid, &status, 0);
    return killed && WIFSIGNALED(status);
}

std::int64_t count(const std::string& db, const std::string& query)
{
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open_v2(db.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* st = nullptr;
    REQUIRE(sqlite3_prepare_v2(raw, query.c_str(), -1, &st, nullptr) == SQLITE_OK);
    const std::int64_t n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(raw);
    return n;
}

void requireConsistent(const std::string& db)
{
    const auto r = runProcess(KEYSTONE_CLI, withDb(db, {"check"}), {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    INFO(r.out << r.err);
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out == "ok\n");
}

void cli(const std::string& db, const std::vector<std::string>& args)
{
    const auto r = runProcess(KEYSTONE_CLI, withDb(db, args), {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
}

// Kills `operation` at random points of its run (measured once, whole) on a fresh copy of `start`
// each time; `whole` says whether the database holds the operation wholly or not at all.
void killRepeatedly(const TempDir& dir, const std::string& start, const std::vector<std::string>& operation,
                    const std::function<void(const std::string&)>& whole)
{
    const std::string db = (dir / "victim.db").string();
    const auto fresh = [&] {
        for (const char* side : {"", "-wal", "-shm"})
            std::filesystem::remove(db + side);
        std::filesystem::copy_file(start, db);
    };
    fresh();
    const auto began = std::chrono::steady_clock::now();
    cli(db, operation);
    const auto took = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - began);
    whole(db);
    std::mt19937 random(19);
    std::uniform_int_distribution<std::int64_t> at(0, took.count());
    int killed = 0;
    for (int run = 0; run < kRuns; ++run) {
        fresh();
        killed += runAndKill(withDb(db, operation), std::chrono::microseconds(at(random))) ? 1 : 0;
        requireConsistent(db);
        whole(db);
    }
    CHECK(killed > 0); // the points were inside the runs, not all after them
}

struct Fixture
{
    TempDir dir;
    std::string empty = (dir / "empty.db").string();
    std::string demo = (dir / "demo.db").string();
    Fixture()
    {
        cli(empty, {"init"});
        cli(demo, {"demo", "--accounts", "40", "--years", "1"});
        // One file without a -wal, to copy as each run's start.
        cli(demo, {"backup", (dir / "demo-start.db").string()});
        demo = (dir / "demo-start.db").string();
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Killed during an account import, the import is wholly there or not at all")
{
    const auto csv = dir / "accounts.csv";
    {
        std::ofstream out(csv);
        out << "ref,name\n";
        for (int i = 0; i < 3000; ++i)
            out << "F" << i << ",Fault Test Company " << i << "\n";
    }
    killRepeatedly(dir, empty, {"import", "accounts", csv.string()}, [](const std::string& db) {
        const auto n = count(db, "SELECT count(*) FROM accounts WHERE ref LIKE 'F%'");
        CHECK((n == 0 || n == 3000));
        CHECK(count(db, "SELECT count(*) FROM import_batches") == (n == 0 ? 0 : 1));
    });
}

TEST_CASE_METHOD(Fixture, "Killed during a dossier import, the dossiers are wholly there or not at all")
{
    const auto json = (dir / "dossiers.json").string();
    cli(demo, {"dossier", "export", "--all", "-o", json});
    killRepeatedly(dir, empty, {"dossier", "import", json}, [](const std::string& db) {
        const auto n = count(db, "SELECT count(*) FROM accounts");
        CHECK((n == 0 || n == 40));
    });
}

TEST_CASE_METHOD(Fixture, "Killed during a hand-over, every account moved or none")
{
    const auto from = count(demo, "SELECT owner_id FROM accounts GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1");
    const auto to = count(demo, "SELECT id FROM managers WHERE id <> " + std::to_string(from) + " LIMIT 1");
    const auto email = [&](std::int64_t id) {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open_v2(demo.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(raw, "SELECT email FROM managers WHERE id = ?", -1, &st, nullptr);
        sqlite3_bind_int64(st, 1, id);
        REQUIRE(sqlite3_step(st) == SQLITE_ROW);
        std::string text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
        sqlite3_finalize(st);
        sqlite3_close(raw);
        return text;
    };
    const auto owned = count(demo, "SELECT count(*) FROM accounts WHERE owner_id = " + std::to_string(from));
    REQUIRE(owned > 1);
    killRepeatedly(dir, demo, {"accounts", "handover", "--from", email(from), "--to", email(to)},
                   [&](const std::string& db) {
                       const auto left = count(db, "SELECT count(*) FROM accounts WHERE owner_id = " +
                                                       std::to_string(from));
                       CHECK((left == owned || left == 0));
                   });
}

TEST_CASE_METHOD(Fixture, "Killed during a restore, the database is the old one or the backup, never a mix")
{
    // The backup is the demo; the database it replaces is empty.
    killRepeatedly(dir, empty, {"restore", demo}, [](const std::string& db) {
        const auto n = count(db, "SELECT count(*) FROM accounts");
        CHECK((n == 0 || n == 40));
    });
}

TEST_CASE("A full disk fails the write, says so, and leaves the database and files whole")
{
    TempDir dir;
    const auto small = dir / "small";
    std::filesystem::create_directory(small);
    if (::mount("tmpfs", small.c_str(), "tmpfs", 0, "size=1m") != 0) {
        WARN("skipped: mounting a small tmpfs needs root (CAP_SYS_ADMIN)");
        return;
    }
    const std::string db = (small / "k.db").string();
    const auto csv = dir / "accounts.csv"; // outside the small disk
    {
        std::ofstream out(csv);
        out << "ref,name,notes\n";
        for (int i = 0; i < 4000; ++i)
            out << "D" << i << ",Disk Full Company " << i << "," << std::string(600, 'x') << "\n";
    }
    const std::map<std::string, std::string> env{{"KEYSTONE_DB", "/nonexistent/guard.db"}};
    auto r = runProcess(KEYSTONE_CLI, withDb(db, {"init"}), env);
    // Written while there is room: the export below must leave it as it is.
    { std::ofstream(small / "old.csv") << "old\n"; }
    const auto import = runProcess(KEYSTONE_CLI, withDb(db, {"import", "accounts", csv.string()}), env);
    const auto accounts = count(db, "SELECT count(*) FROM accounts");
    const auto check = runProcess(KEYSTONE_CLI, withDb(db, {"check"}), env);
    // An export that does not fit leaves the file it would replace as it was, and no temporary file.
    { std::ofstream(small / "filler", std::ios::binary) << std::string(4 << 20, 'f'); } // fills what is left
    cli((dir / "big.db").string(), {"init"});
    cli((dir / "big.db").string(), {"import", "accounts", csv.string()});
    const auto exported = runProcess(
        KEYSTONE_CLI, withDb((dir / "big.db").string(), {"export", "accounts", "-o", (small / "old.csv").string()}),
        env);
    std::string oldText;
    std::getline(std::ifstream(small / "old.csv"), oldText);
    std::size_t leftovers = 0;
    for (const auto& e : std::filesystem::directory_iterator(small))
        leftovers += e.path().filename().string().find(".tmp-") != std::string::npos;
    ::umount(small.c_str());
    REQUIRE(r.exitCode == 0);
    INFO(import.err);
    CHECK(import.exitCode == 1);
    CHECK(import.err.find("full") != std::string::npos);
    CHECK(accounts == 0);
    INFO(check.out << check.err);
    CHECK(check.exitCode == 0);
    CHECK(exported.exitCode == 1);
    CHECK(oldText == "old");
    CHECK(leftovers == 0);
}
