// The dashboard use case and the contact directory over a small book with known
// answers, and over the demo company against the use cases they draw on.
#include "AppFixture.h"
#include "app/Analytics.h"
#include "app/ContactDirectory.h"
#include "app/Dashboard.h"
#include "app/DemoGenerator.h"
#include "domain/Text.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::test;

namespace {

// ManagersFixture gives it `dir`, `ws` and `anna`.
struct Book : ManagersFixture
{
    Manager boris = addManager("Boris", "boris@example.com");
    Account a1, a2, archived;

    Book()
    {
        a1.name = "Северсталь";
        a1 = ws.addAccount(a1, "anna@example.com");
        a2.name = "Beta";
        a2 = ws.addAccount(a2, "boris@example.com");
        archived.name = "Gone";
        archived = ws.addAccount(archived, "anna@example.com");
    }
    FollowUp followUp(const Account& a, const char* title, int days, FollowUpKind kind,
                      std::optional<ManagerId> owner = std::nullopt)
    {
        FollowUp f;
        f.accountId = a.id;
        f.title = title;
        f.kind = kind;
        f.dueDate = kClock.today().addDays(days);
        f.ownerId = owner;
        ws.store().followUps().create(f);
        return f;
    }
    void interaction(const Account& a, std::optional<ManagerId> by, int daysAgo, const char* subject)
    {
        Interaction i;
        i.accountId = a.id;
        i.managerId = by;
        i.subject = subject;
        i.occurredAt = DateTime::fromUnixSeconds(kClock.now().unixSeconds() - std::int64_t(daysAgo) * 86400);
        ws.store().interactions().create(i);
    }
    void monthlySales(const Account& a, const char* firstIso, int months, std::int64_t major)
    {
        const Date first = *Date::parseIso(firstIso);
        std::vector<SaleLine> lines;
        for (int m = 0; m < months; ++m) {
            SaleLine l;
            l.accountId = a.id;
            const int month0 = first.month() - 1 + m;
            l.date = *Date::fromYmd(first.year() + month0 / 12, month0 % 12 + 1, first.day());
            l.amount = Money::fromMajor(major);
            lines.push_back(l);
        }
        ws.store().sales().add(lines);
    }
};

std::vector<std::string> titles(const std::vector<FollowUpListRow>& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.followUp.title);
    return out;
}

std::vector<std::string> subjects(const std::vector<DashboardInteraction>& rows)
{
    std::vector<std::string> out;
    for (const auto& r : rows)
        out.push_back(r.interaction.subject);
    return out;
}

} // namespace

TEST_CASE_METHOD(Book, "The dashboard gathers follow-ups due and commitments coming due, per manager")
{
    using K = FollowUpKind;
    followUp(a1, "call back", -1, K::Task);                     // Anna's through the account
    followUp(a1, "send samples", 0, K::Task, anna.id);          // due today
    followUp(a1, "tomorrow", 1, K::Task);                       // not due yet
    followUp(a2, "visit for Anna", -2, K::Task, anna.id);       // the owner wins over the account's manager
    const FollowUp done = followUp(a1, "done already", -5, K::Task);
    ws.setFollowUpDone(done.id, true);
    followUp(a2, "delivery date", 10, K::Commitment);           // Boris's, coming due
    followUp(a1, "offer next month", 20, K::Commitment);        // beyond the 14 days
    followUp(a1, "late promise", -3, K::Commitment);            // overdue
    followUp(archived, "archived", -1, K::Task);
    ws.store().accounts().remove(archived.id);

    Dashboard dashboard(ws);
    const auto everyone = dashboard.gather();
    CHECK(everyone.today == kClock.today());
    CHECK(titles(everyone.followUps) == std::vector<std::string>{"visit for Anna", "call back", "send samples"});
    CHECK(titles(everyone.commitments) == std::vector<std::string>{"late promise", "delivery date"});
    CHECK(everyone.followUps[0].accountName == "Beta");
    CHECK(everyone.followUps[0].managerName == "Анна Петрова");
    CHECK(everyone.commitments[1].managerName == "Boris");

    const auto annas = dashboard.gather(anna.id);
    CHECK(titles(annas.followUps) == std::vector<std::string>{"visit for Anna", "call back", "send samples"});
    CHECK(titles(annas.commitments) == std::vector<std::string>{"late promise"});
    const auto boris_ = dashboard.gather(boris.id);
    CHECK(boris_.followUps.empty());
    CHECK(titles(boris_.commitments) == std::vector<std::string>{"delivery date"});
}

