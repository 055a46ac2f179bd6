#include "TempDir.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

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

Account createAccount(Store& store, const char* name)
{
    Account a;
    a.name = name;
    store.accounts().create(a);
    return a;
}

} // namespace

TEST_CASE("Sale lines are stored exactly and monthly totals follow them")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const Account a = createAccount(store, "Acme");

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
    const auto own = store.sales().monthlyTotalsOf(a.id);
    REQUIRE(own.size() == 3);
    CHECK(own[0].month == jan);
    CHECK(own[0].lines == 2);
    CHECK(own[2].amount == *Money::parse("7.50"));
    const Account other = createAccount(store, "No sales");
    CHECK(store.sales().monthlyTotalsOf(other.id).empty());
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
    const Account a = createAccount(store, "Acme");
    std::vector<SaleLine> lines = {line(a.id, "2026-01-05", "1"), line(4242, "2026-01-06", "2")};
    CHECK_THROWS_WITH(store.sales().add(lines), Catch::Contains("line 2") && Catch::Contains("4242"));
    CHECK(store.sales().count({}) == 0);
    CHECK(monthTotals(store, a.id).empty());
}

TEST_CASE("Removing an import batch removes exactly its lines")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const Account a = createAccount(store, "Acme");
    store.database().connection().exec(
        "INSERT INTO import_batches(id, kind, file_name, sha256, imported_at) VALUES (7, 'sales', 'f.csv', 'x', 0), "
        "(8, 'sales', 'g.csv', 'y', 0)");
    std::vector<SaleLine> kept = {line(a.id, "2026-01-05", "10")};
    store.sales().add(kept);
    // An import adds its lines in several calls; lines of another batch, or of none, may come
    // in between and in the same call.
    std::vector<SaleLine> first = {line(a.id, "2026-01-06", "5"), line(a.id, "2026-04-06", "6")};
    std::vector<SaleLine> second = {line(a.id, "2026-05-07", "7"), line(a.id, "2026-06-01", "1"),
                                    line(a.id, "2026-06-02", "2")};
    for (auto* call : {&first, &second})
        for (auto& l : *call)
            l.batchId = 7;
    second[2].batchId = 8;
    second[1].batchId = std::nullopt;
    store.sales().add(first);
    store.sales().add(second);
    std::vector<SaleLine> late = {line(a.id, "2026-01-04", "4")};
    late.front().batchId = 7;
    store.sales().add(late);

    // Each line reads back with its batch; the lines added by hand have none.
    std::map<SaleId, std::optional<BatchId>> batchOf;
    for (const auto& l : store.sales().list({}))
        batchOf[l.id] = l.batchId;
    CHECK(batchOf.size() == 7);
    CHECK(batchOf.at(kept.front().id) == std::nullopt);
    CHECK(batchOf.at(first.front().id) == BatchId{7});
    CHECK(batchOf.at(second[0].id) == BatchId{7});
    CHECK(batchOf.at(second[1].id) == std::nullopt);
    CHECK(batchOf.at(second[2].id) == BatchId{8});
    CHECK(batchOf.at(late.front().id) == BatchId{7});

    CHECK(store.sales().removeBatch(7) == 4);
    CHECK(store.sales().removeBatch(7) == 0);
    CHECK(store.sales().count({}) == 3);
    std::vector<Money> left;
    for (const auto& l : store.sales().list({}))
        left.push_back(l.amount);
    CHECK(left == std::vector<Money>{Money::fromMajor(10), Money::fromMajor(1), Money::fromMajor(2)});
    const auto totals = monthTotals(store, a.id);
    REQUIRE(totals.size() == 2);
    CHECK(totals.begin()->second == Money::fromMajor(10));
    CHECK(store.check().empty());

    // Ids are never given out again, even after the newest lines went.
    const SaleId newest = std::max(second[1].id, second[2].id);
    store.sales().remove(second[1].id);
    store.sales().remove(second[2].id);
    std::vector<SaleLine> after = {line(a.id, "2026-07-01", "1")};
    store.sales().add(after);
    CHECK(after.front().id > newest);
    CHECK(store.check().empty());
}

TEST_CASE("Removing a line keeps the ids of the others in its chunk")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const Account a = createAccount(store, "Acme");
    std::vector<SaleLine> lines;
    for (int day = 1; day <= 20; ++day)
        lines.push_back(line(a.id, day < 10 ? ("2026-03-0" + std::to_string(day)).c_str()
                                            : ("2026-03-" + std::to_string(day)).c_str(),
                             std::to_string(day).c_str()));
    store.sales().add(lines);
    store.sales().remove(lines[4].id);
    store.sales().remove(lines[0].id);
    store.sales().remove(lines[19].id);
    CHECK_THROWS_AS(store.sales().remove(lines[4].id), NotFoundError);
    CHECK_THROWS_AS(store.sales().remove(lines[19].id + 1), NotFoundError);
    CHECK_THROWS_AS(store.sales().remove(-1), NotFoundError);
    const auto stored = store.sales().list({});
    REQUIRE(stored.size() == 17);
    std::size_t next = 0;
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (k == 0 || k == 4 || k == 19)
            continue;
        CHECK(stored[next++] == lines[k]); // id, date, amount: all as they were
    }
    // The chunk's days shrank with it: the range query and the totals agree.
    SaleQuery lastDays;
    lastDays.from = Date::parseIso("2026-03-19");
    CHECK(store.sales().count(lastDays) == 1);
    auto month = monthTotals(store, a.id);
    CHECK(month.at(monthIndex(*Date::parseIso("2026-03-01"))) == Money::fromMajor(210 - 1 - 5 - 20));
    CHECK(store.check().empty());
}

