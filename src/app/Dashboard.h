// The manager's start screen as a use case: what needs doing today for one
// manager (or everyone). Gathers, in bulk and as of the clock's today, the open
// follow-ups due, the commitments to customers coming due, the accounts overdue
// for contact against their cadence, the accounts at risk or lost and the recent
// interactions. The GUI's Dashboard and `keystone-cli dashboard` show the same.
#pragma once

#include "app/Workspace.h"
#include "analytics/Risk.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone {

struct DashboardInteraction
{
    Interaction interaction;
    std::string accountName;
    std::string managerName; // who logged it; empty when nobody is recorded
};

struct DashboardData
{
    Date today;
    // Open tasks due today or earlier, overdue first (by due date).
    std::vector<FollowUpListRow> followUps;
    // Open commitments to customers overdue or due within kCommitmentDays, by due date.
    std::vector<FollowUpListRow> commitments;
    // Accounts contacted less often than their ABC class's cadence asks (app Analytics cadence).
    std::vector<analytics::CadenceRow> overdueContacts;
    // Accounts lost or at risk by their purchases (app Analytics risk), lost first.
    std::vector<analytics::RiskRow> atRisk;
    // Interactions of the last kRecentDays up to now, newest first; planned ones are not yet recent.
    std::vector<DashboardInteraction> recentInteractions;
};

class Dashboard
{
public:
    static constexpr int kCommitmentDays = 14;
    static constexpr int kRecentDays = 14;

    // The workspace must outlive this object.
    explicit Dashboard(Workspace& workspace) : m_workspace(workspace) {}

    // For `manager`, or everyone when absent. A follow-up is the manager's when
    // they own it, or own its account when it has no owner (as on the Follow-ups
    // screen); an account is theirs when they own it; an interaction is theirs when
    // they logged it or own its account. Archived accounts are left out.
    DashboardData gather(std::optional<ManagerId> manager = std::nullopt);

private:
    Workspace& m_workspace;
};

} // namespace keystone
