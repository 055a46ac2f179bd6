// Sale lines packed in chunks (storage/SaleChunks.h, schema 6) and the migration that packs them.
#include "TempDir.h"
#include "storage/DatabaseError.h"
#include "storage/Migrations.h"
#include "storage/SaleChunks.h"
#include "storage/SearchEntries.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <map>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(DateTime::fromUnixSeconds(1'750'000'000));

SaleLine saleLine(const char* date, std::int64_t amount, const std::string& product, const std::string& document)
{
    SaleLine l;
    l.date = *Date::parseIso(date);
    l.amount = Money::fromUnits(amount);
    l.product = product;
    l.document = document;
    return l;
}

} // namespace

TEST_CASE("Packed sale lines read back exactly what was written")
{
    std::vector<SaleLine> lines = {
        saleLine("2024-03-05", 1'000'000, "P-100", "INV-2024-0001"),
        saleLine("2024-03-05", -250, "P-100", "CR-2024-0001"),     // a return, the same day
        saleLine("2023-12-31", 0, "", ""),                          // earlier, nothing to share
        saleLine("2024-04-01", 999'999'999'999, "Молоко 3,2%", "INV-2024-0002"),
        saleLine("1950-06-30", 7, "牛奶", "חשבונית 17"),             // before 1970: a negative day
        saleLine("2024-04-02", std::numeric_limits<std::int64_t>::min() / 2, "Молоко 1,5%", "INV-2024-0002"),
    };
    lines[0].margin = Money::fromUnits(300'000);
    lines[0].quantity = 12'500;
    lines[1].margin = Money::fromUnits(-10);
    lines[3].quantity = -1;
    lines[4].margin = Money::fromUnits(0);
    sale_chunks::Builder b;
    std::vector<std::uint32_t> ordinals = {0, 1, 2, 7, 8, 60'000}; // gaps, as removals leave them
    for (std::size_t i = 0; i < lines.size(); ++i)
        b.append(lines[i], ordinals[i]);
    CHECK(b.lines() == lines.size());
    CHECK(b.firstDay() == Date::parseIso("1950-06-30")->days());
    CHECK(b.lastDay() == Date::parseIso("2024-04-02")->days());

    std::vector<SaleLine> out;
    sale_chunks::decode(b.bytes(), {77, 5, BatchId{3}}, out);
    REQUIRE(out.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        SaleLine want = lines[i];
        want.id = sale_chunks::lineId(77, ordinals[i]);
        want.accountId = 5;
        want.batchId = 3;
        CHECK(out[i] == want);
        CHECK(sale_chunks::chunkOf(out[i].id) == 77);
    }
    // Days and amounts only: the same, in the same order.
    std::vector<sale_chunks::DayAmount> days;
    sale_chunks::decodeDays(b.bytes(), {77, 5, BatchId{3}}, days);
    REQUIRE(days.size() == lines.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CHECK(days[i].date == lines[i].date);
        CHECK(days[i].amount == lines[i].amount);
    }
    // A line of a typical sales file (the bench's) takes about 20 bytes.
    CHECK(b.bytes().size() < 24 * lines.size() + 60);

    sale_chunks::sortByDate(out);
    CHECK(out.front().date == *Date::parseIso("1950-06-30"));
    CHECK(out[2].amount == Money::fromUnits(1'000'000)); // the same day: by id
    CHECK(out[3].amount == Money::fromUnits(-250));

    b.clear();
    CHECK(b.empty());
    out.clear();
    sale_chunks::decode(b.bytes(), {1, 1, std::nullopt}, out);
    CHECK(out.empty());
}

TEST_CASE("Damaged packed sale lines are refused, naming the chunk and the account")
{
    sale_chunks::Builder b;
    b.append(saleLine("2024-03-05", 1000, "P-1", "D-1"));
    b.append(saleLine("2024-03-06", 2000, "P-2", "D-2"));
    const std::string good = b.bytes();
    std::vector<SaleLine> out;
    std::vector<sale_chunks::DayAmount> days;
    // Both readers refuse the same damage the same way (decodeDays checks the texts it skips).
    const auto refused = [&](const std::string& bytes, const std::string& what) {
        INFO(what);
        for (const bool onlyDays : {false, true}) {
            out.clear();
            days.clear();
            try {
                if (onlyDays)
                    sale_chunks::decodeDays(bytes, {12, 42, std::nullopt}, days);
                else
                    sale_chunks::decode(bytes, {12, 42, std::nullopt}, out);
                FAIL("decoded damaged lines" << (onlyDays ? " (days only)" : ""));
            } catch (const DatabaseError& e) {
                CHECK(e.reason() == DatabaseError::Reason::Corrupt);
                CHECK_THAT(e.what(), Catch::Contains("chunk 12") && Catch::Contains("account 42") &&
                                         Catch::Contains("sale_chunks"));
            }
        }
    };
    refused("", "empty");
    refused(std::string(1, '\x02') + good.substr(1), "another format");
    refused(good.substr(0, good.size() - 1), "cut short inside a text");
    refused(good.substr(0, 3), "cut short inside a line");
    refused(good + std::string(11, '\xff'), "a number of more than 64 bits");
    refused(std::string("\x01\x80\x80\x04\x00\x00\x00\x00\x00\x00\x00", 11), "an ordinal beyond the chunk's ids");
    refused(std::string("\x01\x00\x80\x80\x80\x10\x00\x00\x00\x00\x00\x00", 12), "a day beyond the range of dates");
    refused(std::string("\x01\x00\x00\x00\x04\x00\x00\x00\x00", 9), "unknown flags");
    refused(std::string("\x01\x00\x00\x00\x00\x05\x00\x00\x00", 9), "a text sharing more than the previous one");
}

TEST_CASE("Schema 6 packs the sale lines of each account and batch into chunks")
{
    TempDir dir;
    const auto path = dir / "v5.db";
    std::map<std::int64_t, std::optional<BatchId>> batchOf; // by amount, which tells the lines apart
    {
        OpenOptions old;
        old.targetVersion = 5;
        Database db(path, old);
        auto& c = db.connection();
        c.exec("INSERT INTO accounts(id, name, name_key, created_at, updated_at) VALUES "
               "(1, 'Acme', 'acme', 0, 0), (2, 'Бета', 'бета', 0, 0), (3, 'No sales', 'no sales', 0, 0)");
        search_entries::rebuild(c); // the search entries the writers of that version made
        c.exec("INSERT INTO import_batches(id, kind, file_name, sha256, imported_at) VALUES "
               "(1, 'sales', 'a.csv', 'a', 0), (2, 'sales', 'b.csv', 'b', 0)");
        // Acme: 1,500 lines of batch 1 (ids 1-1500), then 10 by hand, then 20 of batch 2; Бета: 3 of
        // batch 2, one with everything set. Wrong monthly totals on purpose: they are computed again.
        sql::Statement ins(c, "INSERT INTO sales(id, account_id, sale_date, amount, margin, quantity, product, "
                              "document) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        std::int64_t id = 0;
        const auto add = [&](AccountId account, std::int64_t day, std::optional<BatchId> batch) {
            ++id;
            ins.bind(1, id).bind(2, account).bind(3, day).bind(4, id * 100);
            if (id % 2 == 0)
                ins.bind(5, id).bind(6, -id).bind(7, "P-" + std::to_string(id % 9)).bind(8, "D-" + std::to_string(id));
            else
                ins.bindNull(5).bindNull(6).bindNull(7).bindNull(8);
            ins.run();
            batchOf[id * 100] = batch;
        };
        for (int i = 0; i < 1500; ++i)
            add(1, 19700 + i % 90, BatchId{1});
        for (int i = 0; i < 10; ++i)
            add(1, 19750, std::nullopt);
        for (int i = 0; i < 20; ++i)
            add(i < 3 ? 2 : 1, 19800 + i, BatchId{2});
        c.exec("INSERT INTO import_batch_sales(batch_id, first_id, last_id) VALUES (1, 1, 1500), (2, 1511, 1530)");
        c.exec("INSERT INTO sale_totals(account_id, lines, months) VALUES (3, 1, x'0100000002000000')");
    }
    Store store(path, kClock);
    REQUIRE(store.database().schemaVersion() == latestSchemaVersion());
    CHECK(std::filesystem::exists(store.database().migrationBackup()));
    CHECK(store.check().empty()); // the totals agree with the lines again
    CHECK(store.counts().saleLines == 1530);

    const auto lines = store.sales().list({});
    REQUIRE(lines.size() == 1530);
    std::map<std::int64_t, std::optional<BatchId>> read;
    for (const auto& l : lines) {
        read[l.amount.units()] = l.batchId;
        const std::int64_t old = l.amount.units() / 100;
        CHECK(l.margin == (old % 2 == 0 ? std::optional<Money>(Money::fromUnits(old)) : std::nullopt));
        CHECK(l.quantity == (old % 2 == 0 ? std::optional<std::int64_t>(-old) : std::nullopt));
        CHECK(l.product == (old % 2 == 0 ? "P-" + std::to_string(old % 9) : ""));
    }
    CHECK(read == batchOf);
    SaleQuery beta;
    beta.accountId = 2;
    CHECK(store.sales().count(beta) == 3);
    // Acme's batch 1 (1,500 lines: two chunks), its lines by hand, its batch 2; Бета's batch 2.
    {
        sql::Statement st(store.database().connection(),
                          "SELECT account_id, batch_id, lines FROM sale_chunks ORDER BY account_id, batch_id, lines");
        std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>> chunks;
        while (st.step())
            chunks.emplace_back(st.int64(0), st.isNull(1) ? 0 : st.int64(1), st.int64(2));
        CHECK(chunks == std::vector<std::tuple<std::int64_t, std::int64_t, std::int64_t>>{
                            {1, 0, 10}, {1, 1, 476}, {1, 1, 1024}, {1, 2, 17}, {2, 2, 3}});
    }
    CHECK(store.sales().removeBatch(1) == 1500);
    CHECK(store.sales().count({}) == 30);
    CHECK(store.check().empty());
}

TEST_CASE("check names a damaged chunk of sale lines and one whose row disagrees with it")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    std::vector<SaleLine> lines = {saleLine("2024-03-05", 100, "P", "D"), saleLine("2024-03-09", 200, "P", "D")};
    for (auto& l : lines)
        l.accountId = a.id;
    store.sales().add(lines);
    std::vector<SaleLine> more = {saleLine("2024-05-01", 300, "P", "D")};
    more.front().accountId = a.id;
    store.sales().add(more);
    CHECK(store.check().empty());
    auto& c = store.database().connection();
    sql::Statement put(c, "UPDATE sale_chunks SET lines = 5 WHERE id = ?1");
    put.bind(1, sale_chunks::chunkOf(lines.front().id)).run();
    sql::Statement damage(c, "UPDATE sale_chunks SET body = x'0100' WHERE id = ?1");
    damage.bind(1, sale_chunks::chunkOf(more.front().id)).run();
    const auto problems = store.check();
    REQUIRE(problems.size() >= 2);
    const auto chunkName = [](SaleId id) { return "chunk " + std::to_string(sale_chunks::chunkOf(id)); };
    CHECK_THAT(problems[0], Catch::Contains(chunkName(lines.front().id)) && Catch::Contains("number of lines"));
    CHECK_THAT(problems[1], Catch::Contains(chunkName(more.front().id)) && Catch::Contains("damaged"));
}
