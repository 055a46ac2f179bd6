// What check finds beyond SQLite's own checks, and what repair rebuilds (storage/StoreCheck,
// storage/SearchEntries), and the files the open refuses (storage/Database).
#include "TempDir.h"
#include "storage/DatabaseError.h"
#include "storage/SearchEntries.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

bool anyContains(const std::vector<std::string>& problems, const std::string& part)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const std::string& p) { return p.find(part) != std::string::npos; });
}

struct Filled
{
    TempDir dir;
    Store store{dir / "k.db", kClock};
    AccountId account = 0;
    ContactId contact = 0;
    InteractionId interaction = 0;

    Filled()
    {
        Account a;
        a.name = "Acme Pumps";
        a.ref = "A-7";
        a.tags = {"vip", "pumps"};
        store.accounts().create(a);
        account = a.id;
        Contact c;
        c.accountId = a.id;
        c.name = "Øyvind Hansen";
        c.position = "Head of purchasing";
        c.phones = {{"work", "+47 22 00 00 00"}, {"mobile", "+47 900 00 000"}};
        store.contacts().create(c);
        contact = c.id;
        Interaction i;
        i.accountId = a.id;
        i.occurredAt = kClock.now();
        i.subject = "Quarterly review";
        i.summary = "Line one\nline two";
        store.interactions().create(i);
        interaction = i.id;
        Dossier d = store.accounts().dossier(a.id);
        d.strategy = "Expanding into hydrogen compressors.";
        store.accounts().saveDossier(d);
        std::vector<SaleLine> lines(1);
        lines[0].accountId = a.id;
        lines[0].date = *Date::fromYmd(2026, 3, 4);
        lines[0].amount = Money::fromMajor(10);
        store.sales().add(lines);
    }
    sql::Connection& c() { return store.database().connection(); }
};

} // namespace

TEST_CASE_METHOD(Filled, "Every record has the search entry its tables define, and a change made elsewhere is found")
{
    REQUIRE(store.check().empty());
    // Renaming the account renames its dossier's entry too.
    Account a = *store.accounts().find(account);
    a.name = "Acme Compressors";
    store.accounts().update(a);
    CHECK(store.check().empty());
    const auto hits = store.search().search("hydrogen");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].title == "Acme Compressors");

    // A byte of the subject changed outside Keystone: SQLite's checks see a valid row.
    c().exec("UPDATE interactions SET subject = 'Quarterly reviex'");
    auto problems = store.check();
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Catch::StartsWith("search:") &&
                                Catch::Contains("interaction " + std::to_string(interaction)) &&
                                Catch::Contains("does not match") && Catch::Contains("--repair"));
    // A record with no entry, and an entry with no record.
    c().exec("DELETE FROM search_index WHERE rowid = " + std::to_string(contact * 4 + 1));
    c().exec("INSERT INTO search_index(rowid, title, body) VALUES (4002, 'ghost', 'ghost')");
    problems = store.check();
    CHECK(anyContains(problems, "contact " + std::to_string(contact) + " is missing from the index"));
    CHECK(anyContains(problems, "entry for interaction 1000"));

    store.repair();
    CHECK(store.check().empty());
    CHECK(store.search().search("reviex").size() == 1);
    CHECK(store.search().search("Øyvind").size() == 1);
    CHECK(store.search().search("ghost").empty());
}

TEST_CASE_METHOD(Filled, "A damaged full-text index and monthly totals are found, and repair rebuilds both at once")
{
    REQUIRE(store.check().empty());
    // The index's own b-trees are intact; its contents no longer agree with themselves.
    c().exec("DELETE FROM search_index_docsize");
    c().exec("UPDATE sale_totals SET lines = lines + 1");
    auto problems = store.check();
    CHECK(anyContains(problems, "full-text index is damaged"));
    CHECK(anyContains(problems, "line count"));

    store.repair();
    CHECK(store.check().empty());
    CHECK(store.search().search("hydrogen").size() == 1);
    CHECK(store.sales().count({}) == 1);
}

