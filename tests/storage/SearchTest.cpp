#include "TempDir.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

struct SearchFixture
{
    TempDir dir;
    Store store{dir / "k.db", kClock};

    AccountId account(const std::string& name, const std::string& ref = {})
    {
        Account a;
        a.name = name;
        a.ref = ref;
        store.accounts().create(a);
        return a.id;
    }
    std::vector<std::string> titles(const std::string& query)
    {
        std::vector<std::string> out;
        for (const auto& hit : store.search().search(query))
            out.push_back(hit.title);
        return out;
    }
};

} // namespace

TEST_CASE_METHOD(SearchFixture, "Search folds case and diacritics in every script")
{
    account("ООО Юэцин");
    account("École Polytechnique");
    account("שָׁלוֹם Logistics"); // with vowel points
    account("北京科技有限公司");
    account("Ёлочные игрушки");
    account("Straße AG");

    CHECK(titles("ооо юэцин") == std::vector<std::string>{"ООО Юэцин"});
    CHECK(titles("ЮЭЦИН") == std::vector<std::string>{"ООО Юэцин"});
    CHECK(titles("ecole") == std::vector<std::string>{"École Polytechnique"});
    CHECK(titles("שלום") == std::vector<std::string>{"שָׁלוֹם Logistics"});
    CHECK(titles("科技") == std::vector<std::string>{"北京科技有限公司"});
    CHECK(titles("елочные") == std::vector<std::string>{"Ёлочные игрушки"});
    CHECK(titles("strasse") == std::vector<std::string>{"Straße AG"});
    CHECK(titles("polytech") == std::vector<std::string>{"École Polytechnique"}); // prefixes match
    CHECK(titles("ооо школа").empty()); // every word must match
    CHECK(titles("   ").empty());
    CHECK(titles("\"unbalanced AND (").empty()); // query syntax cannot leak through
}

TEST_CASE_METHOD(SearchFixture, "Search finds contacts, interactions and dossiers, and forgets removed ones")
{
    const AccountId id = account("Acme Pumps", "A-7");
    Contact c;
    c.accountId = id;
    c.name = "Øyvind Hansen";
    c.email = "oyvind@acme.example";
    store.contacts().create(c);
    Interaction i;
    i.accountId = id;
    i.occurredAt = kClock.now();
    i.subject = "Претензия по срокам поставки";
    i.summary = "Клиент недоволен задержкой.";
    store.interactions().create(i);
    Dossier d = store.accounts().dossier(id);
    d.strategy = "Expanding into hydrogen compressors by 2028.";
    store.accounts().saveDossier(d);

    auto hits = store.search().search("oyvind");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == SearchKind::Contact);
    CHECK(hits[0].accountId == id);
    hits = store.search().search("задержкой");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == SearchKind::Interaction);
    CHECK(hits[0].accountId == id);
    hits = store.search().search("hydrogen");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].kind == SearchKind::Dossier);
    CHECK(hits[0].title == "Acme Pumps");
    CHECK(store.search().search("a-7").size() == 1);

    store.interactions().remove(i.id);
    CHECK(store.search().search("задержкой").empty());
    store.accounts().remove(id); // archived accounts drop out of search
    CHECK(store.search().search("hydrogen").empty());
}

TEST_CASE("Search expressions quote every word")
{
    CHECK(SqliteSearchIndex::matchExpression("Foo bar") == "\"foo\"* \"bar\"*");
    CHECK(SqliteSearchIndex::matchExpression("北京") == "\"北 京\"*");
    CHECK(SqliteSearchIndex::matchExpression("a\"b") == "\"a b\"*");
    CHECK(SqliteSearchIndex::matchExpression("--").empty());
    CHECK(SqliteSearchIndex::matchExpression("Foo 北京", SqliteSearchIndex::Words::Whole) == "\"foo\" \"北 京\"");
}

TEST_CASE_METHOD(SearchFixture, "A word with more matches than can be ranked lists the newest first")
{
    // bm25 over every match of a very common word is too slow, so beyond kRankedMatches
    // the order is by rowid (id * 4 + kind), newest first; below it, relevance.
    const int n = SqliteSearchIndex::kRankedMatches + 5;
    std::vector<AccountId> ids;
    {
        auto tx = store.transaction();
        for (int i = 0; i < n; ++i)
            ids.push_back(account("Common " + std::to_string(i)));
        tx.commit();
    }
    const auto hits = store.search().search("common", 20);
    REQUIRE(hits.size() == 20);
    for (std::size_t i = 0; i < hits.size(); ++i) {
        CHECK(hits[i].kind == SearchKind::Account);
        CHECK(hits[i].id == ids[ids.size() - 1 - i]);
    }
    // The same when only the beginning of the word is typed: "comm" is no whole word in any entry.
    const auto begun = store.search().search("comm", 20);
    REQUIRE(begun.size() == 20);
    CHECK(begun.front().id == ids.back());
    CHECK(begun.back().id == ids[ids.size() - 20]);
    // A rarer word among them is still found and ranked as before.
    account("Common Rare Pumps");
    const auto rare = store.search().search("rare");
    REQUIRE(rare.size() == 1);
    CHECK(rare[0].title == "Common Rare Pumps");
}