TEST_CASE_METHOD(Book, "The dashboard lists recent interactions, overdue contacts and accounts at risk")
{
    // Alpha buys every month up to the last; Beta stopped 201 days ago: lost.
    monthlySales(a1, "2025-12-12", 12, 1000);
    monthlySales(a2, "2025-11-05", 7, 100);
    interaction(a1, boris.id, 3, "Boris on Anna's account");
    interaction(a1, std::nullopt, 5, "nobody recorded");
    interaction(a2, boris.id, 100, "long ago");
    interaction(a2, boris.id, -2, "planned");
    interaction(archived, anna.id, 1, "archived");
    ws.store().accounts().remove(archived.id);

    Dashboard dashboard(ws);
    const auto everyone = dashboard.gather();
    CHECK(subjects(everyone.recentInteractions) ==
          std::vector<std::string>{"Boris on Anna's account", "nobody recorded"});
    CHECK(everyone.recentInteractions[0].accountName == "Северсталь");
    CHECK(everyone.recentInteractions[0].managerName == "Boris");
    CHECK(subjects(dashboard.gather(anna.id).recentInteractions) ==
          std::vector<std::string>{"Boris on Anna's account", "nobody recorded"});
    CHECK(subjects(dashboard.gather(boris.id).recentInteractions) ==
          std::vector<std::string>{"Boris on Anna's account"});

    // Beta was last contacted 100 days ago, beyond any class's cadence; Alpha 3 days ago.
    REQUIRE(everyone.overdueContacts.size() == 1);
    CHECK(everyone.overdueContacts[0].accountId == a2.id);
    CHECK(everyone.overdueContacts[0].daysSince == 100);
    CHECK(dashboard.gather(anna.id).overdueContacts.empty());
    CHECK(dashboard.gather(boris.id).overdueContacts.size() == 1);

    REQUIRE(everyone.atRisk.size() == 1);
    CHECK(everyone.atRisk[0].accountId == a2.id);
    CHECK(everyone.atRisk[0].state == analytics::RiskState::Lost);
    CHECK(everyone.atRisk[0].daysSince == 201);
    CHECK(dashboard.gather(anna.id).atRisk.empty());
    CHECK(dashboard.gather(boris.id).atRisk.size() == 1);
}

TEST_CASE("On the demo company the dashboard agrees with the use cases it draws on")
{
    TempDir dir;
    Workspace ws(dir / "demo.db", kClock);
    DemoGenerator(ws.store(), DemoOptions{30, 2, 1}).run();
    const auto managers = ws.store().managers().list();
    REQUIRE(managers.size() > 1);
    Dashboard dashboard(ws);
    Analytics analytics(ws.store(), kClock);
    const Date today = kClock.today();
    bool anyOverdue = false;
    for (const auto& m : managers) {
        const auto data = dashboard.gather(m.id);
        // Every open task of this manager due today or earlier, and every commitment due within 14 days.
        std::vector<FollowUpId> tasks, commitments;
        for (const auto& r : ws.openFollowUps(m.id)) {
            if (r.followUp.kind == FollowUpKind::Task && r.followUp.dueDate <= today)
                tasks.push_back(r.followUp.id);
            if (r.followUp.kind == FollowUpKind::Commitment && r.followUp.dueDate <= today.addDays(14))
                commitments.push_back(r.followUp.id);
        }
        std::vector<FollowUpId> gotTasks, gotCommitments;
        for (const auto& r : data.followUps) {
            gotTasks.push_back(r.followUp.id);
            anyOverdue = anyOverdue || r.followUp.isOverdue(today);
        }
        for (const auto& r : data.commitments)
            gotCommitments.push_back(r.followUp.id);
        CHECK(gotTasks == tasks);
        CHECK(gotCommitments == commitments);
        CHECK(data.overdueContacts.size() == analytics.cadence(today, m.id).size());
        for (const auto& r : data.atRisk)
            CHECK(ws.store().accounts().find(r.accountId)->ownerId == m.id);
    }
    CHECK(anyOverdue); // the demo company is behind, as companies are
    const auto everyone = dashboard.gather();
    CHECK(everyone.atRisk.size() == analytics.risk(today).size());
    CHECK_FALSE(everyone.recentInteractions.empty());
    for (const auto& r : everyone.recentInteractions) {
        CHECK(r.interaction.occurredAt <= kClock.now());
        CHECK(r.interaction.occurredAt >= DateTime::fromDate(today.addDays(-14)));
    }
}

TEST_CASE("The contact directory lists everyone across accounts with the account's name")
{
    TempDir dir;
    Workspace ws(dir / "demo.db", kClock);
    DemoGenerator(ws.store(), DemoOptions{30, 2, 1}).run();
    // One person who left, so that hiding them is seen.
    const auto firstAccount = ws.listAccounts({}).front().account.id;
    Contact left = ws.store().contacts().listForAccount(firstAccount).front();
    left.leftCompany = true;
    ws.store().contacts().update(left);

    ContactDirectory directory(ws.store());
    const auto all = directory.list();
    std::size_t expected = 0;
    bool anyPhone = false;
    for (const auto& row : ws.listAccounts({})) {
        const auto contacts = ws.store().contacts().listForAccount(row.account.id);
        expected += contacts.size();
        for (const auto& c : contacts) {
            const auto found = std::find_if(all.begin(), all.end(),
                                            [&](const ContactListing& l) { return l.contact.id == c.id; });
            REQUIRE(found != all.end());
            CHECK(found->contact == c); // phones included
            CHECK(found->accountName == row.account.name);
            anyPhone = anyPhone || !c.phones.empty();
        }
    }
    CHECK(all.size() == expected);
    CHECK(anyPhone);
    for (std::size_t i = 1; i < all.size(); ++i)
        CHECK(foldKey(all[i - 1].contact.name) <= foldKey(all[i].contact.name));
    const auto current = directory.list({false});
    const auto leftCount = std::count_if(all.begin(), all.end(), [](const ContactListing& l) { return l.contact.leftCompany; });
    CHECK(leftCount >= 1);
    CHECK(current.size() == all.size() - static_cast<std::size_t>(leftCount));
    CHECK(std::none_of(current.begin(), current.end(), [](const ContactListing& l) { return l.contact.leftCompany; }));

    // An archived account's people are not listed.
    const AccountId first = all.front().contact.accountId;
    ws.store().accounts().remove(first);
    for (const auto& l : directory.list())
        CHECK(l.contact.accountId != first);
}
