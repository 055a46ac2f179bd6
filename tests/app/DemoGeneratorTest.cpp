#include "TempDir.h"
#include "app/DemoGenerator.h"
#include "domain/Text.h"

#include <catch2/catch.hpp>

#include <set>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

struct Fingerprint
{
    std::vector<std::string> names;
    Money revenue;
    std::int64_t lines = 0;
    bool operator==(const Fingerprint&) const = default;
};

Fingerprint fingerprint(Store& store)
{
    Fingerprint f;
    for (const auto& a : store.accounts().list({}))
        f.names.push_back(a.ref + " " + a.name);
    store.sales().forEachMonthlyTotal(std::nullopt, std::nullopt, [&](const MonthlyTotal& t) {
        f.revenue += t.amount;
        f.lines += t.lines;
    });
    return f;
}

bool hasScript(const std::string& text, unsigned char leadLow, unsigned char leadHigh)
{
    for (unsigned char c : text)
        if (c >= leadLow && c <= leadHigh)
            return true;
    return false;
}

} // namespace

TEST_CASE("Demo data is deterministic for a seed and differs between seeds")
{
    TempDir dir;
    Store a(dir / "a.db", kClock), b(dir / "b.db", kClock), c(dir / "c.db", kClock);
    DemoGenerator(a, {30, 2, 5}).run();
    DemoGenerator(b, {30, 2, 5}).run();
    DemoGenerator(c, {30, 2, 6}).run();
    CHECK(fingerprint(a) == fingerprint(b));
    CHECK_FALSE(fingerprint(a) == fingerprint(c));
}

TEST_CASE("Demo data is a believable key-account book")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    const auto summary = DemoGenerator(store, {60, 3, 1}).run();
    CHECK(summary.accounts == 60);
    CHECK(store.check().empty());

    const auto accounts = store.accounts().list({});
    REQUIRE(accounts.size() == 60);
    bool cyrillic = false, hebrew = false, chinese = false, latin = false;
    std::set<std::string> names;
    std::set<AccountStatus> statuses;
    for (const auto& a : accounts) {
        names.insert(a.name);
        statuses.insert(a.status);
        cyrillic |= hasScript(a.name, 0xD0, 0xD3);
        hebrew |= hasScript(a.name, 0xD6, 0xD7);
        chinese |= hasScript(a.name, 0xE4, 0xE9);
        latin |= !a.name.empty() && a.name[0] >= 'A' && a.name[0] <= 'Z';

        const auto contacts = store.contacts().listForAccount(a.id);
        CHECK(contacts.size() >= 3);
        CHECK(contacts.size() <= 8);
        int heads = 0;
        for (const auto& k : contacts)
            heads += k.reportsTo ? 0 : 1;
        CHECK(heads == 1); // one org chart per account, headed by the decision maker
        CHECK_FALSE(store.accounts().dossier(a.id).description.empty());
    }
    CHECK(names.size() == accounts.size()); // no two companies share a name
    CHECK((cyrillic && hebrew && chinese && latin));
    CHECK(statuses.count(AccountStatus::Prospect));
    CHECK(statuses.count(AccountStatus::Lost));
    CHECK(statuses.count(AccountStatus::Active));

    FollowUpQuery overdue;
    overdue.dueOnOrBefore = kClock.today().addDays(-1);
    CHECK_FALSE(store.followUps().list(overdue).empty());

    std::set<TenderOutcome> outcomes;
    for (const auto& a : accounts)
        for (const auto& t : store.tenders().listForAccount(a.id))
            outcomes.insert(t.outcome);
    CHECK(outcomes.count(TenderOutcome::Won));
    CHECK(outcomes.count(TenderOutcome::Lost));

    // Two or more years of interactions.
    Date earliest = kClock.today();
    for (const auto& a : accounts)
        for (const auto& i : store.interactions().listForAccount(a.id))
            earliest = std::min(earliest, i.occurredAt.date());
    CHECK(kClock.today() - earliest >= 730);
}

TEST_CASE("A failed demo run leaves the database as it was")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    int calls = 0;
    CHECK_THROWS(DemoGenerator(store, {300, 1, 1}).run([&](int, int) {
        if (++calls == 2)
            throw std::runtime_error("cancelled");
    }));
    CHECK(store.counts().accounts == 0);
    CHECK(store.counts().saleLines == 0);
}
