// The account workspace's use cases: people, tenders, competitors' presence and
// the account's own fields written in one transaction each, with problems named
// by field; sales read back per account agree with the lines.
#include "TempDir.h"
#include "app/AccountEditing.h"
#include "app/DemoGenerator.h"

#include <catch2/catch.hpp>

#include <map>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-06-15T12:00:00Z"));

bool names(const ValidationError& e, const std::string& field)
{
    for (const auto& f : e.errors())
        if (f.field == field)
            return true;
    return false;
}

struct Demo
{
    TempDir dir;
    Workspace ws{dir / "demo.db", kClock};
    AccountEditing editing{ws};
    AccountId account = 0;
    Demo()
    {
        DemoGenerator(ws.store(), DemoOptions{12, 2, 3}).run();
        // The first account with sales.
        for (const auto& row : ws.listAccounts(AccountQuery{}))
            if (!editing.saleLines(row.account.id).empty()) {
                account = row.account.id;
                break;
            }
        REQUIRE(account != 0);
    }
};

} // namespace

TEST_CASE("A contact is added, edited, marked as left and back", "[app][editing]")
{
    Demo d;
    Contact boss;
    boss.accountId = d.account;
    boss.name = "Анна Петрова";
    boss.position = "Директор по закупкам";
    boss.role = DecisionRole::DecisionMaker;
    boss = d.editing.saveContact(boss);
    REQUIRE(boss.id != 0);

    Contact report;
    report.accountId = d.account;
    report.name = "דוד כהן";
    report.reportsTo = boss.id;
    report = d.editing.saveContact(report);
    CHECK(d.ws.store().contacts().find(report.id)->reportsTo == boss.id);

    report.position = "Buyer";
    report.email = "david@example.com";
    d.editing.saveContact(report);
    CHECK(d.ws.store().contacts().find(report.id)->position == "Buyer");

    CHECK(d.editing.setContactLeft(report.id, true).leftCompany);
    CHECK(d.ws.store().contacts().find(report.id)->leftCompany);
    CHECK_FALSE(d.editing.setContactLeft(report.id, false).leftCompany);
    CHECK_THROWS_AS(d.editing.setContactLeft(999999, true), NotFoundError);
}

TEST_CASE("Contact problems name their field and change nothing", "[app][editing]")
{
    Demo d;
    Contact boss;
    boss.accountId = d.account;
    boss.name = "Li Wei 李伟";
    boss = d.editing.saveContact(boss);
    Contact report;
    report.accountId = d.account;
    report.name = "Report";
    report.reportsTo = boss.id;
    report = d.editing.saveContact(report);

    SECTION("an empty name")
    {
        Contact nameless = boss;
        nameless.name = "  ";
        try {
            d.editing.saveContact(nameless);
            FAIL("saved without a name");
        } catch (const ValidationError& e) {
            CHECK(names(e, "name"));
        }
        CHECK(d.ws.store().contacts().find(boss.id)->name == "Li Wei 李伟");
    }
    SECTION("a bad e-mail")
    {
        Contact bad = boss;
        bad.email = "not an address";
        try {
            d.editing.saveContact(bad);
            FAIL("saved a bad e-mail");
        } catch (const ValidationError& e) {
            CHECK(names(e, "email"));
        }
    }
    SECTION("a loop in the reporting line")
    {
        Contact looping = boss;
        looping.reportsTo = report.id;
        try {
            d.editing.saveContact(looping);
            FAIL("saved a loop");
        } catch (const ValidationError& e) {
            CHECK(names(e, "reports_to"));
        }
        CHECK_FALSE(d.ws.store().contacts().find(boss.id)->reportsTo);
    }
}

