#include "TempDir.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <map>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

SaleLine line(AccountId account, const char* date, const char* amount)
{
    SaleLine l;
    l.accountId = account;
    l.date = *Date::parseIso(date);
    l.amount = *Money::parse(amount);
    return l;
}

std::map<int, Money> monthTotals(Store& store, AccountId account)
{
    std::map<int, Money> totals;
    store.sales().forEachMonthlyTotal(std::nullopt, std::nullopt, [&](const MonthlyTotal& t) {
        if (t.accountId == account)
            totals[t.month] = t.amount;
    });
    return totals;
}

} // namespace

TEST_CASE("Sale lines are stored exactly and monthly totals follow them")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);

    std::vector<SaleLine> lines = {line(a.id, "2026-01-05", "100.10"), line(a.id, "2026-01-20", "0.005"),
                                   line(a.id, "2026-02-01", "-20.00"), line(a.id, "2026-03-31", "7.50")};
    lines[0].margin = Money::parse("30.03");
    lines[0].quantity = 2000;
    lines[0].product = "P-1";
    lines[0].document = "INV-1";
    store.sales().add(lines);
    CHECK(lines[0].id > 0);
    CHECK(store.sales().list({})[0] == lines[0]);

    const int jan = monthIndex(*Date::parseIso("2026-01-01"));
    auto totals = monthTotals(store, a.id);
    CHECK(totals.size() == 3);
    CHECK(totals[jan] == *Money::parse("100.105"));
    CHECK(totals[jan + 1] == *Money::parse("-20"));

    SaleQuery feb;
    feb.from = Date::parseIso("2026-02-01");
    feb.to = Date::parseIso("2026-02-28");
    CHECK(store.sales().count(feb) == 1);

    store.sales().remove(lines[1].id);
    CHECK(monthTotals(store, a.id)[jan] == *Money::parse("100.10"));
    store.sales().remove(lines[2].id);
    CHECK(monthTotals(store, a.id).count(jan + 1) == 0); // an emptied month disappears
    CHECK(store.check().empty());
}

TEST_CASE("A bad line rejects the whole batch")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    std::vector<SaleLine> lines = {line(a.id, "2026-01-05", "1"), line(4242, "2026-01-06", "2")};
    CHECK_THROWS_WITH(store.sales().add(lines), Catch::Contains("line 2") && Catch::Contains("4242"));
    CHECK(store.sales().count({}) == 0);
    CHECK(monthTotals(store, a.id).empty());
}

TEST_CASE("Removing an import batch removes exactly its lines")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    store.database().connection().exec(
        "INSERT INTO import_batches(id, kind, file_name, sha256, imported_at) VALUES (7, 'sales', 'f.csv', 'x', 0), "
        "(8, 'sales', 'g.csv', 'y', 0)");
    std::vector<SaleLine> kept = {line(a.id, "2026-01-05", "10")};
    store.sales().add(kept);
    // An import adds its lines in chunks; the batch's range grows with each.
    std::vector<SaleLine> first = {line(a.id, "2026-01-06", "5"), line(a.id, "2026-04-06", "6")};
    std::vector<SaleLine> second = {line(a.id, "2026-05-07", "7")};
    for (auto* chunk : {&first, &second})
        for (auto& l : *chunk)
            l.batchId = 7;
    store.sales().add(first);
    store.sales().add(second);
    CHECK(second.front().id == first.back().id + 1);

    // Each line reads back with its batch; the line added by hand has none.
    std::map<SaleId, std::optional<BatchId>> batchOf;
    for (const auto& l : store.sales().list({}))
        batchOf[l.id] = l.batchId;
    CHECK(batchOf.at(kept.front().id) == std::nullopt);
    CHECK(batchOf.at(first.front().id) == BatchId{7});
    CHECK(batchOf.at(second.front().id) == BatchId{7});

    // Lines of one batch in one call, and a batch's lines in one run: anything else would put
    // lines that are not the batch's inside its range.
    std::vector<SaleLine> mixed = {line(a.id, "2026-06-01", "1"), line(a.id, "2026-06-02", "2")};
    mixed[1].batchId = 8;
    CHECK_THROWS_AS(store.sales().add(mixed), std::invalid_argument);
    std::vector<SaleLine> byHand = {line(a.id, "2026-06-03", "3")};
    store.sales().add(byHand);
    std::vector<SaleLine> late = {line(a.id, "2026-06-04", "4")};
    late.front().batchId = 7;
    CHECK_THROWS_AS(store.sales().add(late), std::logic_error);
    CHECK(store.sales().count({}) == 5);

    CHECK(store.sales().removeBatch(7) == 3);
    CHECK(store.sales().removeBatch(7) == 0);
    store.sales().remove(byHand.front().id);
    CHECK(store.sales().count({}) == 1);
    const auto totals = monthTotals(store, a.id);
    REQUIRE(totals.size() == 1);
    CHECK(totals.begin()->second == Money::fromMajor(10));
    CHECK(store.check().empty());

    // Ids are never given out again (the newest line was just removed), so a later line cannot
    // fall into an old range.
    std::vector<SaleLine> after = {line(a.id, "2026-07-01", "1")};
    store.sales().add(after);
    CHECK(after.front().id > byHand.front().id);
}

