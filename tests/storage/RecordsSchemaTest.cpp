#include "TempDir.h"
#include "storage/Migrations.h"
#include "storage/SearchEntries.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

Manager member(const char* name, const char* email)
{
    Manager m;
    m.name = name;
    m.email = email;
    return m;
}

Competitor competitor(const char* name)
{
    Competitor c;
    c.name = name;
    return c;
}

CompetitorPresence presence(AccountId account, CompetitorId competitor)
{
    CompetitorPresence p;
    p.accountId = account;
    p.competitorId = competitor;
    return p;
}

} // namespace

TEST_CASE("Schema 8 gives existing interactions their account's owner and keeps free-text tender reasons")
{
    TempDir dir;
    const auto path = dir / "v7.db";
    {
        OpenOptions old;
        old.targetVersion = 7;
        Database db(path, old);
        REQUIRE(db.schemaVersion() == 7);
        db.connection().exec(R"sql(
            INSERT INTO managers(id, name, name_key, email) VALUES (1, 'Ann', 'ann', 'ann@x.com');
            INSERT INTO accounts(id, name, name_key, ref, owner_id, created_at, updated_at)
              VALUES (1, 'Acme', 'acme', 'A1', 1, 0, 0), (2, 'Orphan', 'orphan', 'A2', NULL, 0, 0);
            INSERT INTO interactions(id, account_id, manager_id, kind, occurred_at, subject, created_at)
              VALUES (1, 1, NULL, 'call', 100, 'no one', 100), (2, 2, NULL, 'call', 100, 'no owner', 100);
            INSERT INTO tenders(id, account_id, title, tender_date, outcome, reason)
              VALUES (1, 1, 'T1', 10, 'lost', 'price'), (2, 1, 'T2', 10, 'lost', 'Price: 8% above theirs'),
                     (3, 1, 'T3', 10, 'lost', 'they knew the CEO'), (4, 1, 'T4', 10, 'open', '');
        )sql");
        search_entries::rebuild(db.connection()); // the search entries the writers of version 7 made
    }
    Store store(path, kClock);
    REQUIRE(store.database().schemaVersion() == latestSchemaVersion());
    CHECK(store.interactions().find(1)->managerId == 1);
    CHECK_FALSE(store.interactions().find(2)->managerId);
    const auto price = store.tenders().findReason("Price");
    const auto other = store.tenders().findReason("other");
    REQUIRE(price);
    REQUIRE(other);
    CHECK(store.tenders().find(1)->reasonId == price->id);
    CHECK(store.tenders().find(2)->reasonId == price->id);
    CHECK(store.tenders().find(3)->reasonId == other->id);
    CHECK(store.tenders().find(3)->reason == "they knew the CEO"); // kept as the detail
    CHECK_FALSE(store.tenders().find(4)->reasonId);
    CHECK(store.managers().find(1)->role == ManagerRole::Manager);
    CHECK(store.attribution(RecordTable::Accounts, 1) == Attribution{});
    CHECK(store.check().empty());
}

TEST_CASE("Every write is stamped with the store's actor as created_by and updated_by")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Manager ann = member("Ann", "ann@x.com");
    Manager bob = member("Bob", "bob@x.com");
    store.managers().create(ann);
    store.setActor(ann.id);
    store.managers().create(bob);
    CHECK(store.attribution(RecordTable::Managers, ann.id) == Attribution{});
    CHECK(store.attribution(RecordTable::Managers, bob.id) == Attribution{ann.id, ann.id});

    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    Contact k;
    k.accountId = a.id;
    k.name = "Kim";
    store.contacts().create(k);
    Interaction i;
    i.accountId = a.id;
    i.occurredAt = kClock.now();
    i.subject = "Call";
    i.colleagueIds = {bob.id};
    i.product = "Widget";
    store.interactions().create(i);
    FollowUp f;
    f.accountId = a.id;
    f.title = "Offer";
    f.dueDate = kClock.today();
    store.followUps().create(f);
    Competitor rival = competitor("Rival");
    store.competitors().create(rival);
    Tender t;
    t.accountId = a.id;
    t.title = "T";
    t.date = kClock.today();
    store.tenders().create(t);
    for (auto [table, id] : {std::pair{RecordTable::Accounts, a.id},
                             {RecordTable::Dossiers, a.id},
                             {RecordTable::Contacts, k.id},
                             {RecordTable::Interactions, i.id},
                             {RecordTable::FollowUps, f.id},
                             {RecordTable::Competitors, rival.id},
                             {RecordTable::Tenders, t.id}})
        CHECK(store.attribution(table, id) == Attribution{ann.id, ann.id});

    store.setActor(bob.id);
    store.accounts().update(a);
    Dossier d = store.accounts().dossier(a.id);
    d.needs = "steel";
    store.accounts().saveDossier(d);
    store.interactions().update(i);
    store.followUps().update(f);
    CHECK(store.attribution(RecordTable::Accounts, a.id) == Attribution{ann.id, bob.id});
    CHECK(store.attribution(RecordTable::Dossiers, a.id) == Attribution{ann.id, bob.id});
    CHECK(store.attribution(RecordTable::Interactions, i.id) == Attribution{ann.id, bob.id});
    CHECK(store.attribution(RecordTable::FollowUps, f.id) == Attribution{ann.id, bob.id});

    const auto stored = store.interactions().find(i.id);
    CHECK(stored->colleagueIds == std::vector<ManagerId>{bob.id});
    CHECK(stored->product == "Widget");
}

