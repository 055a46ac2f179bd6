// Issue 19, the file-system half: -o onto what is not a regular file, private files, readers
// during a write, a read-only folder, and restore. End to end through the real keystone-cli.
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <sqlite3.h>
#include <sstream>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <unistd.h>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

struct SafeCli
{
    TempDir dir;
    std::string db = (dir / "data" / "k.db").string();

    ProcessResult operator()(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", db});
        return runProcess(KEYSTONE_CLI, args, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    }
    void demo() const
    {
        const auto r = (*this)({"demo", "--accounts", "20", "--years", "1"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
};

unsigned modeOf(const std::filesystem::path& p)
{
    struct stat st
    {
    };
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

// An sqlite3 connection of the test's own, standing for another program.
struct Other
{
    sqlite3* db = nullptr;
    explicit Other(const std::string& path) { REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK); }
    ~Other() { sqlite3_close(db); }
    int exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
};

std::string slurp(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE_METHOD(SafeCli, "Export with -o onto a FIFO writes into it and leaves the FIFO in place")
{
    demo();
    const auto fifo = dir / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string received;
    std::thread reader([&] { received = slurp(fifo); });
    const auto r = (*this)({"export", "accounts", "-o", fifo.string()});
    reader.join();
    INFO(r.err);
    CHECK(r.exitCode == 0);
    struct stat st
    {
    };
    REQUIRE(::lstat(fifo.c_str(), &st) == 0);
    CHECK(S_ISFIFO(st.st_mode));
    CHECK(received.find("ref") != std::string::npos);
    CHECK(std::count(received.begin(), received.end(), '\n') == 21); // the header and 20 accounts
    for (const auto& e : std::filesystem::directory_iterator(dir.path()))
        CHECK(e.path().filename().string().find(".tmp-") == std::string::npos);
}

TEST_CASE_METHOD(SafeCli, "Export with -o onto a character device writes to it and leaves the device in place")
{
    demo();
    // A null device of our own (1,3 is /dev/null's number): the real /dev/null is never risked.
    const auto device = dir / "null";
    if (::mknod(device.c_str(), S_IFCHR | 0600, makedev(1, 3)) != 0) {
        WARN("skipped: mknod needs root (CAP_MKNOD); the FIFO test covers writing in place");
        return;
    }
    const auto r = (*this)({"export", "accounts", "-o", device.string()});
    INFO(r.err);
    CHECK(r.exitCode == 0);
    struct stat st
    {
    };
    REQUIRE(::lstat(device.c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    CHECK(st.st_rdev == makedev(1, 3));
}

TEST_CASE_METHOD(SafeCli, "The database, its folder, backups and new exports are private whatever the umask")
{
    const mode_t old = ::umask(022);
    demo();
    CHECK(modeOf(dir / "data") == 0700);
    CHECK(modeOf(db) == 0600);
    if (std::filesystem::exists(db + "-wal"))
        CHECK(modeOf(db + "-wal") == 0600);
    REQUIRE((*this)({"backup", (dir / "b.db").string()}).exitCode == 0);
    CHECK(modeOf(dir / "b.db") == 0600);
    REQUIRE((*this)({"export", "accounts", "-o", (dir / "a.csv").string()}).exitCode == 0);
    CHECK(modeOf(dir / "a.csv") == 0600);
    // A file the user shared keeps its mode when an export replaces it.
    REQUIRE(::chmod((dir / "a.csv").c_str(), 0644) == 0);
    REQUIRE((*this)({"export", "accounts", "-o", (dir / "a.csv").string()}).exitCode == 0);
    CHECK(modeOf(dir / "a.csv") == 0644);
    ::umask(old);
}

TEST_CASE_METHOD(SafeCli,
                 "Readers go on while another program holds the write lock, and a writer waits saying so")
{
    demo();
    Other importer(db);
    // An import in another process holds the write lock for as long as its transaction runs.
    REQUIRE(importer.exec("BEGIN IMMEDIATE; UPDATE accounts SET name = name WHERE id = 1") == SQLITE_OK);
    for (const std::vector<std::string>& reader : {std::vector<std::string>{"accounts", "list"},
                                                   {"segment"},
                                                   {"search", "gmbh"},
                                                   {"check"},
                                                   {"backup", (dir / "during.db").string()},
                                                   {"export", "accounts"}}) {
        const auto r = (*this)(reader);
        INFO(reader.front() << ": " << r.err);
        CHECK(r.exitCode == 0);
        CHECK(r.err.find("locked") == std::string::npos);
    }
    ProcessResult writer;
    std::thread waiting([&] {
        writer = (*this)({"accounts", "add", "--name", "Waited For", "--ref", "W1"});
    });
    std::this_thread::sleep_for(std::chrono::seconds(3)); // past the writer's one-second notice
    REQUIRE(importer.exec("COMMIT") == SQLITE_OK);
    waiting.join();
    INFO(writer.err);
    CHECK(writer.exitCode == 0);
    CHECK(writer.err.find("waiting for another program") != std::string::npos);
}

TEST_CASE_METHOD(SafeCli, "A database in a read-only folder can be read, and writes say why they cannot")
{
    demo();
    const auto folder = dir / "data";
    // Root writes through any chmod, so the folder is made read-only by a read-only bind mount.
    if (::mount(folder.c_str(), folder.c_str(), nullptr, MS_BIND, nullptr) != 0) {
        WARN("skipped: a read-only bind mount needs root (CAP_SYS_ADMIN)");
        return;
    }
    if (::mount(nullptr, folder.c_str(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
        ::umount(folder.c_str());
        WARN("skipped: the bind mount could not be made read-only");
        return;
    }
    REQUIRE(!std::filesystem::exists(db + "-shm")); // the reader cannot create one: it must open immutable
    const auto list = (*this)({"accounts", "list"});
    const auto check = (*this)({"check"});
    const auto search = (*this)({"search", "gmbh"});
    const auto add = (*this)({"accounts", "add", "--name", "Nope"});
    ::umount(folder.c_str());
    INFO(list.err << check.err << search.err);
    CHECK(list.exitCode == 0);
    CHECK(std::count(list.out.begin(), list.out.end(), '\n') == 21);
    CHECK(check.exitCode == 0);
    CHECK(search.exitCode == 0);
    CHECK(add.exitCode == 1);
    CHECK(add.err.find("read-only") != std::string::npos);
}

TEST_CASE_METHOD(SafeCli, "Restore puts a backup in place over a stale -wal and keeps the replaced database")
{
    demo();
    const auto backup = (dir / "b.db").string();
    REQUIRE((*this)({"backup", backup}).exitCode == 0);
    REQUIRE((*this)({"accounts", "add", "--name", "After The Backup", "--ref", "AFTER"}).exitCode == 0);
    {
        // A crash leaves a -wal that holds committed writes: copy it while a connection keeps it.
        Other crashed(db);
        REQUIRE(crashed.exec("PRAGMA wal_autocheckpoint = 0; UPDATE accounts SET name = 'In The Wal' "
                             "WHERE ref = 'AFTER'") == SQLITE_OK);
        std::filesystem::copy_file(db + "-wal", (dir / "stale-wal").string());
        SECTION("refused while another program has the database open")
        {
            const auto r = (*this)({"restore", backup});
            CHECK(r.exitCode == 1);
            CHECK(r.err.find("open in another program") != std::string::npos);
            return;
        }
    }
    std::filesystem::copy_file((dir / "stale-wal").string(), db + "-wal",
                               std::filesystem::copy_options::overwrite_existing);
    const auto r = (*this)({"restore", backup});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK((*this)({"check"}).out == "ok\n");
    CHECK((*this)({"accounts", "list"}).out.find("AFTER") == std::string::npos);
    std::filesystem::path kept;
    for (const auto& e : std::filesystem::directory_iterator(dir / "data"))
        if (e.path().filename().string().find("k.db.before-restore-") == 0 &&
            e.path().extension() != ".db-wal")
            kept = e.path();
    REQUIRE(!kept.empty());
    const auto old = runProcess(KEYSTONE_CLI, {"--db", kept.string(), "accounts", "list"},
                                {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    CHECK(old.out.find("In The Wal") != std::string::npos);
}

TEST_CASE_METHOD(SafeCli, "Restore checks the backup before anything is written")
{
    demo();
    const auto before = slurp(db);
    std::ofstream(dir / "junk.db") << "not a database at all";
    auto r = (*this)({"restore", (dir / "junk.db").string()});
    CHECK(r.exitCode == 1);
    std::ofstream(dir / "empty.db").close();
    r = (*this)({"restore", (dir / "empty.db").string()});
    CHECK(r.exitCode == 1);
    {
        Other foreign((dir / "foreign.db").string());
        REQUIRE(foreign.exec("CREATE TABLE t(x)") == SQLITE_OK);
    }
    r = (*this)({"restore", (dir / "foreign.db").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("not a Keystone backup") != std::string::npos);
    REQUIRE((*this)({"backup", (dir / "b.db").string()}).exitCode == 0);
    r = (*this)({"restore", (dir / "b.db").string(), "--passphrase-file", (dir / "p").string()});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("not encrypted") != std::string::npos);
    CHECK(slurp(db) == before);
    for (const auto& e : std::filesystem::directory_iterator(dir / "data"))
        CHECK(e.path().filename().string().find("before-restore") == std::string::npos);
}
