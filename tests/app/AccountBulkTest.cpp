// Bulk changes and hand-over over a small book with known owners, tags and follow-ups.
#include "AppFixture.h"
#include "app/AccountBulk.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::test;

namespace {

// ManagersFixture gives it `dir`, `ws` and `anna`.
struct Book : ManagersFixture
{
    Manager ben = addManager("Ben Levi", "ben@example.com");
    Manager chen = addManager("陈静", "chen@example.com");
    Account severstal, acme, zeta, archivedOld, bens;
    FollowUp annaOpen, annaDone, benOnAnnas, annaOnBens;

    Account account(const std::string& name, const std::string& ref, ManagerId owner, std::vector<std::string> tags)
    {
        Account a;
        a.name = name;
        a.ref = ref;
        a.ownerId = owner;
        a.tags = std::move(tags);
        a.status = AccountStatus::Active;
        ws.store().accounts().create(a);
        return a;
    }
    FollowUp followUp(AccountId account, ManagerId owner, const std::string& title, bool done)
    {
        FollowUp f;
        f.accountId = account;
        f.ownerId = owner;
        f.title = title;
        f.dueDate = *Date::fromYmd(2026, 12, 1);
        f.done = done;
        if (done)
            f.doneAt = kClock.now();
        ws.store().followUps().create(f);
        return f;
    }
    Book()
    {
        severstal = account("Северсталь", "S-1", anna.id, {"VIP", "steel"});
        acme = account("Acme GmbH", "A-1", anna.id, {"steel"});
        zeta = account("Zeta", "Z-1", anna.id, {});
        archivedOld = account("Old Works", "O-1", anna.id, {});
        ws.store().accounts().remove(archivedOld.id);
        bens = account("שטראוס", "B-1", ben.id, {});
        annaOpen = followUp(severstal.id, anna.id, "Send the offer", false);
        annaDone = followUp(severstal.id, anna.id, "Call back", true);
        benOnAnnas = followUp(acme.id, ben.id, "Technical visit", false);
        annaOnBens = followUp(bens.id, anna.id, "Introduce Ben", false);
    }
    Account find(AccountId id) { return *ws.store().accounts().find(id); }
    std::optional<ManagerId> followUpOwner(FollowUpId id) { return ws.store().followUps().find(id)->ownerId; }
};

} // namespace

TEST_CASE("Changing the owner of several accounts is one change that undoes to each previous owner")
{
    Book b;
    AccountBulk bulk(b.ws);
    const auto change = bulk.setOwner({b.severstal.id, b.bens.id, b.severstal.id}, b.chen.id);
    REQUIRE(change.before.size() == 2); // the duplicate id counts once
    CHECK(b.find(b.severstal.id).ownerId == b.chen.id);
    CHECK(b.find(b.bens.id).ownerId == b.chen.id);
    CHECK(b.find(b.acme.id).ownerId == b.anna.id);
    bulk.undo(change);
    CHECK(b.find(b.severstal.id).ownerId == b.anna.id);
    CHECK(b.find(b.bens.id).ownerId == b.ben.id);
    bulk.redo(change);
    CHECK(b.find(b.bens.id).ownerId == b.chen.id);
    // Nobody: the accounts are left without a manager.
    bulk.setOwner({b.zeta.id}, std::nullopt);
    CHECK_FALSE(b.find(b.zeta.id).ownerId);
    CHECK_THROWS_AS(bulk.setOwner({b.zeta.id}, 999), ValidationError);
}

TEST_CASE("A bulk change is all or nothing")
{
    Book b;
    AccountBulk bulk(b.ws);
    CHECK_THROWS_AS(bulk.setStatus({b.severstal.id, 4242}, AccountStatus::AtRisk), NotFoundError);
    CHECK(b.find(b.severstal.id).status == AccountStatus::Active);
}

TEST_CASE("Status changes skip accounts already in that status and undo exactly")
{
    Book b;
    AccountBulk bulk(b.ws);
    AccountBulk(b.ws).setStatus({b.zeta.id}, AccountStatus::Lost);
    const auto change = bulk.setStatus({b.severstal.id, b.zeta.id}, AccountStatus::AtRisk);
    REQUIRE(change.before.size() == 2);
    const auto none = bulk.setStatus({b.severstal.id}, AccountStatus::AtRisk);
    CHECK(none.empty());
    bulk.undo(change);
    CHECK(b.find(b.severstal.id).status == AccountStatus::Active);
    CHECK(b.find(b.zeta.id).status == AccountStatus::Lost);
}

TEST_CASE("Tags are added where missing and removed folded, keeping the others in order")
{
    Book b;
    AccountBulk bulk(b.ws);
    const auto change = bulk.editTags({b.severstal.id, b.acme.id}, {"Key 2027", "STEEL"}, {"vip"});
    CHECK(b.find(b.severstal.id).tags == std::vector<std::string>{"steel", "Key 2027"});
    CHECK(b.find(b.acme.id).tags == std::vector<std::string>{"steel", "Key 2027"});
    AccountQuery tagged;
    tagged.tag = "key 2027";
    CHECK(b.ws.store().accounts().count(tagged) == 2);
    bulk.undo(change);
    CHECK(b.find(b.severstal.id).tags == std::vector<std::string>{"VIP", "steel"});
    CHECK(b.ws.store().accounts().count(tagged) == 0);
    CHECK_THROWS_WITH(bulk.editTags({b.acme.id}, {"x"}, {"X"}), Catch::Contains("both added and removed"));
    CHECK_THROWS_WITH(bulk.editTags({b.acme.id}, {" "}, {}), Catch::Contains("at least one tag"));
}

