// Small RAII types over the sqlite3 C API: a connection owner, a prepared Statement
// that finalizes itself, and a Transaction guard that rolls back unless committed.
// Values only ever reach SQL through bind(); no SQL text is built from data.
#pragma once

#include "storage/DatabaseError.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace keystone::sql {

class Connection
{
public:
    // Opens (and with `create`, creates) the file. Throws DatabaseError. `immutable` opens a
    // file on a read-only medium: SQLite then takes no locks and creates no -wal or -shm.
    Connection(const std::string& path, bool readOnly, bool create, bool immutable = false);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // SQLite's page cache, in KiB. Reads keep a small one: a scan larger than the cache gains nothing
    // from a big one and pays for its fresh memory page by page (segmenting 50,000 accounts read
    // sale_months' 30 MB in 0.42 s with 64 MiB, 0.16 s with 2 MiB, in the sqlite3 shell). A write
    // transaction gets a large one, or a long transaction spills dirty pages to the WAL as the file
    // grows (the demo generator spent a fifth of its time in the kernel with 2 MiB).
    static constexpr int kReadCacheKiB = 8 * 1024;
    static constexpr int kWriteCacheKiB = 64 * 1024;
    void setCacheSize(int kibibytes);

    // Runs SQL without parameters (schema, pragmas). Never for values.
    void exec(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    const std::string& path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    // Throws a DatabaseError classified from an sqlite3 result code.
    [[noreturn]] void fail(int code, std::string_view context) const;

private:
    friend class Statement;
    // Statements are prepared once per connection and reused: a Statement hands its compiled
    // statement back here when it is destroyed (reset, bindings cleared), and the next Statement of
    // the same SQL text takes it instead of preparing again. Repositories prepare in every call
    // (creating an account prepared five statements), and preparing was a quarter of an import.
    struct TextHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    using StatementCache = std::unordered_map<std::string, std::vector<sqlite3_stmt*>, TextHash, std::equal_to<>>;
    static constexpr std::size_t kCachedTexts = 512; // distinct SQL texts kept; beyond that, prepared each time
    static constexpr std::size_t kCachedPerText = 4; // idle copies of one text (nested use needs more than one)

    friend class Transaction;
    sqlite3* m_db = nullptr;
    std::string m_path;
    StatementCache m_cache;
    int m_joinDepth = 0; // open Transactions of kind Joined

};

// Raises the page cache for one long read outside any transaction, and puts the read size back
// afterwards; inside a transaction it does nothing (a write transaction's cache is larger already).
// For reads that come back to the same pages at random, where a small cache reads a page again and
// again: a list of accounts walks their table in name order (12 MB at 50,000 accounts). A scan reads
// each page once and is better off with the small cache (fresh memory costs a page fault a page).
class LargerReadCache
{
public:
    LargerReadCache(Connection& connection, int kibibytes);
    ~LargerReadCache();
    LargerReadCache(const LargerReadCache&) = delete;
    LargerReadCache& operator=(const LargerReadCache&) = delete;

private:
    Connection& m_connection;
    bool m_raised = false;
};

class Statement
{
public:
    Statement(Connection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view value); // copied by SQLite
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bindBlob(int index, std::string_view bytes); // copied by SQLite
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Binds NULL for an empty string, for columns where "not set" is NULL (unique keys).
    Statement& bindTextOrNull(int index, std::string_view value);

    // True while a row is available.
    bool step();
    // Steps a statement that returns no rows.
    void run();
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    std::string text(int column) const;
    std::string_view textView(int column) const; // valid until the next step
    std::string_view blobView(int column) const; // valid until the next step
    std::optional<std::int64_t> optionalInt64(int column) const;

private:
    Connection* m_connection;
    sqlite3_stmt* m_stmt = nullptr;
    std::vector<sqlite3_stmt*>* m_idle = nullptr; // where the statement goes back to, if cached
};

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless committed.
// Nested guards become savepoints, so a use case can wrap several repository
// calls that each open their own transaction.
class Transaction
{
public:
    enum class Nesting {
        Savepoints, // a guard opened inside this one is a savepoint: it can fail alone
        // A guard opened inside this one joins it: no savepoint, its commit does nothing, and its
        // failure must fail this one too (the exception leaves the whole unit of work). For bulk
        // work that is all or nothing anyway: a savepoint per record made FTS5 write a segment
        // for each (50,000 new accounts in a sale import).
        Joined,
    };
    explicit Transaction(Connection& connection, Nesting nesting = Nesting::Savepoints);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_connection;
    std::string m_savepoint; // empty for the outermost transaction
    bool m_done = false;
    void ended(); // the outermost transaction committed or rolled back
    bool m_joined = false;    // inside a Joined transaction: nothing of its own
    bool m_joinsOthers = false; // this one is Joined

};

} // namespace keystone::sql