TEST_CASE("A removed interaction and follow-up come back under their ids, and reschedules are kept")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    store.accounts().create(a);
    Interaction i;
    i.accountId = a.id;
    i.occurredAt = kClock.now();
    i.subject = "Visit";
    store.interactions().create(i);
    const Interaction before = *store.interactions().find(i.id);
    store.interactions().remove(i.id);
    store.interactions().restore(before);
    CHECK(*store.interactions().find(i.id) == before);
    CHECK(store.search().search("visit", 10).size() == 1);

    FollowUp f;
    f.accountId = a.id;
    f.title = "Offer";
    f.dueDate = kClock.today();
    store.followUps().create(f);
    FollowUpReschedule r{0, f.id, f.dueDate, f.dueDate.addDays(7), "customer away", {}, {}};
    store.followUps().addReschedule(r);
    REQUIRE(store.followUps().reschedules(f.id).size() == 1);
    CHECK(store.followUps().reschedules(f.id)[0].reason == "customer away");
    CHECK(store.followUps().reschedules(f.id)[0].at == kClock.now());
    const FollowUp kept = *store.followUps().find(f.id);
    store.followUps().remove(f.id);
    CHECK(store.followUps().reschedules(f.id).empty()); // the history goes with it
    store.followUps().restore(kept);
    CHECK(*store.followUps().find(f.id) == kept);
}

TEST_CASE("Merging competitors moves presences and tender winners, and unmerge puts them back")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Account a, b;
    a.name = "A";
    b.name = "B";
    store.accounts().create(a);
    store.accounts().create(b);
    Competitor keep = competitor("Rival"), dup = competitor("Rival Inc");
    store.competitors().create(keep);
    store.competitors().create(dup);
    CompetitorPresence atA = presence(a.id, keep.id), dupAtA = presence(a.id, dup.id),
                       dupAtB = presence(b.id, dup.id);
    dupAtA.notes = "duplicate";
    store.competitors().savePresence(atA);
    store.competitors().savePresence(dupAtA);
    store.competitors().savePresence(dupAtB);
    Tender t;
    t.accountId = b.id;
    t.title = "Lost one";
    t.date = kClock.today();
    t.outcome = TenderOutcome::Lost;
    t.winnerId = dup.id;
    store.tenders().create(t);

    const CompetitorMerge m = store.competitors().merge(keep.id, dup.id);
    CHECK_FALSE(store.competitors().find(dup.id));
    CHECK(m.movedPresences == std::vector<PresenceId>{dupAtB.id});
    REQUIRE(m.droppedPresences.size() == 1);
    CHECK(m.droppedPresences[0].notes == "duplicate");
    CHECK(store.tenders().find(t.id)->winnerId == keep.id);
    CHECK(store.competitors().presenceAt(b.id).at(0).competitorId == keep.id);
    CHECK(store.competitors().presenceAt(a.id).size() == 1);

    store.competitors().unmerge(m);
    CHECK(store.competitors().find(dup.id)->name == "Rival Inc");
    CHECK(store.tenders().find(t.id)->winnerId == dup.id);
    CHECK(store.competitors().presenceAt(a.id).size() == 2);
    CHECK(store.competitors().presenceAt(b.id).at(0).competitorId == dup.id);
    CHECK_THROWS_AS(store.competitors().merge(keep.id, keep.id), ValidationError);
}

TEST_CASE("The current user is remembered per operating-system user")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Manager ann = member("Ann", "ann@x.com");
    store.managers().create(ann);
    CHECK_FALSE(store.managers().rememberedUser("ann"));
    store.managers().rememberUser("ann", ann.id);
    CHECK(store.managers().rememberedUser("ann") == ann.id);
    CHECK_FALSE(store.managers().rememberedUser("bob"));
    store.managers().rememberUser("ann", std::nullopt);
    CHECK_FALSE(store.managers().rememberedUser("ann"));
    CHECK_THROWS_AS(store.managers().rememberUser("ann", 99), ValidationError);
}
