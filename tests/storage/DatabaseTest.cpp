#include "TempDir.h"
#include "storage/Migrations.h"
#include "storage/SearchEntries.h"
#include "storage/SqliteSaleRepository.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <fstream>
#include <map>
#include <string>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

int pragma(sql::Connection& c, const char* text)
{
    sql::Statement st(c, text);
    REQUIRE(st.step());
    return st.int32(0);
}

DatabaseError::Reason openReason(const std::filesystem::path& path, OpenOptions options = {})
{
    try {
        Store store(path, kClock, options);
    } catch (const DatabaseError& e) {
        return e.reason();
    }
    FAIL("the database opened");
    return DatabaseError::Reason::Other;
}

} // namespace

TEST_CASE("A range of time across every account's interactions is read through the index on time")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    // The shape of SqliteInteractionRepository::listBetween (the dashboard's recent interactions).
    sql::Statement plan(store.database().connection(), R"sql(
        EXPLAIN QUERY PLAN SELECT id FROM interactions
        WHERE occurred_at BETWEEN ?1 AND ?2 ORDER BY occurred_at DESC, id DESC)sql");
    std::string details;
    while (plan.step())
        details += plan.text(3) + "\n";
    CHECK(details.find("INDEX interactions_time") != std::string::npos);
    CHECK(details.find("SCAN interactions\n") == std::string::npos);
}

TEST_CASE("A new database is created at the latest schema with safe settings")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    auto& c = store.database().connection();
    CHECK(store.database().schemaVersion() == latestSchemaVersion());
    CHECK(pragma(c, "PRAGMA user_version") == latestSchemaVersion());
    CHECK(pragma(c, "PRAGMA foreign_keys") == 1);
    CHECK(pragma(c, "PRAGMA application_id") == Database::kApplicationId);
    sql::Statement mode(c, "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
    CHECK(store.check().empty());
    CHECK(store.database().migrationBackup().empty()); // nothing to back up when new
}

TEST_CASE("A database from a newer Keystone is refused with a clear message")
{
    TempDir dir;
    {
        Store store(dir / "k.db", kClock);
        store.database().connection().exec("PRAGMA user_version = 99");
    }
    try {
        Store store(dir / "k.db", kClock);
        FAIL("opened");
    } catch (const DatabaseError& e) {
        CHECK(e.reason() == DatabaseError::Reason::TooNew);
        CHECK_THAT(e.what(), Catch::Contains("schema version 99") && Catch::Contains("newer Keystone"));
    }
}

TEST_CASE("Files that are not Keystone databases are refused")
{
    TempDir dir;
    {
        std::ofstream junk(dir / "junk.db", std::ios::binary);
        junk << std::string(4096, 'x');
    }
    CHECK(openReason(dir / "junk.db") == DatabaseError::Reason::NotADatabase);

    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open((dir / "other.db").c_str(), &raw) == SQLITE_OK);
    sqlite3_exec(raw, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    CHECK(openReason(dir / "other.db") == DatabaseError::Reason::NotADatabase);

    OpenOptions noCreate;
    noCreate.create = false;
    CHECK(openReason(dir / "missing.db", noCreate) == DatabaseError::Reason::CannotOpen);
}

