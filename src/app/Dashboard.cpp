#include "app/Dashboard.h"

#include "app/Analytics.h"

#include <map>

namespace keystone {

DashboardData Dashboard::gather(std::optional<ManagerId> manager)
{
    Store& store = m_workspace.store();
    const Clock& clock = m_workspace.clock();
    DashboardData data;
    data.today = clock.today();

    std::map<ManagerId, std::string> managerNames;
    for (const auto& m : store.managers().list())
        managerNames[m.id] = m.name;
    // Accounts not archived: one statement, and the key to leave archived ones out.
    std::map<AccountId, AccountBrief> accounts;
    for (auto& a : store.activity().accounts())
        accounts.emplace(a.id, std::move(a));
    const auto mine = [&](std::optional<ManagerId> owner) { return !manager || owner == manager; };

    FollowUpQuery query;
    query.openOnly = true;
    query.dueOnOrBefore = data.today.addDays(kCommitmentDays);
    for (auto& f : store.followUps().list(query)) {
        const auto account = accounts.find(f.accountId);
        if (account == accounts.end())
            continue;
        FollowUpListRow row;
        row.managerId = f.ownerId ? f.ownerId : account->second.ownerId;
        if (!mine(row.managerId))
            continue;
        if (row.managerId)
            row.managerName = managerNames[*row.managerId];
        row.accountName = account->second.name;
        const bool commitment = f.kind == FollowUpKind::Commitment;
        if (!commitment && f.dueDate > data.today)
            continue;
        row.followUp = std::move(f);
        (commitment ? data.commitments : data.followUps).push_back(std::move(row));
    }

    Analytics analytics(store, clock);
    data.overdueContacts = analytics.cadence(data.today, manager);
    for (auto& r : analytics.risk(data.today)) {
        const auto account = accounts.find(r.accountId);
        if (account != accounts.end() && mine(account->second.ownerId))
            data.atRisk.push_back(std::move(r));
    }

    const DateTime now = clock.now();
    for (auto& i : store.interactions().listBetween(DateTime::fromDate(data.today.addDays(-kRecentDays)), now)) {
        const auto account = accounts.find(i.accountId);
        if (account == accounts.end())
            continue;
        if (manager && i.managerId != manager && account->second.ownerId != manager)
            continue;
        DashboardInteraction row;
        row.accountName = account->second.name;
        if (i.managerId)
            row.managerName = managerNames[*i.managerId];
        row.interaction = std::move(i);
        data.recentInteractions.push_back(std::move(row));
    }
    return data;
}

} // namespace keystone
