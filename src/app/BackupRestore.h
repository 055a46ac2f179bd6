// Restoring a backup over the database (`keystone-cli restore BACKUP`): the backup is copied
// and checked before anything is written (integrity, schema version, application id), the
// restore is refused while another process has the database open, the replaced database is
// kept as FILE.before-restore-TIME, its -wal goes with it (never replayed over the restored
// file), and the restored file takes the database's name in one rename (docs/safety.md).
#pragma once

#include <filesystem>

namespace keystone {

struct RestoreResult
{
    std::filesystem::path kept; // the replaced database, or empty when there was none
    int schemaVersion = 0;      // of the backup
};

// Throws Error (OpenError for a damaged or foreign backup) naming the file; nothing is
// written before every check passed.
RestoreResult restoreBackup(const std::filesystem::path& database, const std::filesystem::path& backup);

// Whether a process other than this one has the database open (SQLite's locks on the
// database file and its -shm), so that a restore would pull the file from under it.
bool databaseInUse(const std::filesystem::path& database);

} // namespace keystone
