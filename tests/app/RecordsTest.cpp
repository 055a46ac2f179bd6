// Everyday records through the app layer: the current user, the team and its
// deactivation rules, interactions and follow-ups edited, deleted and undone, and
// competitors merged; every write attributed to whoever made it.
#include "TempDir.h"
#include "app/AccountEditing.h"
#include "app/CompetitorList.h"
#include "app/FollowUpEditing.h"
#include "app/Identity.h"
#include "app/InteractionEditing.h"
#include "app/Team.h"

#include <catch2/catch.hpp>
#include <cstdlib>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-06-15T12:00:00Z"));

template <typename F> std::string refusedField(F write)
{
    try {
        write();
    } catch (const ValidationError& e) {
        return e.errors().empty() ? "" : e.errors().front().field;
    }
    return "(nothing refused)";
}

Manager member(const char* name, const char* email)
{
    Manager m;
    m.name = name;
    m.email = email;
    return m;
}

struct Office
{
    TempDir dir;
    Workspace ws{dir / "k.db", kClock};
    Team team{ws};
    Manager ann = team.add(member("Ann", "ann@x.com"));
    Manager bob = team.add(member("Bob", "bob@x.com"));
    Account account;
    Office()
    {
        Account a;
        a.name = "Nordstahl GmbH";
        a.ref = "N1";
        a.ownerId = bob.id;
        account = ws.addAccount(a);
    }
};

} // namespace

TEST_CASE_METHOD(Office, "The current user is remembered per OS user and stamps every write")
{
    setenv("USER", "ann-login", 1);
    Identity identity(ws);
    CHECK_FALSE(identity.resume());
    CHECK_FALSE(identity.soleActiveMember()); // two members: the GUI asks who you are
    identity.remember(ann.id);
    {
        Workspace again(dir / "k.db", kClock);
        Identity other(again);
        REQUIRE(other.resume());
        CHECK(again.store().actor() == ann.id);
    }
    const auto logged = ws.logInteraction(
        [&] {
            Interaction i;
            i.accountId = account.id;
            i.occurredAt = kClock.now();
            i.subject = "Call";
            return i;
        }(),
        std::nullopt);
    CHECK(logged.interaction.managerId == ann.id); // "by" is the current user, not the account's owner
    CHECK(ws.store().attribution(RecordTable::Interactions, logged.interaction.id) ==
          Attribution{ann.id, ann.id});
    Account edited = account;
    edited.qualification.need = true;
    const auto change = AccountEditing(ws).editAccount(edited);
    CHECK_FALSE(change.before.qualification.need);
    CHECK(change.after.qualification.need == true);
    CHECK(ws.store().attribution(RecordTable::Accounts, account.id).updatedBy == ann.id);
    AccountEditing(ws).editAccount(change.before); // undo
    CHECK_FALSE(ws.store().accounts().find(account.id)->qualification.need);
    setenv("USER", "bob-login", 1);
    CHECK_FALSE(Identity(ws).remembered());
}

TEST_CASE_METHOD(Office, "A deactivated member keeps history, owns nothing new, and needs a hand-over")
{
    CHECK(refusedField([&] { team.deactivate(bob.id); }) == "handover_to");
    try {
        team.deactivate(bob.id);
    } catch (const ValidationError& e) {
        CHECK_THAT(e.what(), Catch::Contains("1 account"));
    }
    FollowUpEditing followUps(ws);
    FollowUp f;
    f.accountId = account.id;
    f.title = "Offer";
    f.dueDate = kClock.today();
    f.ownerId = bob.id;
    f = followUps.add(f);
    const Deactivation d = team.deactivate(bob.id, ann.id);
    CHECK_FALSE(ws.store().managers().find(bob.id)->active);
    CHECK(ws.store().accounts().find(account.id)->ownerId == ann.id);
    CHECK(followUps.find(f.id).ownerId == ann.id);

    Account other;
    other.name = "Other";
    CHECK(refusedField([&] { ws.addAccount(other, "bob@x.com"); }) == "owner");
    CHECK(refusedField([&] { followUps.reassign(f.id, bob.id); }) == "owner");
    CHECK(refusedField([&] { Identity(ws).actAs(bob.id); }) == "user");
    CHECK(refusedField([&] { AccountBulk(ws).setOwner({account.id}, bob.id); }) == "owner");

    team.undoDeactivation(d);
    CHECK(ws.store().managers().find(bob.id)->active);
    CHECK(ws.store().accounts().find(account.id)->ownerId == bob.id);
    CHECK(followUps.find(f.id).ownerId == bob.id);
}

TEST_CASE_METHOD(Office, "Members are added with a unique e-mail and edited with undo")
{
    CHECK(refusedField([&] { team.add(member("Ann again", "ANN@x.com")); }) == "email");
    CHECK(refusedField([&] { team.add(member("Nobody", "")); }) == "email");
    Manager m = ann;
    m.role = ManagerRole::Lead;
    m.name = "Ann Lee";
    const auto change = team.edit(m);
    CHECK(change.after.role == ManagerRole::Lead);
    team.edit(change.before);
    CHECK(ws.store().managers().find(ann.id)->name == "Ann");
}

TEST_CASE_METHOD(Office, "Accounts: a reference in use is refused, a folded name is found")
{
    Account same;
    same.name = "NORDSTAHL gmbh";
    same.ref = "N1";
    CHECK(refusedField([&] { ws.addAccount(same); }) == "ref");
    const auto existing = ws.sameNameAs("nordstahl GMBH");
    REQUIRE(existing);
    CHECK(existing->id == account.id);
    CHECK_FALSE(ws.sameNameAs("Nordstahl AG"));
}

