#include "interchange/DossierJson.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace keystone;
using namespace keystone::json;

namespace {

DossierFile sample()
{
    DossierFile f;
    f.managers.push_back(Manager{0, "Анна Петрова", "anna@example.com", true});
    f.competitors.push_back(Competitor{0, "Helios Systems", "https://helios.example", "aggressive on price"});
    AccountRecord r;
    r.account.name = "ООО «Северсталь-Сервис»";
    r.account.ref = "C-001";
    r.account.status = AccountStatus::AtRisk;
    r.account.headcount = 1200;
    r.account.kinds.set(KeyAccountKind::Anchor);
    r.account.qualification.need = true;
    r.account.tags = {"steel", "north"};
    r.owner = "anna@example.com";
    r.dossier.description = "Steel service centre.\nTwo plants.";
    r.dossier.decisionProcess = "Tender committee, CFO signs.";
    ContactRecord boss;
    boss.contact.name = "Игорь Смирнов";
    boss.contact.email = "igor@severstal.example";
    boss.contact.role = DecisionRole::DecisionMaker;
    boss.contact.influence = 5;
    boss.contact.phones = {{"work", "+7 812 555 01 01"}};
    ContactRecord buyer;
    buyer.contact.name = "דנה כהן";
    buyer.contact.role = DecisionRole::EconomicBuyer;
    buyer.reportsTo = 0;
    r.contacts = {boss, buyer};
    InteractionRecord meeting;
    meeting.interaction.kind = InteractionKind::Meeting;
    meeting.interaction.occurredAt = *DateTime::parseIso("2026-12-01T09:30:00Z");
    meeting.interaction.subject = "Annual review";
    meeting.manager = "anna@example.com";
    meeting.contacts = {0, 1};
    r.interactions = {meeting};
    FollowUpRecord promise;
    promise.followUp.title = "Send the delivery schedule";
    promise.followUp.kind = FollowUpKind::Commitment;
    promise.followUp.dueDate = *Date::parseIso("2026-12-05");
    promise.interaction = 0;
    FollowUpRecord done;
    done.followUp.title = "Call back";
    done.followUp.dueDate = *Date::parseIso("2026-10-01");
    done.followUp.done = true;
    done.followUp.doneAt = DateTime::parseIso("2026-10-02T08:00:00Z");
    r.followUps = {promise, done};
    TenderRecord tender;
    tender.tender.title = "Rolled steel 2026";
    tender.tender.date = *Date::parseIso("2026-03-01");
    tender.tender.value = Money::parse("1250000.5");
    tender.tender.outcome = TenderOutcome::Lost;
    tender.tender.reason = "price";
    tender.winner = "Helios Systems";
    r.tenders = {tender};
    PresenceRecord presence;
    presence.competitor = "Helios Systems";
    presence.presence.threat = ThreatLevel::High;
    presence.presence.products = "coils";
    r.competitors = {presence};
    f.accounts.push_back(r);
    return f;
}

std::vector<std::string> problemTexts(std::string_view text)
{
    std::vector<std::string> out;
    for (const auto& p : readDossiers(text).problems)
        out.push_back(p.toString());
    return out;
}

std::string wrap(const std::string& accounts)
{
    return R"({"format":"keystone-dossiers","version":1,"managers":[],"competitors":[],"accounts":[)" + accounts +
           "]}";
}

} // namespace

TEST_CASE("Dossier JSON: write then read gives the same values and the same bytes")
{
    const DossierFile f = sample();
    const std::string text = writeDossiers(f);
    CHECK_THAT(text, Catch::StartsWith("{\n  \"format\": \"keystone-dossiers\",\n  \"version\": 1,\n"));
    CHECK_THAT(text, Catch::Contains("\"value\": \"1250000.50\"")); // money as a decimal string
    CHECK_THAT(text, Catch::Contains("\"occurred_at\": \"2026-12-01T09:30:00Z\""));
    CHECK_THAT(text, Catch::Contains("\"due\": \"2026-12-05\""));
    CHECK_THAT(text, Catch::Contains("Игорь Смирнов")); // UTF-8 as is, not \u escapes
    CHECK(text.back() == '\n');

    const auto result = readDossiers(text);
    REQUIRE(result.problems.empty());
    const auto& r = result.file.accounts.at(0);
    CHECK(r.account == f.accounts[0].account);
    CHECK(r.dossier == f.accounts[0].dossier);
    CHECK(r.contacts[1].reportsTo == std::optional<std::size_t>(0));
    CHECK(r.contacts[0].contact == f.accounts[0].contacts[0].contact);
    CHECK(r.interactions[0].contacts == std::vector<std::size_t>{0, 1});
    CHECK(r.followUps[0].interaction == std::optional<std::size_t>(0));
    CHECK(r.followUps[1].followUp == f.accounts[0].followUps[1].followUp);
    CHECK(r.tenders[0].tender.value == Money::parse("1250000.50"));
    CHECK(r.tenders[0].winner == "Helios Systems");
    CHECK(r.competitors[0].presence.threat == ThreatLevel::High);
    CHECK(result.file.managers == f.managers);
    CHECK(result.file.competitors == f.competitors);
    CHECK(writeDossiers(result.file) == text);
}