TEST_CASE("A bulk load gathers each account's lines across calls into full chunks")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const Account a = createAccount(store, "Acme");
    const Account b = createAccount(store, "Beta");
    CHECK_THROWS_AS(SqliteSaleRepository::BulkLoad(store.sales()), std::logic_error); // only inside a transaction

    // 2,500 lines of Acme and 5 of Beta, 501 per call, dates going back and forth.
    std::vector<SaleLine> all;
    for (int i = 0; i < 2505; ++i) {
        const Date d = *Date::parseIso("2025-01-01");
        SaleLine l;
        l.accountId = i % 501 == 0 ? b.id : a.id;
        l.date = d.addDays((i * 37) % 400);
        l.amount = Money::fromUnits(1000 + i);
        l.product = "P-" + std::to_string(i % 7);
        l.document = "D-" + std::to_string(100000 + i);
        if (i % 3 == 0)
            l.margin = Money::fromUnits(i);
        if (i % 5 == 0)
            l.quantity = -i;
        all.push_back(l);
    }
    const auto load = [&](std::size_t maxBufferedBytes) {
        auto tx = store.transaction();
        SqliteSaleRepository::BulkLoad bulk(store.sales(), SqliteSaleRepository::BulkLoad::kMaxPendingMonths,
                                            maxBufferedBytes);
        for (std::size_t at = 0; at < all.size(); at += 501) {
            std::vector<SaleLine> call(all.begin() + static_cast<std::ptrdiff_t>(at),
                                       all.begin() + static_cast<std::ptrdiff_t>(std::min(all.size(), at + 501)));
            store.sales().add(call);
        }
        bulk.finish();
        tx.commit();
    };
    const auto chunkLines = [&] {
        std::vector<std::int64_t> out;
        sql::Statement st(store.database().connection(), "SELECT lines FROM sale_chunks ORDER BY account_id, id");
        while (st.step())
            out.push_back(st.int64(0));
        return out;
    };
    // Everything read back: the same lines, in date then id order, ids unique.
    const auto same = [&] {
        auto stored = store.sales().list({});
        REQUIRE(stored.size() == all.size());
        std::set<SaleId> ids;
        for (const auto& l : stored)
            ids.insert(l.id);
        CHECK(ids.size() == all.size());
        CHECK(std::is_sorted(stored.begin(), stored.end(), [](const SaleLine& x, const SaleLine& y) {
            return x.date != y.date ? x.date < y.date : x.id < y.id;
        }));
        const auto key = [](const SaleLine& l) {
            return std::tuple(l.accountId, l.date.days(), l.amount.units(), l.margin.has_value(),
                              l.margin.value_or(Money{}).units(), l.quantity, l.product, l.document);
        };
        std::vector<decltype(key(all[0]))> want, got;
        for (const auto& l : all)
            want.push_back(key(l));
        for (const auto& l : stored)
            got.push_back(key(l));
        std::sort(want.begin(), want.end());
        std::sort(got.begin(), got.end());
        CHECK(want == got);
    };

    load(SqliteSaleRepository::BulkLoad::kMaxBufferedBytes);
    CHECK(chunkLines() == std::vector<std::int64_t>{1024, 1024, 452, 5});
    same();
    CHECK(store.check().empty());

    // With almost no memory for buffers every call writes what it gathered: more, smaller
    // chunks, the same lines.
    store.database().connection().exec("DELETE FROM sale_chunks; DELETE FROM sale_totals");
    load(1);
    CHECK(chunkLines().size() == 10); // each of the five calls: a chunk of Acme's, one of Beta's
    same();
    CHECK(store.check().empty());

    SaleQuery q;
    q.accountId = a.id;
    q.from = Date::parseIso("2025-02-01");
    q.to = Date::parseIso("2025-02-28");
    const auto inFebruary = std::count_if(all.begin(), all.end(), [&](const SaleLine& l) {
        return l.accountId == a.id && l.date >= *q.from && l.date <= *q.to;
    });
    CHECK(inFebruary > 0);
    CHECK(store.sales().count(q) == inFebruary);
    CHECK(static_cast<std::int64_t>(store.sales().list(q).size()) == inFebruary);
}

TEST_CASE("A bulk load writes the monthly totals of many chunks exactly, and a rollback drops them")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const Account a = createAccount(store, "Acme");
    const Account b = createAccount(store, "Beta");
    std::vector<SaleLine> before = {line(a.id, "2026-01-02", "100")};
    store.sales().add(before);

    const auto load = [&](std::size_t maxPending) {
        SqliteSaleRepository::BulkLoad bulk(store.sales(), maxPending);
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
        SqliteSaleRepository::BulkLoad bulk(store.sales());
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

TEST_CASE("A bulk load gives the transaction its page cache back, finished or not")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    auto& c = store.database().connection();
    const auto cacheSize = [&] {
        sql::Statement st(c, "PRAGMA cache_size");
        return st.step() ? st.int64(0) : 0;
    };
    const auto readSize = cacheSize();
    {
        auto tx = store.transaction();
        const auto writeSize = cacheSize();
        CHECK(writeSize != readSize);
        {
            SqliteSaleRepository::BulkLoad bulk(store.sales());
            CHECK(cacheSize() == -SqliteSaleRepository::BulkLoad::kCacheKiB);
            bulk.finish();
            CHECK(cacheSize() == writeSize);
        }
        CHECK(cacheSize() == writeSize);
        {
            SqliteSaleRepository::BulkLoad unfinished(store.sales());
        }
        CHECK(cacheSize() == writeSize);
        tx.commit();
    }
    CHECK(cacheSize() == readSize);
}