TEST_CASE("Archiving hides accounts, undo brings them back, purge deletes")
{
    Book b;
    AccountBulk bulk(b.ws);
    const auto before = b.ws.store().accounts().count({});
    const auto change = bulk.archive({b.acme.id, b.zeta.id});
    CHECK(b.ws.store().accounts().count({}) == before - 2);
    CHECK(b.find(b.acme.id).archivedAt == kClock.now());
    bulk.undo(change);
    CHECK(b.ws.store().accounts().count({}) == before);
    CHECK_FALSE(b.find(b.acme.id).isArchived());
    const auto restored = bulk.unarchive({b.archivedOld.id});
    CHECK(restored.before.size() == 1);
    CHECK(b.ws.store().accounts().count({}) == before + 1);
    bulk.purge({b.zeta.id});
    CHECK_FALSE(b.ws.store().accounts().find(b.zeta.id));
}

TEST_CASE("Handing over every account of a manager moves her open follow-ups on them too")
{
    Book b;
    AccountBulk bulk(b.ws);
    const auto plan = bulk.planHandOver(b.anna.id, b.chen.id);
    REQUIRE(plan.accounts.size() == 4); // archived ones too
    CHECK(plan.accounts.front().name == "Acme GmbH");
    REQUIRE(plan.followUps.size() == 1); // the open one of hers on her accounts
    CHECK(plan.followUps.front().id == b.annaOpen.id);
    CHECK(plan.skipped.empty());
    // Planning writes nothing.
    CHECK(b.find(b.severstal.id).ownerId == b.anna.id);

    const auto change = bulk.handOver(plan);
    for (auto id : {b.severstal.id, b.acme.id, b.zeta.id, b.archivedOld.id})
        CHECK(b.find(id).ownerId == b.chen.id);
    CHECK(b.followUpOwner(b.annaOpen.id) == b.chen.id);
    CHECK(b.followUpOwner(b.annaDone.id) == b.anna.id);    // done: history stays
    CHECK(b.followUpOwner(b.benOnAnnas.id) == b.ben.id);   // someone else's
    CHECK(b.followUpOwner(b.annaOnBens.id) == b.anna.id);  // on an account she does not hand over
    AccountQuery hers;
    hers.ownerId = b.anna.id;
    hers.includeArchived = true;
    CHECK(b.ws.store().accounts().count(hers) == 0);

    bulk.undo(change);
    for (auto id : {b.severstal.id, b.acme.id, b.zeta.id, b.archivedOld.id})
        CHECK(b.find(id).ownerId == b.anna.id);
    CHECK(b.followUpOwner(b.annaOpen.id) == b.anna.id);
    CHECK(b.find(b.archivedOld.id).isArchived());
}

TEST_CASE("Handing over a selection moves only the chosen accounts of that manager")
{
    Book b;
    AccountBulk bulk(b.ws);
    const auto plan = bulk.planHandOver(b.anna.id, b.ben.id, std::vector<AccountId>{b.severstal.id, b.bens.id});
    REQUIRE(plan.accounts.size() == 1);
    CHECK(plan.accounts.front().id == b.severstal.id);
    REQUIRE(plan.skipped.size() == 1);
    CHECK(plan.skipped.front().id == b.bens.id);
    bulk.handOver(plan);
    CHECK(b.find(b.severstal.id).ownerId == b.ben.id);
    CHECK(b.find(b.acme.id).ownerId == b.anna.id);
    CHECK(b.followUpOwner(b.annaOpen.id) == b.ben.id);
    CHECK_THROWS_WITH(bulk.planHandOver(b.ben.id, b.ben.id), Catch::Contains("choose another manager"));
}

TEST_CASE("A stale hand-over plan is refused and changes nothing")
{
    Book b;
    AccountBulk bulk(b.ws);
    const auto plan = bulk.planHandOver(b.anna.id, b.chen.id);
    bulk.setOwner({b.zeta.id}, b.ben.id); // someone else moved one meanwhile
    CHECK_THROWS_AS(bulk.handOver(plan), ConflictError);
    CHECK(b.find(b.severstal.id).ownerId == b.anna.id);
    CHECK(b.followUpOwner(b.annaOpen.id) == b.anna.id);
}

TEST_CASE("Segment cells come from the latest saved segmentation")
{
    Book b;
    CHECK(latestSegmentCells(b.ws.store()).empty());
    SegmentSnapshot older;
    older.takenAt = kClock.now();
    older.rows.push_back({b.acme.id, "A-1", "Acme GmbH", Money{}, "CZ", std::nullopt});
    b.ws.store().snapshots().save(older);
    SegmentSnapshot newer;
    newer.takenAt = kClock.now();
    newer.rows.push_back({b.acme.id, "A-1", "Acme GmbH", Money{}, "AX", std::nullopt});
    newer.rows.push_back({std::nullopt, "G-1", "Gone", Money{}, "BY", std::nullopt});
    b.ws.store().snapshots().save(newer);
    const auto cells = latestSegmentCells(b.ws.store());
    REQUIRE(cells.size() == 1);
    CHECK(cells.at(b.acme.id) == "AX");
}