TEST_CASE("A bulk load rebuilds the account-date index, and a rollback keeps it")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    auto& c = store.database().connection();
    const auto hasIndex = [&] {
        sql::Statement st(c, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'sales_account_date'");
        return st.step() && st.int64(0) == 1;
    };
    CHECK_THROWS(store.sales().suspendIndexesFor(1'000'000)); // only inside a transaction
    {
        auto tx = store.transaction();
        CHECK_FALSE(store.sales().suspendIndexesFor(10)); // too few lines to be worth it
        REQUIRE(store.sales().suspendIndexesFor(1'000'000));
        CHECK_FALSE(hasIndex());
        // no commit: the rollback brings the index back
    }
    CHECK(hasIndex());
    {
        auto tx = store.transaction();
        REQUIRE(store.sales().suspendIndexesFor(1'000'000));
        std::vector<SaleLine> lines = {line(a.id, "2026-01-05", "1"), line(a.id, "2026-02-06", "2")};
        store.sales().add(lines);
        store.sales().restoreIndexes();
        tx.commit();
    }
    CHECK(hasIndex());
    SaleQuery q;
    q.accountId = a.id;
    CHECK(store.sales().count(q) == 2);
    CHECK(monthTotals(store, a.id).size() == 2);
}

TEST_CASE("A bulk load writes the monthly totals of many chunks exactly, and a rollback drops them")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    Account b;
    b.name = "Beta";
    store.accounts().create(b);
    std::vector<SaleLine> before = {line(a.id, "2026-01-02", "100")};
    store.sales().add(before);

    const auto load = [&](std::size_t maxPending) {
        SqliteSaleRepository::BulkLoad bulk(store.sales(), 1'000'000, maxPending);
        // The same months again and again, in chunks, as a file sorted by date brings them.
        for (int chunk = 0; chunk < 3; ++chunk) {
            std::vector<SaleLine> lines = {line(a.id, "2026-01-10", "1"), line(b.id, "2026-01-11", "2"),
                                           line(a.id, "2026-02-10", "3"), line(a.id, "2026-01-01", "-4")};
            store.sales().add(lines);
        }
        bulk.finish();
    };
    {
        auto tx = store.transaction();
        load(2); // writes part of the totals on the way
        tx.commit();
    }
    auto totalsA = monthTotals(store, a.id);
    CHECK(totalsA == std::map<int, Money>{{monthIndex(*Date::parseIso("2026-01-01")), Money::fromMajor(100 + 3 * 1 - 3 * 4)},
                                          {monthIndex(*Date::parseIso("2026-02-01")), Money::fromMajor(9)}});
    CHECK(monthTotals(store, b.id).begin()->second == Money::fromMajor(6));
    CHECK(store.check().empty());

    {
        auto tx = store.transaction();
        SqliteSaleRepository::BulkLoad bulk(store.sales(), 1'000'000);
        std::vector<SaleLine> lines = {line(a.id, "2026-03-10", "50")};
        store.sales().add(lines);
        // no finish, no commit: an import that failed half way
    }
    // Nothing of it is left pending for the next writer.
    std::vector<SaleLine> after = {line(a.id, "2026-03-11", "7")};
    store.sales().add(after);
    CHECK(monthTotals(store, a.id).at(monthIndex(*Date::parseIso("2026-03-01"))) == Money::fromMajor(7));
    CHECK(store.sales().count({}) == 14);
    CHECK(store.check().empty());
    SaleQuery q;
    q.accountId = a.id;
    CHECK(store.sales().count(q) == 11);
}