TEST_CASE("A database locked by another writer is reported as locked")
{
    TempDir dir;
    { Store store(dir / "k.db", kClock); }
    sqlite3* other = nullptr;
    REQUIRE(sqlite3_open((dir / "k.db").c_str(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    OpenOptions options;
    options.busyTimeoutMs = 50;
    CHECK(openReason(dir / "k.db", options) == DatabaseError::Reason::Locked);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
}

TEST_CASE("A read-only store refuses writes")
{
    TempDir dir;
    { Store store(dir / "k.db", kClock); }
    OpenOptions options;
    options.readOnly = true;
    Store store(dir / "k.db", kClock, options);
    CHECK(store.database().isReadOnly());
    Account a;
    a.name = "Acme";
    try {
        store.accounts().create(a);
        FAIL("wrote to a read-only store");
    } catch (const DatabaseError& e) {
        CHECK(e.reason() == DatabaseError::Reason::ReadOnly);
    }
}

TEST_CASE("Every earlier schema version migrates, after a backup, keeping the data")
{
    for (int version = 1; version < latestSchemaVersion(); ++version) {
        DYNAMIC_SECTION("from version " << version)
        {
            TempDir dir;
            const auto path = dir / "old.db";
            {
                OpenOptions old;
                old.targetVersion = version;
                Database db(path, old);
                REQUIRE(db.schemaVersion() == version);
                auto& c = db.connection();
                c.exec("INSERT INTO accounts(id, name, name_key, ref, created_at, updated_at) "
                       "VALUES (1, 'Acme', 'acme', 'A1', 0, 0)");
                search_entries::refresh(c, SearchKind::Account, 1); // as the writers of every version did
                if (version < 6) {
                    c.exec("INSERT INTO sales(account_id, sale_date, amount) VALUES (1, 15000, 100000), "
                           "(1, 15001, 50000), (1, 15100, -20000)");
                } else { // from version 6 the lines are packed in chunks, with their monthly totals
                    std::vector<SaleLine> lines(3);
                    const std::pair<int, std::int64_t> rows[] = {{15000, 100000}, {15001, 50000}, {15100, -20000}};
                    for (std::size_t i = 0; i < lines.size(); ++i) {
                        lines[i].accountId = 1;
                        lines[i].date = Date::fromDays(rows[i].first);
                        lines[i].amount = Money::fromUnits(rows[i].second);
                    }
                    SqliteSaleRepository(c).add(lines);
                }
                if (version >= 2 && version < 5) // versions 2-4 keep a row of monthly totals per month
                    c.exec("INSERT INTO sale_months(account_id, month, amount, margin, lines, first_day, last_day) "
                           "VALUES (1, 24132, 150000, 0, 2, 15000, 15001), (1, 24136, -20000, 0, 1, 15100, 15100)");
            }
            Store store(path, kClock);
            CHECK(store.database().schemaVersion() == latestSchemaVersion());
            const auto backup = store.database().migrationBackup();
            REQUIRE_FALSE(backup.empty());
            CHECK(std::filesystem::exists(backup));
            CHECK(backup.string().find(".v" + std::to_string(version) + "-") != std::string::npos);
            CHECK(store.accounts().findByRef("A1")->name == "Acme");
            CHECK(store.sales().count({}) == 3);
            Money total;
            store.sales().forEachMonthlyTotal(std::nullopt, std::nullopt,
                                              [&](const MonthlyTotal& t) { total += t.amount; });
            CHECK(total == Money::fromUnits(130000));
            CHECK(store.check().empty());
            // The backup is the old database, still at its version.
            Database old(backup, OpenOptions{true, false, 5000, version, {}, false});
            CHECK(old.schemaVersion() == version);
        }
    }
}

TEST_CASE("A backup is a complete, consistent copy")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    store.database().backupTo(dir / "copy.db");
    CHECK_FALSE(std::filesystem::exists(dir / "copy.db.part"));
    Store copy(dir / "copy.db", kClock);
    CHECK(copy.accounts().find(a.id)->name == "Acme");
}

TEST_CASE("check finds broken invariants")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    std::vector<SaleLine> lines(1);
    lines[0].accountId = a.id;
    lines[0].date = *Date::fromYmd(2026, 3, 4);
    lines[0].amount = Money::fromMajor(10);
    store.sales().add(lines);
    REQUIRE(store.check().empty());
    auto& c = store.database().connection();
    c.exec("DELETE FROM sale_totals");
    auto problems = store.check();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Catch::Contains("2026-03") && Catch::Contains("does not match"));
    store.sales().rebuildMonthlyTotals();
    CHECK(store.check().empty());
    c.exec("UPDATE sale_totals SET lines = lines + 1");
    problems = store.check();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Catch::Contains("line count") && Catch::Contains("account " + std::to_string(a.id)));
    // Bytes that are not packed totals are named, account and table, rather than read as numbers.
    c.exec("UPDATE sale_totals SET lines = 1, months = x'01ff'");
    problems = store.check();
    REQUIRE(problems.size() == 2); // the damaged value, and so the month it no longer holds
    CHECK_THAT(problems[0], Catch::Contains("sale_totals") && Catch::Contains("damaged"));
    CHECK_THROWS_AS(store.sales().forEachMonthlyTotal(std::nullopt, std::nullopt, [](const MonthlyTotal&) {}),
                    DatabaseError);
    store.sales().rebuildMonthlyTotals();
    CHECK(store.check().empty());
    store.database().connection().exec("PRAGMA foreign_keys = OFF; INSERT INTO contacts(account_id, name, name_key, "
                                       "created_at, updated_at) VALUES (999, 'Ghost', 'ghost', 0, 0)");
    search_entries::refresh(c, SearchKind::Contact, c.lastInsertId()); // indexed, as a writer would
    const auto fk = store.check();
    REQUIRE(fk.size() == 1);
    CHECK_THAT(fk[0], Catch::Contains("contacts") && Catch::Contains("accounts"));
}

