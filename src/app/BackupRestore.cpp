#include "app/BackupRestore.h"

#include "app/OpenError.h"
#include "app/Paths.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace keystone {

namespace {

std::filesystem::path withSuffix(const std::filesystem::path& path, const std::string& suffix)
{
    std::filesystem::path p = path;
    p += suffix;
    return p;
}

// Whether another process holds (or waits for) a lock on bytes [start, start + length) of `file`.
bool lockedElsewhere(const std::filesystem::path& file, off_t start, off_t length)
{
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock
    {
    };
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    const bool locked = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return locked;
}

std::string restoreTime()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &utc);
    return text;
}

// Copies the backup (through SQLite, so a backup in WAL mode comes with its -wal) into a new
// private file beside the database, in rollback-journal mode, and checks the copy: what is
// checked is what is put in place.
std::filesystem::path checkedCopy(const std::filesystem::path& database, const std::filesystem::path& backup)
{
    const std::filesystem::path copy = createPrivateTemporary(database, ".restore");
    try {
        {
            sql::Connection from(backup.string(), true, false);
            sql::Connection to(copy.string(), false, false);
            sqlite3_backup* b = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
            if (!b)
                to.fail(sqlite3_errcode(to.handle()), "cannot copy the backup");
            const int rc = sqlite3_backup_step(b, -1);
            sqlite3_backup_finish(b);
            if (rc != SQLITE_DONE)
                throw OpenError((rc & 0xFF) == SQLITE_FULL ? OpenError::Reason::Full
                                                           : OpenError::Reason::Corrupt,
                                backup.string() + ": cannot read the backup: " + sqlite3_errstr(rc));
            to.exec("PRAGMA journal_mode = DELETE");
        }
        sql::Connection check(copy.string(), true, false);
        const auto number = [&](const char* pragma) {
            sql::Statement st(check, pragma);
            return st.step() ? st.int64(0) : 0;
        };
        if (number("PRAGMA application_id") != Database::kApplicationId)
            throw OpenError(OpenError::Reason::NotADatabase,
                            backup.string() + ": this is not a Keystone backup");
        const auto version = number("PRAGMA user_version");
        if (version < 1)
            throw OpenError(OpenError::Reason::NotADatabase,
                            backup.string() + ": the backup holds no Keystone schema");
        if (version > latestSchemaVersion())
            throw OpenError(OpenError::Reason::TooNew, backup.string() + ": the backup has schema version " +
                                                           std::to_string(version) +
                                                           ", made by a newer Keystone");
        sql::Statement integrity(check, "PRAGMA integrity_check");
        while (integrity.step())
            if (integrity.text(0) != "ok")
                throw OpenError(OpenError::Reason::Corrupt,
                                backup.string() + ": the backup is damaged: " + integrity.text(0));
    } catch (const DatabaseError& e) {
        std::error_code ignored;
        std::filesystem::remove(copy, ignored);
        throw OpenError(e.reason() == DatabaseError::Reason::Full ? OpenError::Reason::Full
                                                                  : OpenError::Reason::NotADatabase,
                        backup.string() + ": this is not a readable Keystone backup (" + e.what() + ")");
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(copy, ignored);
        throw;
    }
    return copy;
}

} // namespace

bool databaseInUse(const std::filesystem::path& database)
{
    // SQLite's unix locks: a WAL connection holds a read lock on the -shm's DMS byte (128) for as
    // long as it is open; a rollback-journal transaction locks the bytes from 1 GiB on the file.
    constexpr off_t kPendingByte = 0x40000000;
    return lockedElsewhere(withSuffix(database, "-shm"), 128, 1) ||
           lockedElsewhere(database, kPendingByte, 512 + 2);
}

RestoreResult restoreBackup(const std::filesystem::path& database, const std::filesystem::path& backup)
{
    if (!std::filesystem::is_regular_file(backup))
        throw Error(backup.string() + ": no such backup file");
    if (databaseInUse(database))
        throw Error(database.string() + " is open in another program (Keystone, or keystone-cli); close it "
                                        "and restore again");
    // Restoring into a new place (another machine, --db elsewhere) makes its folder, private.
    if (!database.parent_path().empty())
        createPrivateDirectories(database.parent_path());
    RestoreResult result;
    const std::filesystem::path copy = checkedCopy(database, backup);
    {
        sql::Connection probe(copy.string(), true, false);
        sql::Statement st(probe, "PRAGMA user_version");
        result.schemaVersion = st.step() ? st.int32(0) : 0;
    }
    try {
        const bool exists = std::filesystem::exists(database);
        if (exists) {
            // Fold the old -wal into the old file first, so what is kept is whole; a file too
            // damaged for that is kept as it is, its -wal beside it.
            try {
                sql::Connection old(database.string(), false, false);
                old.exec("PRAGMA wal_checkpoint(TRUNCATE)");
            } catch (const DatabaseError&) {
            }
            std::filesystem::path kept = withSuffix(database, ".before-restore-" + restoreTime());
            for (int n = 2; std::filesystem::exists(kept); ++n)
                kept = withSuffix(database, ".before-restore-" + restoreTime() + "-" + std::to_string(n));
            std::filesystem::create_hard_link(database, kept);
            result.kept = kept;
            // The old -wal must not be replayed over the restored file: its frames carry no mark
            // of the file they belong to. It stays with the kept database.
            for (const char* suffix : {"-wal", "-shm"}) {
                const auto side = withSuffix(database, suffix);
                if (!std::filesystem::exists(side))
                    continue;
                if (std::string(suffix) == "-wal" && std::filesystem::file_size(side) > 0)
                    std::filesystem::rename(side, withSuffix(kept, suffix));
                else
                    std::filesystem::remove(side);
            }
        }
        std::filesystem::rename(copy, database);
        syncFolder(database.parent_path());
    } catch (...) {
        std::error_code ignored;
        std::filesystem::remove(copy, ignored);
        throw;
    }
    return result;
}

} // namespace keystone