TEST_CASE_METHOD(Office, "An interaction is edited with every field, deleted and put back exactly")
{
    Contact k;
    k.accountId = account.id;
    k.name = "Kim";
    ws.store().contacts().create(k);
    InteractionEditing editing(ws);
    Interaction i;
    i.accountId = account.id;
    i.occurredAt = kClock.now();
    i.subject = "Feedback";
    FollowUp next;
    next.title = "Promised fix";
    next.dueDate = kClock.today().addDays(10);
    next.kind = FollowUpKind::Commitment;
    const auto logged = editing.log(i, next);
    REQUIRE(logged.followUp);
    CHECK(logged.followUp->kind == FollowUpKind::Commitment);

    Interaction changed = logged.interaction;
    changed.kind = InteractionKind::Feedback;
    changed.product = "Widget 2";
    changed.sentiment = Sentiment::Negative;
    changed.outcome = "fix promised";
    changed.contactIds = {k.id};
    changed.colleagueIds = {ann.id};
    const auto change = editing.edit(changed);
    CHECK(change.after.product == "Widget 2");
    CHECK(change.after.colleagueIds == std::vector<ManagerId>{ann.id});
    CHECK(change.after.contactIds == std::vector<ContactId>{k.id});
    CHECK(change.before.product.empty());

    const InteractionRecord record = editing.remove(logged.interaction.id);
    CHECK(record.followUps == std::vector<FollowUpId>{logged.followUp->id});
    CHECK_FALSE(ws.store().followUps().find(logged.followUp->id)->interactionId);
    editing.restore(record);
    CHECK(editing.find(logged.interaction.id) == change.after);
    CHECK(ws.store().followUps().find(logged.followUp->id)->interactionId == logged.interaction.id);
}

TEST_CASE_METHOD(Office,
                 "Follow-ups are rescheduled with their reason, undone, reassigned, done and restored")
{
    Identity(ws).actAs(ann.id);
    FollowUpEditing editing(ws);
    FollowUp f;
    f.accountId = account.id;
    f.title = "Send the offer";
    f.dueDate = kClock.today();
    f.kind = FollowUpKind::Commitment;
    f = editing.add(f);
    CHECK(f.ownerId == ann.id); // the current user's by default

    const auto moved = editing.reschedule(f.id, kClock.today().addDays(7), "customer on holiday");
    REQUIRE(moved.reschedule);
    const auto history = editing.history(f.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].reason == "customer on holiday");
    CHECK(history[0].by == ann.id);
    CHECK(history[0].from == kClock.today());
    editing.undo(moved);
    CHECK(editing.find(f.id).dueDate == kClock.today());
    CHECK(editing.history(f.id).empty());
    editing.redo(moved);
    CHECK(editing.history(f.id) == history);

    CHECK(editing.reassign(f.id, bob.id).after.ownerId == bob.id);
    const auto done = editing.setDone(f.id, true);
    CHECK(done.after.done);
    CHECK(done.after.doneAt == kClock.now());
    CHECK_FALSE(editing.setDone(f.id, false).after.done);

    const FollowUpRecord record = editing.remove(f.id);
    CHECK_THROWS_AS(editing.find(f.id), NotFoundError);
    editing.restore(record);
    CHECK(editing.find(f.id) == record.followUp);
    CHECK(editing.history(f.id) == history);
    CHECK(ws.store().attribution(RecordTable::FollowUps, f.id) == record.attribution);
}

TEST_CASE_METHOD(Office, "A lost tender's winner joins the account's competitors; duplicates merge")
{
    CompetitorList competitors(ws);
    Competitor rival;
    rival.name = "Rival";
    rival = competitors.add(rival);
    Competitor again;
    again.name = "RIVAL";
    CHECK(refusedField([&] { competitors.add(again); }) == "name");
    Tender t;
    t.accountId = account.id;
    t.title = "Rails 2026";
    t.date = kClock.today();
    t.outcome = TenderOutcome::Lost;
    t.winnerId = rival.id;
    t.reasonId = competitors.reasonByName("price").id;
    t.reason = "8% above";
    const TenderSave saved = AccountEditing(ws).recordTender(t);
    REQUIRE(saved.presenceAdded);
    CHECK(ws.store().competitors().presenceAt(account.id).size() == 1);
    CHECK(saved.after.reasonId == t.reasonId);
    // Saving it again adds nothing new.
    CHECK_FALSE(AccountEditing(ws).recordTender(saved.after).presenceAdded);

    Competitor dup;
    dup.name = "Rival GmbH";
    dup = competitors.add(dup);
    Tender other = t;
    other.winnerId = dup.id;
    AccountEditing(ws).recordTender(other);
    const auto m = competitors.merge(rival.id, dup.id);
    CHECK(m.movedTenders.size() == 1);
    CHECK(competitors.list().size() == 1);
    competitors.unmerge(m);
    CHECK(competitors.list().size() == 2);
    CHECK(refusedField([&] { competitors.reasonByName("astrology"); }) == "reason");
    const TenderReason financing = competitors.addReason(TenderReason{0, "Financing"});
    CHECK(financing.id > 0);

    // A reason added is removed again (undo) only while no tender names it.
    Tender financed = saved.after;
    financed.reasonId = financing.id;
    AccountEditing(ws).saveTender(financed);
    CHECK_THROWS_AS(competitors.removeReason(financing.id), ConflictError);
    CHECK(ws.store().tenders().find(financed.id)->reasonId == financing.id);
    AccountEditing(ws).saveTender(saved.after);
    competitors.removeReason(financing.id);
    CHECK_FALSE(ws.store().tenders().findReason("financing"));
    CHECK_THROWS_AS(competitors.removeReason(financing.id), NotFoundError);
}