TEST_CASE("Tenders and presence are saved and removed", "[app][editing]")
{
    Demo d;
    Tender t;
    t.accountId = d.account;
    t.title = "Supply of rolled steel 2027";
    t.date = kClock.today();
    t.value = Money::fromMajor(250000);
    t = d.editing.saveTender(t);
    REQUIRE(t.id != 0);
    t.outcome = TenderOutcome::Won;
    t.reason = "Best delivery terms";
    d.editing.saveTender(t);
    CHECK(d.ws.store().tenders().find(t.id)->outcome == TenderOutcome::Won);

    Tender titleless = t;
    titleless.title.clear();
    try {
        d.editing.saveTender(titleless);
        FAIL("saved without a title");
    } catch (const ValidationError& e) {
        CHECK(names(e, "title"));
    }
    d.editing.removeTender(t.id);
    CHECK_FALSE(d.ws.store().tenders().find(t.id));
    CHECK_THROWS_AS(d.editing.removeTender(t.id), NotFoundError);

    const auto competitors = d.editing.competitors();
    REQUIRE_FALSE(competitors.empty());
    CompetitorPresence p;
    p.accountId = d.account;
    p.competitorId = competitors.front().id;
    p.threat = ThreatLevel::High;
    p.products = "Cold-rolled sheet";
    // Already there or not, saving leaves exactly one presence of the pair, as given.
    const CompetitorPresence saved = d.editing.savePresence(p);
    int found = 0;
    for (const auto& q : d.ws.store().competitors().presenceAt(d.account))
        if (q.competitorId == p.competitorId) {
            ++found;
            CHECK(q.threat == ThreatLevel::High);
            CHECK(q.products == "Cold-rolled sheet");
            CHECK(q.id == saved.id);
        }
    CHECK(found == 1);
    d.editing.removePresence(saved.id);
    for (const auto& q : d.ws.store().competitors().presenceAt(d.account))
        CHECK(q.competitorId != p.competitorId);

    CompetitorPresence nobody;
    nobody.accountId = d.account;
    try {
        d.editing.savePresence(nobody);
        FAIL("saved without a competitor");
    } catch (const ValidationError& e) {
        CHECK(names(e, "competitor"));
    }
}

TEST_CASE("The account's own fields are saved with problems named", "[app][editing]")
{
    Demo d;
    Account a = *d.ws.store().accounts().find(d.account);
    a.name = "Aciéries de Lorraine SA";
    a.tags = {"steel", "Lorraine"};
    CHECK(d.editing.saveAccount(a).name == "Aciéries de Lorraine SA");
    a.name.clear();
    try {
        d.editing.saveAccount(a);
        FAIL("saved without a name");
    } catch (const ValidationError& e) {
        CHECK(names(e, "name"));
    }
    CHECK(d.ws.store().accounts().find(d.account)->name == "Aciéries de Lorraine SA");
}

TEST_CASE("An account's monthly totals equal the sum of its sale lines", "[app][editing]")
{
    Demo d;
    const auto lines = d.editing.saleLines(d.account);
    std::map<int, Money> byMonth;
    std::map<int, std::int64_t> counts;
    for (const auto& l : lines) {
        CHECK(l.accountId == d.account);
        byMonth[monthIndex(l.date)] += l.amount;
        ++counts[monthIndex(l.date)];
    }
    const auto months = d.editing.monthlyTotals(d.account);
    REQUIRE(months.size() == byMonth.size());
    for (const auto& m : months) {
        CHECK(m.amount == byMonth[m.month]);
        CHECK(m.lines == counts[m.month]);
    }
    for (std::size_t i = 1; i < months.size(); ++i)
        CHECK(months[i - 1].month < months[i].month);
}

TEST_CASE("A reference taken by another account is an error on the reference", "[app][editing]")
{
    Demo d;
    const auto rows = d.ws.listAccounts(AccountQuery{});
    REQUIRE(rows.size() > 1);
    Account a = rows[0].account;
    Account b = rows[1].account;
    REQUIRE_FALSE(b.ref.empty());
    const std::string before = a.ref;
    a.ref = b.ref;
    try {
        d.editing.saveAccount(a);
        FAIL("two accounts with one reference");
    } catch (const ValidationError& e) {
        CHECK(names(e, "ref"));
    }
    CHECK(d.ws.store().accounts().find(a.id)->ref == before);
}
