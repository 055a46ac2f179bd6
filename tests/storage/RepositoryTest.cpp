#include "TempDir.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

struct Fixture
{
    TempDir dir;
    Store store{dir / "k.db", kClock};
    Account account;
    Account other;
    Fixture()
    {
        account.name = "Acme";
        store.accounts().create(account);
        other.name = "Other";
        store.accounts().create(other);
    }
    Contact contact(const std::string& name, std::optional<ContactId> boss = std::nullopt)
    {
        Contact c;
        c.accountId = account.id;
        c.name = name;
        c.reportsTo = boss;
        store.contacts().create(c);
        return c;
    }
};

} // namespace

TEST_CASE_METHOD(Fixture, "Contacts keep roles, phones and reporting lines")
{
    Contact boss = contact("Мария Иванова");
    Contact c;
    c.accountId = account.id;
    c.name = "דוד כהן";
    c.position = "CTO";
    c.department = "Engineering";
    c.email = "david@example.co.il";
    c.phones = {{"work", "+972 3 555 0101"}, {"mobile", "+972 50 555 0102"}};
    c.language = "he";
    c.role = DecisionRole::TechnicalBuyer;
    c.attitude = Attitude::Supporter;
    c.influence = 4;
    c.reportsTo = boss.id;
    c.notes = "Prefers e-mail";
    store.contacts().create(c);
    CHECK(*store.contacts().find(c.id) == c);

    c.leftCompany = true;
    c.phones.pop_back();
    store.contacts().update(c);
    CHECK(*store.contacts().find(c.id) == c);

    const auto list = store.contacts().listForAccount(account.id);
    REQUIRE(list.size() == 2);
    CHECK(list[0].name == "Мария Иванова"); // folded Cyrillic sorts before Hebrew

    // A loop in the reporting line, or a boss at another account, is refused.
    boss.reportsTo = c.id;
    CHECK_THROWS_WITH(store.contacts().update(boss), Catch::Contains("reports_to") && Catch::Contains("loop"));
    Contact outsider;
    outsider.accountId = other.id;
    outsider.name = "Outsider";
    outsider.reportsTo = c.id;
    CHECK_THROWS_WITH(store.contacts().create(outsider), Catch::Contains("same account"));
    Contact nowhere;
    nowhere.accountId = 9999;
    nowhere.name = "Nobody";
    CHECK_THROWS_WITH(store.contacts().create(nowhere), Catch::Contains("account 9999 does not exist"));

    // Deleting the boss leaves the report without one.
    store.contacts().remove(boss.id);
    CHECK_FALSE(store.contacts().find(c.id)->reportsTo);
}

TEST_CASE_METHOD(Fixture, "Interactions keep participants and come newest first")
{
    Contact a = contact("A"), b = contact("B");
    Manager m{0, "Anna", "anna@example.com", true};
    store.managers().create(m);
    Interaction first;
    first.accountId = account.id;
    first.managerId = m.id;
    first.kind = InteractionKind::Visit;
    first.occurredAt = *DateTime::parseIso("2026-10-01T09:00:00Z");
    first.subject = "Quarterly visit";
    first.summary = "Discussed the 2027 framework contract.";
    first.outcome = "Draft by December";
    first.sentiment = Sentiment::Positive;
    first.contactIds = {a.id, b.id};
    store.interactions().create(first);
    Interaction second = first;
    second.id = 0;
    second.kind = InteractionKind::Complaint;
    second.occurredAt = *DateTime::parseIso("2026-11-01T09:00:00Z");
    second.subject = "Late delivery";
    second.contactIds = {b.id};
    store.interactions().create(second);

    CHECK(*store.interactions().find(first.id) == first);
    const auto list = store.interactions().listForAccount(account.id);
    REQUIRE(list.size() == 2);
    CHECK(list[0].subject == "Late delivery");
    CHECK(store.interactions().listForAccount(account.id, 1).size() == 1);

    Contact stranger;
    stranger.accountId = other.id;
    stranger.name = "Stranger";
    store.contacts().create(stranger);
    second.contactIds = {stranger.id};
    CHECK_THROWS_WITH(store.interactions().update(second), Catch::Contains("another account"));
    store.interactions().remove(second.id);
    CHECK_FALSE(store.interactions().find(second.id));
}

