// Opens a Keystone database file safely: foreign keys on, WAL journal, a busy
// timeout, the schema version checked (a newer one is refused), and a backup taken
// before any migration runs.
#pragma once

#include "storage/Sqlite.h"

#include <filesystem>
#include <memory>
#include <string>

namespace keystone {

struct OpenOptions
{
    bool readOnly = false;
    bool create = true;         // create the file when it does not exist
    int busyTimeoutMs = 5000;   // how long to wait for another writer
    int targetVersion = -1;     // -1: the latest; tests open older schemas on purpose
};

class Database
{
public:
    static constexpr int kApplicationId = 0x4B53544E; // "KSTN"

    Database(const std::filesystem::path& path, const OpenOptions& options = {});

    sql::Connection& connection() { return *m_connection; }
    const std::filesystem::path& path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    bool isReadOnly() const { return m_readOnly; }
    // The backup written before the last migration, or empty when none ran.
    const std::filesystem::path& migrationBackup() const { return m_migrationBackup; }

    // A consistent copy of the database at `target`, written to a temporary file
    // beside it and renamed into place, so a failed backup leaves no partial file.
    void backupTo(const std::filesystem::path& target);

private:
    void configure(const OpenOptions& options);
    void upgrade(int from, int to);

    std::filesystem::path m_path;
    std::unique_ptr<sql::Connection> m_connection;
    int m_version = 0;
    bool m_readOnly = false;
    std::filesystem::path m_migrationBackup;
};

} // namespace keystone
