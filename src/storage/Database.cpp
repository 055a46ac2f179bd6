#include "storage/Database.h"

#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"

#include <sqlite3.h>

#include <array>
#include <chrono>
#include <cstring>
#include <fstream>
#include <system_error>
#include <thread>

namespace keystone {

namespace {

int pragmaInt(sql::Connection& c, const char* pragma)
{
    sql::Statement st(c, pragma);
    return st.step() ? st.int32(0) : 0;
}

std::string timestamp()
{
    const auto now = std::chrono::system_clock::now();
    const auto secs = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    return std::to_string(secs);
}

std::uint32_t bigEndian(const unsigned char* p, int bytes)
{
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i)
        v = (v << 8) | p[i];
    return v;
}

// SQLite takes an empty file for an empty database, and reads a truncated one as far as it goes:
// both would pass for a Keystone database (an empty one would even be given a schema). The header
// says how long the file is; a shorter file lost its end. With a write-ahead log beside it the file
// may be short for a while (a checkpoint cut off), and the log is replayed, so it is left to SQLite.
void refuseDamagedFile(const std::filesystem::path& path, bool create)
{
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return; // not a regular file, or unreadable: SQLite's open says which
    if (size == 0) {
        if (create)
            return; // made into a database on purpose
        throw DatabaseError(DatabaseError::Reason::Corrupt,
                            path.string() + ": the file is empty (0 bytes); it is not a Keystone database, or "
                                            "it has lost its contents");
    }
    std::filesystem::path wal = path;
    wal += "-wal";
    if (std::filesystem::file_size(wal, ec) > 0 && !ec)
        return;
    std::ifstream in(path, std::ios::binary);
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    static constexpr char kMagic[] = "SQLite format 3";
    if (got < sizeof kMagic || std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        return; // not SQLite at all: the open says so
    const auto truncated = [&](std::uintmax_t expected) {
        return DatabaseError(DatabaseError::Reason::Corrupt,
                             path.string() + ": the file is truncated: its header says " + std::to_string(expected) +
                                 " bytes, the file holds " + std::to_string(size) + "; it is damaged");
    };
    if (got < header.size())
        throw truncated(header.size());
    const std::uint32_t pageSizeField = bigEndian(&header[16], 2);
    const std::uintmax_t pageSize = pageSizeField == 1 ? 65536 : pageSizeField;
    const std::uint32_t pages = bigEndian(&header[28], 4);
    // The page count is valid only when the file's change counter matches (SQLite's rule).
    const bool countValid = bigEndian(&header[24], 4) == bigEndian(&header[92], 4);
    if (countValid && pages > 0 && size < pageSize * pages)
        throw truncated(pageSize * pages);
}

} // namespace

Database::Database(const std::filesystem::path& path, const OpenOptions& options)
    : m_path(path), m_busyLimitMs(options.busyTimeoutMs), m_waitNotice(options.waitNotice)
{
    const bool memory = path == ":memory:";
    const bool exists = memory || std::filesystem::exists(path);
    if (!exists && !options.create)
        throw DatabaseError(DatabaseError::Reason::CannotOpen, path.string() + ": no such database file");
    if (exists && !memory)
        refuseDamagedFile(path, options.create);
    if (!memory && !options.readOnly && !folderIsWritable(path))
        throw DatabaseError(DatabaseError::Reason::ReadOnly,
                            path.string() + ": cannot write the database: its folder " +
                                (path.parent_path().empty() ? std::string(".") : path.parent_path().string()) +
                                " is read-only, and SQLite keeps its write-ahead log (-wal) beside the database. "
                                "Commands that only read still work.");
    if (!exists && !options.readOnly)
        createPrivateFile(path); // 0600 before SQLite writes a byte; its -wal and -shm take that mode
    try {
        try {
            open(options, false);
        } catch (const DatabaseError& e) {
            // After a crash the -wal needs recovery, which a read-only connection may not run
            // (SQLITE_READONLY_RECOVERY): a writable connection runs it on its first read (it takes
            // no write lock for that), and the reader opens again.
            if (!options.readOnly || memory || e.reason() != DatabaseError::Reason::ReadOnly ||
                !folderIsWritable(path))
                throw;
            {
                sql::Connection recovering(path.string(), false, false);
                sqlite3_busy_handler(recovering.handle(), &Database::onBusy, this);
                sql::Statement st(recovering, "PRAGMA user_version");
                st.step();
            }
            open(options, false);
        }
    } catch (const DatabaseError& e) {
        // A WAL database in a read-only folder or medium: a reader cannot create the -shm it
        // needs, so the file is read as it lies on disk. Nobody can write there meanwhile.
        if (!options.readOnly || memory || folderIsWritable(path) || e.reason() != DatabaseError::Reason::CannotOpen)
            throw;
        open(options, true);
    }
    const int latest = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (m_readOnly && m_version < latest) {
        if (m_immutable || !options.upgradeIfOlder)
            throw DatabaseError(DatabaseError::Reason::ReadOnly,
                                m_path.string() + ": the database has schema version " + std::to_string(m_version) +
                                    " and must be upgraded, but it can only be read here");
        OpenOptions writable = options;
        writable.readOnly = false;
        writable.upgradeIfOlder = false;
        open(writable, false);
    }
}

void Database::open(const OpenOptions& options, bool immutable)
{
    m_connection.reset();
    m_immutable = immutable;
    m_connection = std::make_unique<sql::Connection>(m_path.string(), options.readOnly, options.create, immutable);
    configure(options);
}

int Database::onBusy(void* self, int attempts)
{
    auto& db = *static_cast<Database*>(self);
    if (attempts == 0)
        db.m_waitedMs = 0;
    if (db.m_busyLimitMs >= 0 && db.m_waitedMs >= db.m_busyLimitMs)
        return 0; // SQLITE_BUSY: "database is locked"
    if (db.m_waitedMs >= 1000 && !db.m_noticed && db.m_waitNotice) {
        db.m_noticed = true;
        db.m_waitNotice();
    }
    // Short sleeps first (a reader's snapshot or a small write ends in milliseconds), then 50 ms.
    const int step = attempts < 10 ? 2 : attempts < 20 ? 10 : 50;
    std::this_thread::sleep_for(std::chrono::milliseconds(step));
    db.m_waitedMs += step;
    return 1;
}

void Database::configure(const OpenOptions& options)
{
    auto& c = *m_connection;
    sqlite3_busy_handler(c.handle(), &Database::onBusy, this);
    m_readOnly = options.readOnly || m_immutable || sqlite3_db_readonly(c.handle(), "main") == 1;

    // Reading the header is the first thing that fails on a file that is not a database.
    int version = 0;
    int appId = 0;
    try {
        version = pragmaInt(c, "PRAGMA user_version");
        appId = pragmaInt(c, "PRAGMA application_id");
    } catch (const DatabaseError& e) {
        if (e.reason() == DatabaseError::Reason::NotADatabase || e.reason() == DatabaseError::Reason::Corrupt)
            throw DatabaseError(e.reason(), m_path.string() + ": this file is not a Keystone database or it is damaged");
        throw;
    }
    const int tables = [&] {
        sql::Statement st(c, "SELECT count(*) FROM sqlite_schema");
        return st.step() ? st.int32(0) : 0;
    }();
    if (appId != kApplicationId && (appId != 0 || tables > 0))
        throw DatabaseError(DatabaseError::Reason::NotADatabase,
                            m_path.string() + ": this is an SQLite database, but not one of Keystone's");

    const int latest = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (version > latestSchemaVersion())
        throw DatabaseError(DatabaseError::Reason::TooNew,
                            m_path.string() + ": the database has schema version " + std::to_string(version) +
                                ", made by a newer Keystone; this version reads up to " +
                                std::to_string(latestSchemaVersion()) + ". Update Keystone to open it.");

    c.exec("PRAGMA foreign_keys = ON");
    // The page cache of reads; write transactions raise it while they run (sql::Connection).
    c.setCacheSize(sql::Connection::kReadCacheKiB);
    // Sorts and temporary tables larger than the cache spill to a temporary file rather than
    // memory: the sort behind rebuilding sales_account_date after a 5-million-line import holds an
    // entry per line, and in memory it made the import's peak grow with the file. Below the cache
    // size nothing is written either way. Set here once: it cannot change inside a transaction
    // once the temporary database is open (ALTER TABLE opens it, in migration 4).
    c.exec("PRAGMA temp_store = FILE");
    if (!m_readOnly) {
        if (m_path != ":memory:")
            c.exec("PRAGMA journal_mode = WAL");
        c.exec("PRAGMA synchronous = FULL");
        // Take the write lock once now, so that a file locked by another program is
        // reported (or waited for, with the notice) at open time rather than at the first save.
        // Readers never come here: they open read-only and take no write lock.
        c.exec("BEGIN IMMEDIATE");
        c.exec("ROLLBACK");
        if (version < latest)
            upgrade(version, latest);
    } else if (version < latest && !options.upgradeIfOlder) {
        throw DatabaseError(DatabaseError::Reason::ReadOnly,
                            m_path.string() + ": the database has schema version " + std::to_string(version) +
                                " and must be upgraded, but it is opened read-only");
    }
    m_version = pragmaInt(c, "PRAGMA user_version");
}

void Database::upgrade(int from, int to)
{
    auto& c = *m_connection;
    if (from > 0 && m_path != ":memory:") {
        m_migrationBackup = m_path;
        m_migrationBackup += ".v" + std::to_string(from) + "-" + timestamp() + ".bak";
        backupTo(m_migrationBackup);
    }
    if (from == 0)
        c.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    migrate(c, from, to);
}

void Database::backupTo(const std::filesystem::path& target)
{
    // Exclusive and 0600 from the start: a backup holds everything the database does.
    const std::filesystem::path temp = createPrivateTemporary(target, ".part");
    try {
        sql::Connection out(temp.string(), false, false);
        sqlite3_backup* backup = sqlite3_backup_init(out.handle(), "main", m_connection->handle(), "main");
        if (!backup)
            out.fail(sqlite3_errcode(out.handle()), "cannot start the backup");
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            throw DatabaseError((rc & 0xFF) == SQLITE_FULL ? DatabaseError::Reason::Full : DatabaseError::Reason::Other,
                                target.string() + ": the backup failed: " + sqlite3_errstr(rc));
        // The copy is a rollback-journal file on its own; no -wal beside it.
        out.exec("PRAGMA journal_mode = DELETE");
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(temp, ignored);
        throw;
    }
    std::error_code ec;
    std::filesystem::rename(temp, target, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        throw DatabaseError(DatabaseError::Reason::Other, target.string() + ": cannot write the backup: " + ec.message());
    }
    syncFolder(target.parent_path());
}

} // namespace keystone
