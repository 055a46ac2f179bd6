#include "TempDir.h"
#include "storage/Store.h"

#include <catch2/catch.hpp>

#include <map>
#include <tuple>
#include <vector>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

AccountId addAccount(Store& s, const char* name)
{
    Account a;
    a.name = name;
    s.accounts().create(a);
    return a.id;
}

} // namespace

TEST_CASE("Segmentation snapshots keep their rows and survive a purged account")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const AccountId a = addAccount(store, "Alpha");
    SegmentSnapshot snap;
    snap.takenAt = kClock.now();
    snap.label = "first";
    snap.parameters = R"({"period":"month"})";
    snap.rows = {{a, "K-1", "Alpha", Money::fromMajor(10), "AX", 0.25}, {std::nullopt, "", "Gone", Money(), "CZ", {}}};
    store.snapshots().save(snap);
    CHECK(snap.id > 0);
    const auto listed = store.snapshots().list();
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].rowCount == 2);
    CHECK(listed[0].rows.empty());
    store.accounts().remove(a, RemoveMode::Purge);
    const auto found = store.snapshots().find(snap.id);
    REQUIRE(found);
    REQUIRE(found->rows.size() == 2);
    CHECK_FALSE(found->rows[0].accountId);
    CHECK(found->rows[0].accountName == "Alpha");
    CHECK(found->rows[0].cv == 0.25);
    CHECK_FALSE(found->rows[1].cv);

    SegmentSnapshot bad;
    bad.rows = {{std::nullopt, "", "X", Money(), "A", {}}};
    CHECK_THROWS_AS(store.snapshots().save(bad), ValidationError);
    store.snapshots().remove(snap.id);
    CHECK(store.snapshots().list().empty());
    CHECK_THROWS_AS(store.snapshots().remove(snap.id), NotFoundError);
}

TEST_CASE("The activity reader streams purchase days, interactions, tender winners and open follow-ups")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const AccountId a = addAccount(store, "Alpha");
    std::vector<SaleLine> lines(4);
    const char* days[] = {"2026-01-05", "2026-01-05", "2026-02-01", "2026-03-01"};
    const char* amounts[] = {"10", "-4", "-3", "7"};
    for (int i = 0; i < 4; ++i) {
        lines[static_cast<std::size_t>(i)].accountId = a;
        lines[static_cast<std::size_t>(i)].date = *Date::parseIso(days[i]);
        lines[static_cast<std::size_t>(i)].amount = *Money::parse(amounts[i]);
    }
    store.sales().add(lines);
    std::vector<std::pair<Date, Money>> seen;
    store.activity().forEachPurchaseDay(*Date::parseIso("2026-02-28"),
                                        [&](AccountId id, Date d, Money m) {
                                            CHECK(id == a);
                                            seen.emplace_back(d, m);
                                        });
    REQUIRE(seen.size() == 1); // 2026-02-01 is only a return; March is after the end
    CHECK(seen[0].second == Money::fromMajor(6));

    Interaction i;
    i.accountId = a;
    i.kind = InteractionKind::BetaTest;
    i.subject = "beta";
    i.occurredAt = *DateTime::parseIso("2026-03-01T10:00Z");
    store.interactions().create(i);
    int count = 0;
    store.activity().forEachInteraction(*DateTime::parseIso("2026-01-01T00:00Z"), kClock.now(),
                                        [&](const InteractionBrief& b) {
                                            CHECK(b.kind == InteractionKind::BetaTest);
                                            ++count;
                                        });
    CHECK(count == 1);

    // The latest interaction per account, up to a time: an earlier one and a later one around it.
    Interaction earlier = i;
    earlier.occurredAt = *DateTime::parseIso("2026-02-01T09:00Z");
    store.interactions().create(earlier);
    Interaction later = i;
    later.occurredAt = *DateTime::parseIso("2026-05-01T09:00Z");
    store.interactions().create(later);
    const AccountId quiet = addAccount(store, "Quiet");
    auto last = store.activity().lastInteractions(*DateTime::parseIso("2026-04-30T23:59Z"));
    CHECK(last.size() == 1);
    CHECK(last.at(a) == *DateTime::parseIso("2026-03-01T10:00Z"));
    CHECK_FALSE(last.count(quiet));
    CHECK(store.activity().lastInteractions(*DateTime::parseIso("2026-05-01T09:00Z")).at(a) == later.occurredAt);
    CHECK(store.activity().lastInteractions(*DateTime::parseIso("2026-01-31T00:00Z")).empty());
    store.accounts().remove(quiet);

    Competitor rival;
    rival.name = "Rival";
    store.competitors().create(rival);
    Tender t;
    t.accountId = a;
    t.title = "Framework";
    t.date = *Date::parseIso("2026-04-01");
    t.outcome = TenderOutcome::Lost;
    t.winnerId = rival.id;
    store.tenders().create(t);
    CHECK(store.activity().lostTenderWinners().at(a) == "Rival");

    const AccountId b = addAccount(store, "Archived");
    Account kinds = *store.accounts().find(a);
    kinds.kinds.set(KeyAccountKind::Expert);
    kinds.ref = "A-1";
    store.accounts().update(kinds);
    store.accounts().remove(b);
    const auto briefs = store.activity().accounts();
    REQUIRE(briefs.size() == 1);
    CHECK(briefs[0].ref == "A-1");
    CHECK(briefs[0].kinds.has(KeyAccountKind::Expert));

    FollowUp f;
    f.accountId = a;
    f.title = "Offer 5% off";
    f.dueDate = *Date::parseIso("2026-12-01");
    store.followUps().create(f);
    CHECK(store.activity().latestOpenFollowUps().at(a) == "Offer 5% off");
}

TEST_CASE("Purchase days are each account's net amount per day over all its chunks, in order")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const AccountId accounts[] = {addAccount(store, "Alpha"), addAccount(store, "Beta"), addAccount(store, "Gamma")};
    // Three calls, so each account's lines sit in several chunks, and out of date order within them.
    std::map<std::pair<AccountId, std::int32_t>, Money> sums;
    const Date first = *Date::parseIso("2026-01-01");
    const Date to = *Date::parseIso("2026-03-31");
    std::uint32_t seed = 7;
    const auto next = [&seed] {
        seed = seed * 1103515245u + 12345u;
        return seed >> 16; // the high bits: the low ones of this generator repeat quickly
    };
    for (int call = 0; call < 3; ++call) {
        std::vector<SaleLine> lines;
        for (int i = 0; i < 400; ++i) {
            SaleLine l;
            l.accountId = accounts[next() % 3];
            l.date = first.addDays(static_cast<int>(next() % 120)); // some after `to`
            l.amount = Money::fromUnits(static_cast<std::int64_t>(next() % 20001) - 5000); // returns too
            l.product = "P-" + std::to_string(next() % 50);
            if (l.date <= to)
                sums[{l.accountId, l.date.days()}] += l.amount;
            lines.push_back(std::move(l));
        }
        store.sales().add(lines);
    }
    std::vector<std::tuple<AccountId, std::int32_t, Money>> want;
    for (const auto& [key, amount] : sums)
        if (amount > Money{})
            want.emplace_back(key.first, key.second, amount);
    std::vector<std::tuple<AccountId, std::int32_t, Money>> got;
    store.activity().forEachPurchaseDay(to, [&](AccountId id, Date d, Money m) { got.emplace_back(id, d.days(), m); });
    CHECK(got.size() > 100);
    CHECK(got == want); // std::map's order: by account, then day
}
