#include "TempDir.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

Account makeAccount(const std::string& name, const std::string& ref = {})
{
    Account a;
    a.name = name;
    a.ref = ref;
    return a;
}

std::vector<std::string> names(const std::vector<Account>& accounts)
{
    std::vector<std::string> out;
    for (const auto& a : accounts)
        out.push_back(a.name);
    return out;
}

} // namespace

TEST_CASE("Accounts are created, read back whole, and updated")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Manager m{0, "Anna Petrova", "anna@example.com", true};
    store.managers().create(m);

    Account parent = makeAccount("Holding", "H-1");
    store.accounts().create(parent);
    Account a = makeAccount("ООО Юэцин", "17850");
    a.legalName = "Общество с ограниченной ответственностью «Юэцин»";
    a.industry = "Logistics";
    a.country = "Russia";
    a.region = "Kazan";
    a.website = "https://example.ru";
    a.headcount = 420;
    a.status = AccountStatus::AtRisk;
    a.ownerId = m.id;
    a.parentId = parent.id;
    a.kinds.set(KeyAccountKind::Anchor);
    a.kinds.set(KeyAccountKind::Expert);
    a.qualification.need = true;
    a.qualification.authority = false;
    a.tags = {"vip", "Северо-Запад"};
    store.accounts().create(a);
    REQUIRE(a.id > 0);
    CHECK(a.createdAt == kClock.now());

    const auto loaded = store.accounts().find(a.id);
    REQUIRE(loaded);
    CHECK(*loaded == a);
    CHECK(store.accounts().findByRef("17850")->id == a.id);
    CHECK_FALSE(store.accounts().findByRef("nope"));
    CHECK_FALSE(store.accounts().find(9999));

    a.status = AccountStatus::Active;
    a.tags = {"vip"};
    a.qualification.solvency = true;
    store.accounts().update(a);
    CHECK(*store.accounts().find(a.id) == a);

    Account ghost = makeAccount("Ghost");
    ghost.id = 9999;
    CHECK_THROWS_AS(store.accounts().update(ghost), NotFoundError);
}

TEST_CASE("References are unique when set, and invalid accounts are refused whole")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a = makeAccount("One", "R1");
    store.accounts().create(a);
    Account b = makeAccount("Two", "R1");
    CHECK_THROWS_WITH(store.accounts().create(b), Catch::Contains("ref") && Catch::Contains("R1"));
    // Accounts without a reference do not collide.
    Account c = makeAccount("Three");
    Account d = makeAccount("Four");
    store.accounts().create(c);
    store.accounts().create(d);
    Account bad = makeAccount("");
    CHECK_THROWS_AS(store.accounts().create(bad), ValidationError);
    CHECK(store.accounts().count({}) == 3);
}

TEST_CASE("The parent hierarchy cannot loop")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a = makeAccount("A"), b = makeAccount("B");
    store.accounts().create(a);
    b.parentId = a.id;
    store.accounts().create(b);
    a.parentId = b.id;
    CHECK_THROWS_WITH(store.accounts().update(a), Catch::Contains("parent") && Catch::Contains("loop"));
    Account orphan = makeAccount("C");
    orphan.parentId = 424242;
    CHECK_THROWS_WITH(store.accounts().create(orphan), Catch::Contains("parent"));
}

TEST_CASE("Lists sort by folded name and filter")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Manager m{0, "Boris", "", true};
    store.managers().create(m);
    for (const char* n : {"banana", "Apple", "École Supérieure", "ábaco", "Zeta", "ООО Юэцин", "ооо Альфа"}) {
        Account a = makeAccount(n);
        if (std::string(n) == "Zeta") {
            a.status = AccountStatus::Lost;
            a.ownerId = m.id;
            a.country = "Deutschland";
            a.tags = {"Priority"};
            a.kinds.set(KeyAccountKind::ImageMaker);
        }
        store.accounts().create(a);
    }
    CHECK(names(store.accounts().list({})) ==
          std::vector<std::string>{"ábaco", "Apple", "banana", "École Supérieure", "Zeta", "ооо Альфа", "ООО Юэцин"});

    AccountQuery q;
    q.text = "ECOLE";
    CHECK(names(store.accounts().list(q)) == std::vector<std::string>{"École Supérieure"});
    q.text = "ооо";
    CHECK(store.accounts().count(q) == 2);
    q = {};
    q.status = AccountStatus::Lost;
    CHECK(names(store.accounts().list(q)) == std::vector<std::string>{"Zeta"});
    q = {};
    q.ownerId = m.id;
    CHECK(store.accounts().count(q) == 1);
    q = {};
    q.country = "deutschland";
    CHECK(store.accounts().count(q) == 1);
    q = {};
    q.tag = "PRIORITY";
    CHECK(store.accounts().count(q) == 1);
    q = {};
    q.kind = KeyAccountKind::ImageMaker;
    CHECK(store.accounts().count(q) == 1);
    q = {};
    q.text = "100%_";
    CHECK(store.accounts().count(q) == 0); // LIKE wildcards in the text are literal
    q = {};
    q.limit = 2;
    q.offset = 1;
    CHECK(names(store.accounts().list(q)) == std::vector<std::string>{"Apple", "banana"});
}

