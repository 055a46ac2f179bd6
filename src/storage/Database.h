// Opens a Keystone database file safely: foreign keys on, WAL journal, a busy
// timeout, the schema version checked (a newer one is refused), and a backup taken
// before any migration runs. A read-only open takes no write lock, so readers go on
// while another process writes (WAL); on a read-only folder or medium it opens the
// file immutable (docs/safety.md).
#pragma once

#include "storage/Sqlite.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <string>

namespace keystone {

struct OpenOptions
{
    bool readOnly = false;
    bool create = true;         // create the file when it does not exist
    int busyTimeoutMs = 5000;   // how long to wait for another writer; -1: as long as it takes
    int targetVersion = -1;     // -1: the latest; tests open older schemas on purpose
    // Called once when a write has waited a second for another process's write lock, so a
    // face can say why nothing happens (the CLI prints it on stderr).
    std::function<void()> waitNotice;
    // A read-only open of an older schema reopens writable to upgrade it (the CLI's reading
    // commands, which upgraded before they opened read-only); otherwise it is refused.
    bool upgradeIfOlder = false;
};

class Database
{
public:
    static constexpr int kApplicationId = 0x4B53544E; // "KSTN"

    Database(const std::filesystem::path& path, const OpenOptions& options = {});
    // The busy handler holds `this`.
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sql::Connection& connection() { return *m_connection; }
    const std::filesystem::path& path() const { return m_path; }
    int schemaVersion() const { return m_version; }
    bool isReadOnly() const { return m_readOnly; }
    // Opened immutable: a read-only folder or medium, where SQLite can create no -shm.
    bool isImmutable() const { return m_immutable; }
    // The backup written before the last migration, or empty when none ran.
    const std::filesystem::path& migrationBackup() const { return m_migrationBackup; }

    // A consistent copy of the database at `target`, written to a temporary file
    // beside it and renamed into place, so a failed backup leaves no partial file.
    void backupTo(const std::filesystem::path& target);

private:
    void open(const OpenOptions& options, bool immutable);
    void configure(const OpenOptions& options);
    void upgrade(int from, int to);
    static int onBusy(void* self, int attempts);

    std::filesystem::path m_path;
    std::unique_ptr<sql::Connection> m_connection;
    int m_version = 0;
    bool m_readOnly = false;
    bool m_immutable = false;
    std::filesystem::path m_migrationBackup;
    int m_busyLimitMs = 5000;
    int m_waitedMs = 0; // in the current wait
    std::function<void()> m_waitNotice;
    bool m_noticed = false;
};

} // namespace keystone
