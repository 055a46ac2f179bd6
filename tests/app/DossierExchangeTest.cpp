#include "TempDir.h"
#include "app/DemoGenerator.h"
#include "app/DossierExport.h"
#include "app/DossierImport.h"

#include <catch2/catch.hpp>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));
const FixedClock kLater(*DateTime::parseIso("2026-11-30T10:00:00Z"));

std::string exportAll(Store& store) { return json::writeDossiers(gatherDossiers(store, allAccountIds(store), true)); }

json::DossierFile parse(const std::string& text)
{
    auto result = json::readDossiers(text);
    REQUIRE(result.problems.empty());
    return result.file;
}

} // namespace

TEST_CASE("Dossiers: demo data survives export, import into an empty database and export byte for byte")
{
    TempDir dir;
    Store source(dir / "a.db", kClock);
    DemoOptions options;
    options.accounts = 25;
    DemoGenerator(source, options).run();
    const std::string first = exportAll(source);

    Store target(dir / "b.db", kLater); // another day: no timestamp may leak into the file
    const auto report = importDossiers(target, parse(first), "a.json", false);
    CHECK(report.written);
    CHECK(report.count("accounts").created == 25);
    CHECK(report.count("contacts").created == source.counts().contacts);
    CHECK(report.count("interactions").created == source.counts().interactions);
    CHECK(exportAll(target) == first);

    SECTION("importing the same file again changes nothing")
    {
        const auto again = importDossiers(target, parse(first), "a.json", false);
        for (const auto& c : again.counts) {
            INFO(c.kind);
            CHECK(c.created == 0);
            CHECK(c.updated == 0);
        }
        CHECK(again.count("accounts").unchanged == 25);
        CHECK(exportAll(target) == first);
    }
}

TEST_CASE("Dossiers: an import updates by natural key and a dry run writes nothing")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const std::string base = R"({"format":"keystone-dossiers","version":1,
      "managers":[{"name":"Anna","email":"anna@example.com"}],
      "accounts":[{"ref":"R1","name":"Alpha","owner":"anna@example.com",
                   "contacts":[{"name":"Boss","email":"boss@alpha.example"},{"name":"Clerk","reports_to":0}]},
                  {"name":"Beta","parent":"R1"}]})";
    importDossiers(store, parse(base), "f.json", false);
    const auto alpha = *store.accounts().findByRef("R1");
    const auto contacts = store.contacts().listForAccount(alpha.id);
    REQUIRE(contacts.size() == 2);
    CHECK(contacts[1].reportsTo == contacts[0].id);
    const auto beta = store.accounts().list({}).at(1);
    CHECK(beta.name == "Beta");
    CHECK(beta.parentId == alpha.id);

    std::string changed = base;
    changed.replace(changed.find("\"Clerk\""), 7, "\"Clerk\",\"position\":\"Buyer\"");
    const auto dry = importDossiers(store, parse(changed), "f.json", true);
    CHECK_FALSE(dry.written);
    CHECK(dry.count("contacts").updated == 1);
    CHECK(dry.count("contacts").unchanged == 1);
    CHECK(store.contacts().listForAccount(alpha.id)[1].position.empty());

    const auto real = importDossiers(store, parse(changed), "f.json", false);
    CHECK(real.count("contacts").updated == 1);
    CHECK(real.count("accounts").unchanged == 2);
    CHECK(store.contacts().listForAccount(alpha.id)[1].position == "Buyer");
    CHECK(store.counts().contacts == 2);
}

TEST_CASE("Dossiers: unresolved references are reported with their paths and nothing is written")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const std::string text = R"({"format":"keystone-dossiers","version":1,
      "accounts":[{"ref":"R1","name":"Alpha","owner":"nobody@example.com","parent":"R9",
                   "tenders":[{"title":"T","date":"2026-01-01","outcome":"lost","winner":"Nemesis"}]}]})";
    try {
        importDossiers(store, parse(text), "bad.json", false);
        FAIL("no exception");
    } catch (const InputProblemsError& e) {
        CHECK(std::string(e.what()) ==
              "bad.json: 3 problems, nothing was imported\n"
              "  /accounts/0/owner: no manager 'nobody@example.com' in the file's managers or in the database\n"
              "  /accounts/0/parent: no account with the reference or name 'R9' in the file or in the database\n"
              "  /accounts/0/tenders/0/winner: no competitor 'Nemesis' in the file's competitors or in the "
              "database");
    }
    CHECK(store.counts().accounts == 0);
}

TEST_CASE("Dossiers: a refusal by the store rolls the whole import back")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    // A loop of parents passes the file check and is refused by the store.
    const std::string text = R"({"format":"keystone-dossiers","version":1,
      "accounts":[{"ref":"A","name":"A","parent":"B"},{"ref":"B","name":"B","parent":"A"}]})";
    CHECK_THROWS_WITH(importDossiers(store, parse(text), "loop.json", false),
                      Catch::Contains("/accounts/1/parent: the parent hierarchy would contain a loop"));
    CHECK(store.counts().accounts == 0);
}

TEST_CASE("Dossiers: more than twenty problems show the first twenty and the total")
{
    std::vector<std::string> problems;
    for (int i = 0; i < 23; ++i)
        problems.push_back("/accounts/" + std::to_string(i) + "/name: is required");
    const InputProblemsError e("x.json", problems);
    const std::string text = e.what();
    CHECK_THAT(text, Catch::StartsWith("x.json: 23 problems, nothing was imported\n"));
    CHECK_THAT(text, Catch::Contains("/accounts/19/name") && Catch::EndsWith("\n  ... and 3 more"));
    CHECK_THAT(text, !Catch::Contains("/accounts/20/name"));
}

TEST_CASE("Dossiers: records alike in their natural key each keep their own row")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const std::string text = R"({"format":"keystone-dossiers","version":1,
      "accounts":[{"ref":"R1","name":"Alpha",
        "interactions":[{"occurred_at":"2026-01-01T10:00:00Z","kind":"call","subject":"Hi","summary":"second"},
                        {"occurred_at":"2026-01-01T10:00:00Z","kind":"call","subject":"Hi","summary":"first"}],
        "follow_ups":[{"due":"2026-02-01","title":"T","notes":"a"},{"due":"2026-02-01","title":"T","notes":"b"}],
        "tenders":[{"date":"2026-03-01","title":"X","reason":"new"},{"date":"2026-03-01","title":"X","reason":"old"}]}]})";
    importDossiers(store, parse(text), "f.json", false);
    const std::string first = exportAll(store);
    const auto again = importDossiers(store, parse(text), "f.json", false);
    CHECK(again.count("interactions").unchanged == 2);
    CHECK(again.count("follow_ups").unchanged == 2);
    CHECK(again.count("tenders").unchanged == 2);
    CHECK(exportAll(store) == first);
    CHECK(parse(first).accounts[0].interactions[0].interaction.summary == "second");
    CHECK(parse(first).accounts[0].tenders[1].tender.reason == "old");
}