TEST_CASE("Removing archives by default and purging removes dependants")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a = makeAccount("Acme", "A");
    store.accounts().create(a);
    Contact c;
    c.accountId = a.id;
    c.name = "Ivan";
    store.contacts().create(c);

    store.accounts().remove(a.id);
    CHECK(store.accounts().count({}) == 0);
    AccountQuery all;
    all.includeArchived = true;
    CHECK(store.accounts().count(all) == 1);
    CHECK(store.accounts().find(a.id)->isArchived());
    CHECK(store.contacts().find(c.id)); // archived, not deleted
    store.accounts().restore(a.id);
    CHECK(store.accounts().count({}) == 1);

    store.accounts().remove(a.id, RemoveMode::Purge);
    CHECK_FALSE(store.accounts().find(a.id));
    CHECK_FALSE(store.contacts().find(c.id));
    CHECK(store.search().search("Ivan").empty());
    CHECK_THROWS_AS(store.accounts().remove(a.id), NotFoundError);
    CHECK(store.check().empty());
}

TEST_CASE("Every account has a dossier that saves and loads")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a = makeAccount("Acme");
    store.accounts().create(a);
    Dossier d = store.accounts().dossier(a.id);
    CHECK(d.filledSections() == 0);
    d.description = "Maker of industrial pumps since 1962.";
    d.decisionProcess = "Purchasing committee meets quarterly; the CTO has a veto.";
    d.relationshipNotes = "Promised delivery dates must be confirmed in writing.";
    store.accounts().saveDossier(d);
    const Dossier loaded = store.accounts().dossier(a.id);
    CHECK(loaded == d);
    CHECK(loaded.completenessPercent() == 37);
    Dossier missing;
    missing.accountId = 777;
    CHECK_THROWS_AS(store.accounts().saveDossier(missing), NotFoundError);
}

TEST_CASE("forEach visits the accounts of list in its order with their tags and holds none of them")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Manager m{0, "Anna Petrova", "anna@example.com", true};
    store.managers().create(m);
    // Tags: none, one, several (in a stored order that is not alphabetical); names in three scripts.
    const std::vector<std::pair<std::string, std::vector<std::string>>> spec = {
        {"ООО Юэцин", {"vip", "Северо-Запад", "logistics"}},
        {"Acme", {}},
        {"שלום בע\"מ", {"israel"}},
        {"Ärzte Nord", {"vip"}},
        {"Zeta 100%_off", {"z", "a", "m", "b"}},
        {"Борей", {}},
        {"acme labs", {"vip", "labs"}},
    };
    std::vector<AccountId> ids;
    for (std::size_t i = 0; i < spec.size(); ++i) {
        Account a = makeAccount(spec[i].first, "R-" + std::to_string(i));
        a.tags = spec[i].second;
        a.headcount = i % 2 ? std::optional<int>(static_cast<int>(i) * 10) : std::nullopt;
        a.ownerId = i % 3 ? std::optional<ManagerId>(m.id) : std::nullopt;
        a.qualification.need = i % 2 == 0;
        store.accounts().create(a);
        ids.push_back(a.id);
    }
    store.accounts().remove(ids[3]); // archived: only with includeArchived

    std::vector<AccountQuery> queries(8);
    queries[1].text = "acme";
    queries[2].tag = "VIP";
    queries[3].limit = 3;
    queries[3].offset = 2;
    queries[4].includeArchived = true;
    queries[5].includeArchived = true;
    queries[5].tag = "vip";
    queries[6].text = "100%_";
    queries[7].ownerId = m.id;
    queries[7].limit = 1;
    for (std::size_t qi = 0; qi < queries.size(); ++qi) {
        INFO("query " << qi);
        const auto listed = store.accounts().list(queries[qi]);
        std::vector<Account> visited;
        const Account* previous = nullptr;
        bool reused = true;
        store.accounts().forEach(queries[qi], [&](const Account& a) {
            if (previous && previous != &a)
                reused = false;
            previous = &a;
            visited.push_back(a);
        });
        CHECK(reused);
        REQUIRE(visited.size() == listed.size());
        for (std::size_t i = 0; i < listed.size(); ++i) {
            CHECK(visited[i] == listed[i]);
            CHECK(visited[i] == *store.accounts().find(listed[i].id)); // tags included, in their order
        }
    }
    CHECK(names(store.accounts().list(queries[0])) ==
          std::vector<std::string>{"Acme", "acme labs", "Zeta 100%_off", "Борей", "ООО Юэцин", "שלום בע\"מ"});
    CHECK(names(store.accounts().list(queries[5])) == std::vector<std::string>{"acme labs", "Ärzte Nord", "ООО Юэцин"});
    CHECK(names(store.accounts().list(queries[3])) == std::vector<std::string>{"Zeta 100%_off", "Борей", "ООО Юэцин"});
    CHECK(names(store.accounts().list(queries[6])) == std::vector<std::string>{"Zeta 100%_off"});
    CHECK(store.accounts().list(queries[1]).at(1).tags == std::vector<std::string>{"vip", "labs"});
    CHECK(store.accounts().list(queries[4]).size() == spec.size());

    // A field set on one account is not carried over to the next by the reused one.
    std::vector<std::optional<int>> headcounts;
    store.accounts().forEach(queries[4], [&](const Account& a) { headcounts.push_back(a.headcount); });
    CHECK(std::count(headcounts.begin(), headcounts.end(), std::nullopt) == 4);

    std::int64_t none = 0;
    AccountQuery nothing;
    nothing.text = "no such account";
    store.accounts().forEach(nothing, [&](const Account&) { ++none; });
    CHECK(none == 0);
    CHECK(store.accounts().count(nothing) == 0);
    CHECK(store.accounts().count(queries[2]) == 2);
}