TEST_CASE("Dossier JSON: every problem is reported with its JSON path")
{
    const auto problems = problemTexts(wrap(R"(
        {"ref":"A1","name":"First","contacts":[{"name":"Ok","email":"ok@example.com"},
                                               {"name":"Bad","email":"not-an-address","influence":9}]},
        {"ref":"A1","name":"","status":"sleepy","headcount":-5,
         "interactions":[{"kind":"call","subject":"x","contacts":[3]}],
         "follow_ups":[{"title":"t","due":"2026-02-30"}],
         "tenders":[{"title":"t","date":"2026-01-01","value":12.5,"winner":"Helios"}],
         "colour":"red"})"));
    const std::vector<std::string> expected{
        "/accounts/0/contacts/1/influence: expected a whole number from 1 to 5, found 9",
        "/accounts/0/contacts/1/email: not an e-mail address",
        "/accounts/1/colour: unknown member (this is version 1 of the format)",
        "/accounts/1/headcount: expected a whole number from 0 to 2147483647, found -5",
        "/accounts/1/status: expected one of: prospect, active, at_risk, lost, won_back; found 'sleepy'",
        "/accounts/1/name: is required",
        "/accounts/1/interactions/0/occurred_at: is required (a UTC time, YYYY-MM-DDTHH:MM:SSZ)",
        "/accounts/1/interactions/0/contacts/0: refers to a contact but the account has none",
        "/accounts/1/follow_ups/0/due: expected a date YYYY-MM-DD, found '2026-02-30'",
        "/accounts/1/tenders/0/value: expected a decimal number in a string with at most four decimals "
        "(\"125000.00\"), found a number with a fraction",
        "/accounts/1/tenders/0/winner: a winning competitor is recorded only for a lost tender",
        "/accounts/1/ref: the reference 'A1' is also used by /accounts/0",
    };
    CHECK(problems == expected);
}

TEST_CASE("Dossier JSON: references inside an account are checked")
{
    const auto problems = problemTexts(wrap(R"(
        {"name":"Solo","contacts":[{"name":"A","reports_to":0},{"name":"B","reports_to":7},
                                   {"name":"a"}],
         "follow_ups":[{"title":"t","due":"2026-01-01","interaction":0}],
         "competitors":[{"competitor":"X"},{"competitor":"x"}], "parent":"Solo"})"));
    const std::vector<std::string> expected{
        "/accounts/0/contacts/0/reports_to: a contact cannot report to themselves",
        "/accounts/0/contacts/1/reports_to: expected a whole number from 0 to 2, found 7",
        "/accounts/0/contacts/2/name: the name (of a contact without e-mail) is also used by contact 0 of this "
        "account",
        "/accounts/0/follow_ups/0/interaction: refers to an interaction but the account has none",
        "/accounts/0/competitors/1/competitor: is also listed at /accounts/0/competitors/0",
        "/accounts/0/parent: an account cannot be its own parent",
    };
    CHECK(problems == expected);
}

TEST_CASE("Dossier JSON: the file as a whole")
{
    CHECK(problemTexts("{\"format\": \"keystone-dossiers\",\n \"version\": 1,\n \"accounts\": [}") ==
          std::vector<std::string>{"not valid JSON: line 3, column 15: syntax error while parsing value - "
                                   "unexpected '}'; expected '[', '{', or a literal"});
    CHECK(problemTexts("[]") == std::vector<std::string>{"expected an object, found an array"});
    CHECK(problemTexts(R"({"format":"something-else","version":1})") ==
          std::vector<std::string>{
              "/format: expected \"keystone-dossiers\"; this is not a Keystone dossier file"});
    CHECK(problemTexts(R"({"format":"keystone-dossiers","version":2})") ==
          std::vector<std::string>{"/version: version 2 is newer than this Keystone reads (1)"});
    CHECK(problemTexts(R"({"format":"keystone-dossiers"})") ==
          std::vector<std::string>{"/version: is required (a whole number; this Keystone reads version 1)"});
    CHECK(problemTexts(R"({"format":"keystone-dossiers","version":1,"accounts":{}})") ==
          std::vector<std::string>{"/accounts: expected an array, found an object"});
    CHECK(problemTexts(R"({"format":"keystone-dossiers","version":1,
        "managers":[{"name":"A","email":"a@x.example"},{"name":"B","email":"A@x.example"}],
        "competitors":[{"name":"Helios"},{"name":"HELIOS"},{"website":"w"}]})") ==
          std::vector<std::string>{"/managers/1/email: is also used by /managers/0",
                                   "/competitors/1/name: is also used by /competitors/0",
                                   "/competitors/2/name: is required"});
    CHECK(problemTexts(wrap(R"({"name":"A","tenders":[{"title":"t","date":"2026-01-01","value":"1,250.00"},
                                                     {"title":"u","date":"2026-01-01","value":"12.34567"}]})")) ==
          std::vector<std::string>{"/accounts/0/tenders/0/value: expected a decimal number in a string with at most "
                                   "four decimals (\"125000.00\"), found '1,250.00'",
                                   "/accounts/0/tenders/1/value: expected a decimal number in a string with at most "
                                   "four decimals (\"125000.00\"), found '12.34567'"});
    // An empty account list is a valid, empty file.
    CHECK(problemTexts(wrap("")).empty());
}