TEST_CASE("Transactions nest and roll back unless committed")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    {
        auto outer = store.transaction();
        Account a;
        a.name = "Kept";
        store.accounts().create(a);
        {
            auto inner = store.transaction();
            Account b;
            b.name = "Dropped";
            store.accounts().create(b);
        } // not committed: rolled back to the savepoint
        outer.commit();
    }
    const auto all = store.accounts().list({});
    REQUIRE(all.size() == 1);
    CHECK(all[0].name == "Kept");
    {
        auto tx = store.transaction();
        Account c;
        c.name = "Never";
        store.accounts().create(c);
    }
    CHECK(store.accounts().count({}) == 1);
}

TEST_CASE("Statements of one SQL text can be open at once, and come back clean")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    auto& c = store.database().connection();
    const std::string text = "SELECT ?1 + 1";
    {
        sql::Statement outer(c, text);
        outer.bind(1, 1);
        REQUIRE(outer.step());
        sql::Statement inner(c, text); // the outer one is still stepping: a second one is prepared
        inner.bind(1, 10);
        REQUIRE(inner.step());
        CHECK(inner.int64(0) == 11);
        CHECK(outer.int64(0) == 2);
    }
    // Taken from the cache: reset, its old binding cleared.
    sql::Statement again(c, text);
    REQUIRE(again.step());
    CHECK(again.isNull(0));
}

TEST_CASE("The page cache is small for reads and large while a write transaction runs")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    auto& c = store.database().connection();
    CHECK(pragma(c, "PRAGMA cache_size") == -sql::Connection::kReadCacheKiB);
    {
        auto tx = store.transaction();
        CHECK(pragma(c, "PRAGMA cache_size") == -sql::Connection::kWriteCacheKiB);
        tx.commit();
    }
    CHECK(pragma(c, "PRAGMA cache_size") == -sql::Connection::kReadCacheKiB);
    {
        auto tx = store.transaction(); // rolled back
    }
    CHECK(pragma(c, "PRAGMA cache_size") == -sql::Connection::kReadCacheKiB);
    // A long read may take a larger cache for its time; inside a write transaction it keeps that one's.
    {
        sql::LargerReadCache larger(c, 32 * 1024);
        CHECK(pragma(c, "PRAGMA cache_size") == -32 * 1024);
    }
    CHECK(pragma(c, "PRAGMA cache_size") == -sql::Connection::kReadCacheKiB);
    {
        auto tx = store.transaction();
        {
            sql::LargerReadCache larger(c, 32 * 1024);
            CHECK(pragma(c, "PRAGMA cache_size") == -sql::Connection::kWriteCacheKiB);
        }
        CHECK(pragma(c, "PRAGMA cache_size") == -sql::Connection::kWriteCacheKiB);
    }
    CHECK(pragma(c, "PRAGMA cache_size") == -sql::Connection::kReadCacheKiB);
}

