// The packed monthly totals of schema 5 (storage/SaleTotals.h) and the migration that writes them.
#include "TempDir.h"
#include "storage/DatabaseError.h"
#include "storage/Migrations.h"
#include "storage/SaleTotals.h"
#include "storage/SearchEntries.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(DateTime::fromUnixSeconds(1'750'000'000));

MonthlyTotal month(AccountId account, int year, int m, std::int64_t amount, std::int64_t margin, std::int64_t lines,
                   int firstDay, int lastDay)
{
    MonthlyTotal t;
    t.accountId = account;
    t.month = year * 12 + m - 1;
    t.amount = Money::fromUnits(amount);
    t.margin = Money::fromUnits(margin);
    t.lines = lines;
    t.firstDay = *Date::fromYmd(year, m, firstDay);
    t.lastDay = *Date::fromYmd(year, m, lastDay);
    return t;
}

bool same(const MonthlyTotal& a, const MonthlyTotal& b)
{
    return a.accountId == b.accountId && a.month == b.month && a.amount == b.amount && a.margin == b.margin &&
           a.lines == b.lines && a.firstDay == b.firstDay && a.lastDay == b.lastDay;
}

} // namespace

TEST_CASE("Packed monthly totals read back exactly what was written")
{
    constexpr auto most = std::numeric_limits<std::int64_t>::max();
    constexpr auto least = std::numeric_limits<std::int64_t>::min();
    const std::vector<MonthlyTotal> months = {
        month(7, 1969, 12, -5, 0, 1, 31, 31),                 // before day 0, a return
        month(7, 2024, 1, 22'528'428'100, 3'100'000, 4906, 1, 31),
        month(7, 2024, 2, 0, -42, 2, 10, 10),                  // net zero, a negative margin
        month(7, 2024, 9, most, least, 1'000'000, 2, 29),      // a gap of months, extreme sums
        month(7, 2031, 6, least, most, 1, 30, 30),
    };
    const std::string bytes = sale_totals::encode(months);
    std::vector<MonthlyTotal> back = {month(1, 2000, 1, 1, 1, 1, 1, 1)}; // replaced, not appended to
    sale_totals::decode(bytes, 7, back);
    REQUIRE(back.size() == months.size());
    for (std::size_t i = 0; i < months.size(); ++i) {
        INFO("month " << i);
        CHECK(same(back[i], months[i]));
    }
    // A typical month costs about a dozen bytes, not a row of its own.
    const std::vector<MonthlyTotal> typical = {month(1, 2024, 1, 22'528'428'100, 0, 4906, 1, 31),
                                               month(1, 2024, 2, 22'186'235'700, 0, 4885, 1, 28)};
    CHECK(sale_totals::encode(typical).size() <= 1 + 2 * 14);
    sale_totals::decode(sale_totals::encode({}), 3, back);
    CHECK(back.empty());
}

TEST_CASE("Damaged packed totals are refused, naming the account")
{
    const MonthlyTotal march = month(42, 2024, 3, 1'000'000, 0, 3, 1, 20);
    const std::string good = sale_totals::encode({march});
    std::vector<MonthlyTotal> out;
    const auto refused = [&](const std::string& bytes, const std::string& what) {
        INFO(what);
        try {
            sale_totals::decode(bytes, 42, out);
            FAIL("decoded damaged totals");
        } catch (const DatabaseError& e) {
            CHECK(e.reason() == DatabaseError::Reason::Corrupt);
            CHECK_THAT(e.what(), Catch::Contains("account 42") && Catch::Contains("sale_totals"));
        }
    };
    refused("", "empty");
    refused(std::string(1, '\x02') + good.substr(1), "another format");
    refused(good.substr(0, good.size() - 1), "cut short");
    refused(sale_totals::encode({march, march}), "the same month twice");
    refused(good + std::string(11, '\xff'), "a number of more than 64 bits");
    refused(std::string("\x01\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 10), "a month step beyond 9999");
    MonthlyTotal far = march;
    far.lastDay = Date::fromDays(5'000'000);
    refused(sale_totals::encode({far}), "a day beyond the range of dates");
}

TEST_CASE("Adding a month to packed totals keeps them in month order")
{
    std::vector<MonthlyTotal> months = {month(1, 2024, 3, 100, 10, 1, 5, 5)};
    sale_totals::add(months, month(1, 2024, 1, 50, 5, 2, 2, 9));
    sale_totals::add(months, month(1, 2024, 5, 70, 0, 1, 1, 1));
    sale_totals::add(months, month(1, 2024, 3, -30, 1, 1, 2, 28));
    REQUIRE(months.size() == 3);
    CHECK(months[0].month == 2024 * 12);
    CHECK(months[2].month == 2024 * 12 + 4);
    CHECK(same(months[1], month(1, 2024, 3, 70, 11, 2, 2, 28)));
}

TEST_CASE("Schema 5 packs each account's monthly totals into one row")
{
    TempDir dir;
    const auto path = dir / "v4.db";
    {
        OpenOptions old;
        old.targetVersion = 4;
        Database db(path, old);
        auto& c = db.connection();
        c.exec("INSERT INTO accounts(id, name, name_key, created_at, updated_at) VALUES "
               "(1, 'Acme', 'acme', 0, 0), (2, 'Бета', 'бета', 0, 0), (3, 'No sales', 'no sales', 0, 0)");
        search_entries::rebuild(c); // the search entries the writers of that version made
        // 2024-01-10, 2024-01-20, 2024-03-05 for Acme; a return in 2023-12 for Бета.
        c.exec("INSERT INTO sales(account_id, sale_date, amount, margin) VALUES "
               "(1, 19732, 100000, 5000), (1, 19742, 50000, NULL), (1, 19787, 70000, 700), (2, 19700, -20000, -100)");
        c.exec("INSERT INTO sale_months(account_id, month, amount, margin, lines, first_day, last_day) VALUES "
               "(1, 24288, 150000, 5000, 2, 19732, 19742), (1, 24290, 70000, 700, 1, 19787, 19787), "
               "(2, 24287, -20000, -100, 1, 19700, 19700)");
    }
    Store store(path, kClock);
    REQUIRE(store.database().schemaVersion() == latestSchemaVersion());
    CHECK(std::filesystem::exists(store.database().migrationBackup()));
    std::vector<MonthlyTotal> seen;
    store.sales().forEachMonthlyTotal(std::nullopt, std::nullopt, [&](const MonthlyTotal& t) { seen.push_back(t); });
    REQUIRE(seen.size() == 3);
    CHECK(same(seen[0], month(1, 2024, 1, 150000, 5000, 2, 10, 20)));
    CHECK(same(seen[1], month(1, 2024, 3, 70000, 700, 1, 5, 5)));
    CHECK(same(seen[2], month(2, 2023, 12, -20000, -100, 1, 9, 9)));
    seen.clear();
    store.sales().forEachMonthlyTotal(24288, 24289, [&](const MonthlyTotal& t) { seen.push_back(t); });
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].month == 24288);
    CHECK(store.counts().saleLines == 4);
    CHECK(store.check().empty());
    auto& c = store.database().connection();
    {
        sql::Statement st(c, "SELECT count(*) FROM sqlite_schema WHERE name = 'sale_months'");
        REQUIRE(st.step());
        CHECK(st.int64(0) == 0);
    }
    {
        sql::Statement st(c, "SELECT account_id, lines FROM sale_totals ORDER BY account_id");
        REQUIRE(st.step());
        CHECK(st.int64(0) == 1);
        CHECK(st.int64(1) == 3);
        REQUIRE(st.step());
        CHECK(st.int64(0) == 2);
        CHECK_FALSE(st.step()); // an account without sales has no row
    }
    // Purging an account takes its totals with it.
    store.accounts().remove(2, RemoveMode::Purge);
    CHECK(store.check().empty());
    CHECK(store.counts().saleLines == 3);
}