TEST_CASE_METHOD(Fixture, "Follow-ups filter by owner, due date and state")
{
    Manager m{0, "Anna", "", true};
    store.managers().create(m);
    auto make = [&](const char* title, const char* due, FollowUpKind kind) {
        FollowUp f;
        f.accountId = account.id;
        f.title = title;
        f.dueDate = *Date::parseIso(due);
        f.ownerId = m.id;
        f.kind = kind;
        store.followUps().create(f);
        return f;
    };
    FollowUp late = make("Confirm delivery date", "2026-11-15", FollowUpKind::Commitment);
    make("Send offer", "2026-11-30", FollowUpKind::Task);
    CHECK(*store.followUps().find(late.id) == late);

    FollowUpQuery due;
    due.ownerId = m.id;
    due.dueOnOrBefore = kClock.today();
    REQUIRE(store.followUps().list(due).size() == 1);
    CHECK(store.followUps().list(due)[0].isOverdue(kClock.today()));

    late.done = true;
    store.followUps().update(late);
    CHECK(store.followUps().find(late.id)->doneAt == kClock.now());
    CHECK(store.followUps().list(due).empty());
    FollowUpQuery all;
    all.openOnly = false;
    CHECK(store.followUps().list(all).size() == 2);
    late.done = false;
    store.followUps().update(late);
    CHECK_FALSE(store.followUps().find(late.id)->doneAt);

    FollowUp orphan;
    orphan.accountId = account.id;
    orphan.title = "x";
    orphan.ownerId = 4242;
    CHECK_THROWS_WITH(store.followUps().create(orphan), Catch::Contains("owner"));
}

TEST_CASE_METHOD(Fixture, "Tenders and competitors")
{
    Competitor rival{0, "Rival GmbH", "https://rival.example", "Cheap, slow"};
    store.competitors().create(rival);
    Competitor dup{0, "RIVAL gmbh", "", ""};
    CHECK_THROWS_AS(store.competitors().create(dup), ConflictError);
    CHECK(store.competitors().findByName("rival GMBH")->id == rival.id);

    Tender t;
    t.accountId = account.id;
    t.title = "Pumps 2026";
    t.date = *Date::parseIso("2026-03-01");
    t.value = Money::parse("125000.50");
    t.outcome = TenderOutcome::Lost;
    t.reason = "Price 12% above the winner";
    t.winnerId = rival.id;
    store.tenders().create(t);
    CHECK(*store.tenders().find(t.id) == t);
    CHECK(store.tenders().listForAccount(account.id).size() == 1);

    CompetitorPresence p;
    p.accountId = account.id;
    p.competitorId = rival.id;
    p.products = "Pumps";
    p.threat = ThreatLevel::High;
    store.competitors().savePresence(p);
    const PresenceId first = p.id;
    p.id = 0;
    p.notes = "Met their sales director at the fair";
    store.competitors().savePresence(p); // same pair: updated, not duplicated
    CHECK(p.id == first);
    const auto presence = store.competitors().presenceAt(account.id);
    REQUIRE(presence.size() == 1);
    CHECK(presence[0].notes == p.notes);

    // Removing a competitor clears the tender's winner and its presence.
    store.competitors().remove(rival.id);
    CHECK_FALSE(store.tenders().find(t.id)->winnerId);
    CHECK(store.competitors().presenceAt(account.id).empty());
}

TEST_CASE_METHOD(Fixture, "Managers have unique e-mail addresses")
{
    Manager a{0, "Anna", "anna@example.com", true};
    store.managers().create(a);
    Manager b{0, "Another Anna", "anna@example.com", true};
    CHECK_THROWS_WITH(store.managers().create(b), Catch::Contains("anna@example.com"));
    Manager c{0, "Boris", "", false};
    Manager d{0, "Dmitri", "", true};
    store.managers().create(c);
    store.managers().create(d);
    CHECK(store.managers().findByEmail("ANNA@example.com")->id == a.id);
    CHECK(store.managers().list().size() == 3);
    c.active = true;
    store.managers().update(c);
    CHECK(store.managers().find(c.id)->active);
}

TEST_CASE_METHOD(Fixture, "Settings hold JSON only")
{
    CHECK_FALSE(store.settings().get("segmentation"));
    store.settings().set("segmentation", R"({"abc":[80,95]})");
    CHECK(*store.settings().get("segmentation") == R"({"abc":[80,95]})");
    CHECK_THROWS_AS(store.settings().set("segmentation", "{broken"), ValidationError);
    CHECK(*store.settings().get("segmentation") == R"({"abc":[80,95]})");
}