TEST_CASE("Inside a joined transaction, nested guards join it and fail with it")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    {
        auto outer = store.transaction(sql::Transaction::Nesting::Joined);
        Account a;
        a.name = "Joined";
        store.accounts().create(a); // its own guard joins: no savepoint
        {
            auto inner = store.transaction();
            Account b;
            b.name = "Also kept";
            store.accounts().create(b);
        } // not committed, but joined: nothing of its own to roll back
        outer.commit();
    }
    CHECK(store.accounts().count({}) == 2);
    try {
        auto outer = store.transaction(sql::Transaction::Nesting::Joined);
        Account c;
        c.name = "Gone";
        store.accounts().create(c);
        Account clash;
        clash.name = "Clash";
        clash.ref = "R1";
        store.accounts().create(clash);
        Account again = clash;
        store.accounts().create(again); // a duplicate reference fails, and the whole unit with it
        outer.commit();
        FAIL("a duplicate reference was stored");
    } catch (const ConflictError&) {
    }
    CHECK(store.accounts().count({}) == 2);
    // Afterwards guards nest as savepoints again.
    {
        auto outer = store.transaction();
        {
            auto inner = store.transaction();
            Account d;
            d.name = "Dropped";
            store.accounts().create(d);
        }
        outer.commit();
    }
    CHECK(store.accounts().count({}) == 2);
}

namespace {

// A database at schema 3 holding account 1, import batches 1 and 2, and the given sale lines
// ("(id, account, day, amount, batch), ...").
void writeVersion3(const std::filesystem::path& path, const std::string& saleRows)
{
    OpenOptions old;
    old.targetVersion = 3;
    Database db(path, old);
    auto& c = db.connection();
    c.exec("INSERT INTO accounts(id, name, name_key, ref, created_at, updated_at) VALUES (1, 'Acme', 'acme', 'A1', 0, 0)");
    search_entries::refresh(c, SearchKind::Account, 1); // as the writers of version 3 did
    c.exec("INSERT INTO import_batches(id, kind, file_name, sha256, imported_at) VALUES "
           "(1, 'sales', 'a.csv', 'a', 0), (2, 'sales', 'b.csv', 'b', 0)");
    c.exec("INSERT INTO sales(id, account_id, sale_date, amount, batch_id) VALUES " + saleRows);
}

} // namespace

TEST_CASE("Schema 4 keeps each import batch's sale lines as a range of ids")
{
    TempDir dir;
    const auto path = dir / "v3.db";
    // By hand, batch 1, batch 2, by hand: as version 3 handed out the ids.
    writeVersion3(path, "(1, 1, 15000, 100, NULL), (2, 1, 15001, 200, 1), (3, 1, 15002, 300, 1), "
                        "(4, 1, 15003, 400, 2), (5, 1, 15004, 500, NULL)");
    Store store(path, kClock);
    REQUIRE(store.database().schemaVersion() == latestSchemaVersion());
    // Schema 6 packs the lines into chunks with new ids; each keeps its batch (the amounts tell
    // the lines apart here).
    std::map<std::int64_t, std::optional<BatchId>> batchOf;
    for (const auto& l : store.sales().list({}))
        batchOf[l.amount.units()] = l.batchId;
    CHECK(batchOf == std::map<std::int64_t, std::optional<BatchId>>{
                         {100, std::nullopt}, {200, BatchId{1}}, {300, BatchId{1}}, {400, BatchId{2}}, {500, std::nullopt}});
    {
        sql::Statement st(store.database().connection(),
                          "SELECT count(*) FROM sqlite_schema WHERE name IN ('sales', 'import_batch_sales')");
        REQUIRE(st.step());
        CHECK(st.int64(0) == 0);
    }
    store.sales().rebuildMonthlyTotals();
    CHECK(store.sales().removeBatch(1) == 2);
    CHECK(store.sales().count({}) == 3);
    CHECK(store.check().empty());
}

TEST_CASE("Schema 4 refuses to take a line that is not a batch's into its range")
{
    TempDir dir;
    const auto path = dir / "v3.db";
    // Not something version 3 would write, but a damaged or hand-edited file can hold it.
    writeVersion3(path, "(1, 1, 15000, 100, 1), (2, 1, 15001, 200, NULL), (3, 1, 15002, 300, 1)");
    CHECK_THROWS_WITH(Store(path, kClock), Catch::Contains("sale line 2") && Catch::Contains("import batch 1"));
    // Nothing changed: the file is still at version 3.
    Database db(path, OpenOptions{true, false, 5000, 3, {}, false});
    CHECK(db.schemaVersion() == 3);
}