TEST_CASE_METHOD(Filled, "Text that validation refuses is found in any table, and repair does not hide it")
{
    c().exec("UPDATE contacts SET department = 'R&D' || char(27) || '[31m'");
    c().exec("UPDATE account_tags SET tag = CAST(x'7669ff' AS TEXT) WHERE tag = 'vip'");
    auto problems = store.check();
    CHECK(anyContains(problems, "text: contacts.department of row " + std::to_string(contact) +
                                    " holds a control character: R&D\\x1b[31m"));
    CHECK(anyContains(problems, "text: account_tags.tag is not valid UTF-8: vi\\xff"));
    store.repair(); // the index follows the records; the records themselves stay as they are
    problems = store.check();
    REQUIRE(problems.size() == 2);
    CHECK_THAT(problems[0], Catch::StartsWith("text: "));
    CHECK_THAT(problems[1], Catch::StartsWith("text: "));
}

TEST_CASE("An empty file is not a database, and only an open that may create makes it one")
{
    TempDir dir;
    const auto path = dir / "empty.db";
    std::ofstream(path).close();
    OpenOptions existing;
    existing.create = false;
    try {
        Store store(path, kClock, existing);
        FAIL("an empty file opened");
    } catch (const DatabaseError& e) {
        CHECK(e.reason() == DatabaseError::Reason::Corrupt);
        CHECK_THAT(e.what(), Catch::Contains("empty (0 bytes)"));
    }
    CHECK(std::filesystem::file_size(path) == 0);
    CHECK_FALSE(std::filesystem::exists(dir / "empty.db-wal"));
    Store created(path, kClock); // creating is what `init` asks for
    CHECK(created.check().empty());
}

TEST_CASE("A truncated database is refused as damaged")
{
    TempDir dir;
    const auto path = dir / "k.db";
    {
        Store store(path, kClock);
        for (int n = 0; n < 200; ++n) {
            Account a;
            a.name = "Account " + std::to_string(n);
            store.accounts().create(a);
        }
    }
    REQUIRE_FALSE(std::filesystem::exists(dir / "k.db-wal")); // checkpointed on close
    const auto size = std::filesystem::file_size(path);
    REQUIRE(size > 8192);
    std::filesystem::resize_file(path, size / 2);
    OpenOptions existing;
    existing.create = false;
    try {
        Store store(path, kClock, existing);
        FAIL("a truncated file opened");
    } catch (const DatabaseError& e) {
        CHECK(e.reason() == DatabaseError::Reason::Corrupt);
        CHECK_THAT(e.what(), Catch::Contains("truncated") && Catch::Contains(std::to_string(size / 2)));
    }
    std::filesystem::resize_file(path, 60); // not even the whole header
    CHECK_THROWS_AS(Store(path, kClock, existing), DatabaseError);
}

TEST_CASE("The expected search entry of a record follows the index's rules")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    auto& c = store.database().connection();
    // An account always has one; an empty dossier has none (its account's entry finds the name).
    const auto entry = search_entries::expected(c, SearchKind::Account, a.id);
    REQUIRE(entry);
    CHECK(entry->rowid == a.id * 4);
    CHECK(entry->title == "Acme");
    CHECK_FALSE(search_entries::expected(c, SearchKind::Dossier, a.id));
    CHECK_FALSE(search_entries::expected(c, SearchKind::Interaction, 12345));
}

TEST_CASE_METHOD(Filled, "A read-only open checks everything but FTS5's own check, which is a write")
{
    OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    Store copy(dir / "k.db", kClock, readOnly);
    CHECK(copy.check().empty());
    c().exec("UPDATE interactions SET subject = 'changed'");
    CHECK(anyContains(copy.check(), "interaction " + std::to_string(interaction)));
}
