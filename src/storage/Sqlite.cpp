#include "storage/Sqlite.h"

#include <sqlite3.h>

namespace keystone::sql {

namespace {

DatabaseError::Reason classify(int code)
{
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return DatabaseError::Reason::Locked;
    case SQLITE_READONLY:
        return DatabaseError::Reason::ReadOnly;
    case SQLITE_CORRUPT:
        return DatabaseError::Reason::Corrupt;
    case SQLITE_NOTADB:
        return DatabaseError::Reason::NotADatabase;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return DatabaseError::Reason::CannotOpen;
    case SQLITE_FULL:
        return DatabaseError::Reason::Full;
    default:
        return DatabaseError::Reason::Other;
    }
}

// PRAGMA takes no parameters; the size is an integer of ours, not data. Negative: KiB, not pages.
std::string cacheSizePragma(int kibibytes)
{
    return "PRAGMA cache_size = " + std::to_string(-static_cast<std::int64_t>(kibibytes));
}

// file:PATH?immutable=1, the path percent-encoded where a URI would read it otherwise.
std::string immutableUri(const std::string& path)
{
    static const char* hex = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const unsigned char ch : path) {
        if (ch == '%' || ch == '?' || ch == '#' || ch < 0x20 || ch >= 0x7F) {
            uri += '%';
            uri += hex[ch >> 4];
            uri += hex[ch & 0x0F];
        } else {
            uri += static_cast<char>(ch);
        }
    }
    return uri + "?immutable=1";
}

} // namespace

Connection::Connection(const std::string& path, bool readOnly, bool create, bool immutable) : m_path(path)
{
    int flags = readOnly || immutable ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly && !immutable)
        flags |= SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (immutable)
        flags |= SQLITE_OPEN_URI;
    const std::string name = immutable ? immutableUri(path) : path;
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw DatabaseError(classify(rc), path + ": cannot open the database: " + message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection()
{
    for (auto& [text, idle] : m_cache)
        for (auto* stmt : idle)
            sqlite3_finalize(stmt);
    sqlite3_close_v2(m_db);
}

void Connection::fail(int code, std::string_view context) const
{
    std::string message = m_path + ": " + std::string(context) + ": " + sqlite3_errmsg(m_db);
    const auto reason = classify(code);
    if ((code & 0xFF) == SQLITE_CONSTRAINT) {
        const int ext = code;
        if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY)
            throw ConflictError(message);
    }
    throw DatabaseError(reason, message);
}

void Connection::exec(std::string_view sqlText)
{
    const std::string copy(sqlText);
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, copy.c_str(), nullptr, nullptr, &error);
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        fail(rc, "statement failed");
    }
}

void Connection::setCacheSize(int kibibytes) { exec(cacheSizePragma(kibibytes)); }

std::int64_t Connection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::changes() const { return sqlite3_changes(m_db); }

Statement::Statement(Connection& connection, std::string_view sqlText) : m_connection(&connection)
{
    auto& cache = connection.m_cache;
    auto slot = cache.find(sqlText);
    if (slot == cache.end() && cache.size() < Connection::kCachedTexts)
        slot = cache.emplace(std::string(sqlText), std::vector<sqlite3_stmt*>{}).first;
    if (slot != cache.end()) {
        m_idle = &slot->second; // node-based map: the address stays valid as the map grows
        if (!m_idle->empty()) {
            m_stmt = m_idle->back();
            m_idle->pop_back();
            return;
        }
    }
    const int rc = sqlite3_prepare_v3(connection.handle(), sqlText.data(), static_cast<int>(sqlText.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        connection.fail(rc, "cannot prepare statement");
}

Statement::~Statement()
{
    if (!m_stmt)
        return;
    if (m_idle && m_idle->size() < Connection::kCachedPerText) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        m_idle->push_back(m_stmt);
    } else {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_connection(other.m_connection), m_stmt(other.m_stmt), m_idle(other.m_idle)
{
    other.m_stmt = nullptr;
    other.m_idle = nullptr;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_connection->fail(rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_connection->fail(rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value)
{
    const int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_connection->fail(rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    const int rc = sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        m_connection->fail(rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_connection->fail(rc, "cannot bind parameter");
    return *this;
}

Statement& Statement::bindTextOrNull(int index, std::string_view value)
{
    return value.empty() ? bindNull(index) : bind(index, value);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_stmt);
    m_connection->fail(rc, "statement failed");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string_view Statement::textView(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string_view Statement::blobView(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (!p)
        return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))};
}

std::string Statement::text(int column) const { return std::string(textView(column)); }

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

LargerReadCache::LargerReadCache(Connection& connection, int kibibytes) : m_connection(connection)
{
    if (sqlite3_get_autocommit(connection.handle()) && kibibytes > Connection::kReadCacheKiB) {
        connection.setCacheSize(kibibytes);
        m_raised = true;
    }
}

LargerReadCache::~LargerReadCache()
{
    if (m_raised && sqlite3_get_autocommit(m_connection.handle()))
        sqlite3_exec(m_connection.handle(), cacheSizePragma(Connection::kReadCacheKiB).c_str(), nullptr, nullptr,
                     nullptr);
}

Transaction::Transaction(Connection& connection, Nesting nesting) : m_connection(connection)
{
    if (connection.m_joinDepth > 0) {
        m_joined = true;
        return;
    }
    if (sqlite3_get_autocommit(connection.handle())) {
        connection.exec("BEGIN IMMEDIATE");
        connection.setCacheSize(Connection::kWriteCacheKiB);
    } else {
        static thread_local int counter = 0;
        m_savepoint = "ks_sp_" + std::to_string(++counter);
        connection.exec("SAVEPOINT " + m_savepoint);
    }
    if (nesting == Nesting::Joined) {
        m_joinsOthers = true;
        ++connection.m_joinDepth;
    }
}

Transaction::~Transaction()
{
    if (m_joined)
        return;
    if (m_joinsOthers && !m_done)
        --m_connection.m_joinDepth;
    if (m_done)
        return;
    // Errors here cannot be thrown from a destructor; SQLite rolls back on close anyway.
    if (m_savepoint.empty()) {
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        ended();
    } else {
        const std::string rollback = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint;
        sqlite3_exec(m_connection.handle(), rollback.c_str(), nullptr, nullptr, nullptr);
    }
}

void Transaction::commit()
{
    if (m_joined)
        return;
    m_connection.exec(m_savepoint.empty() ? std::string("COMMIT") : "RELEASE " + m_savepoint);
    m_done = true;
    if (m_savepoint.empty())
        ended();
    if (m_joinsOthers)
        --m_connection.m_joinDepth;
}

void Transaction::ended()
{
    // Back to the small cache of reads; the pages beyond it are freed. Not thrown from a destructor:
    // it cannot fail for a valid size.
    sqlite3_exec(m_connection.handle(), cacheSizePragma(Connection::kReadCacheKiB).c_str(), nullptr, nullptr, nullptr);
}

} // namespace keystone::sql
