// keystone-cli dashboard: the manager's day as the GUI's Dashboard shows it, one
// row per item with its section, for a terminal, a script or a morning e-mail.
#include "app/Dashboard.h"
#include "cli/Command.h"
#include "cli/Output.h"

namespace keystone::cli {

namespace {

Cell text(std::string value) { return {std::move(value), false, false}; }
Cell number(std::int64_t value) { return {std::to_string(value), true, false}; }
Cell null() { return {"", false, true}; }
Cell date(std::optional<Date> d) { return d ? text(d->toIso()) : null(); }

// section, date, state, days, account_id, account_name, what, manager
std::vector<Cell> row(const char* section, std::optional<Date> when, std::string state, std::optional<int> days,
                      AccountId account, const std::string& accountName, const std::string& what,
                      const std::string& manager)
{
    return {text(section),          date(when),      text(std::move(state)), days ? number(*days) : null(),
            number(account),        text(accountName), text(what),           text(manager)};
}

void addFollowUps(Table& t, const char* section, const std::vector<FollowUpListRow>& rows, Date today)
{
    for (const auto& r : rows) {
        const FollowUp& f = r.followUp;
        const bool overdue = f.isOverdue(today);
        const std::string state = overdue ? "overdue" : f.dueDate == today ? "due_today" : "due";
        t.rows.push_back(row(section, f.dueDate, state, overdue ? today - f.dueDate : f.dueDate - today, f.accountId,
                             r.accountName, f.title, r.managerName));
    }
}

int dashboard(Context& c, Args& args)
{
    args.parse([] {
        auto values = tableOutputValues();
        values.insert("manager");
        return values;
    }(), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    auto& ws = c.workspace(readingDatabase());
    std::optional<ManagerId> manager;
    if (auto m = args.value("manager"))
        manager = ws.resolveManager(*m);
    const DashboardData data = Dashboard(ws).gather(manager);

    Table t;
    t.headers = {"section", "date", "state", "days", "account_id", "account_name", "what", "manager"};
    addFollowUps(t, "follow_up", data.followUps, data.today);
    addFollowUps(t, "commitment", data.commitments, data.today);
    for (const auto& r : data.overdueContacts)
        t.rows.push_back(row("contact", r.lastInteraction, r.lastInteraction ? "overdue" : "never_contacted",
                             r.overdueBy, r.accountId, r.name,
                             std::string("class ") + r.abc + ", every " + std::to_string(r.target) + " days",
                             r.owner));
    for (const auto& r : data.atRisk)
        t.rows.push_back(row("risk", r.lastPurchase, std::string(analytics::toKey(r.state)), r.daysSince,
                             r.accountId, r.name, r.reason, r.owner));
    for (const auto& r : data.recentInteractions) {
        const Interaction& i = r.interaction;
        t.rows.push_back(row("interaction", i.occurredAt.date(), std::string(toKey(i.kind)),
                             data.today - i.occurredAt.date(), i.accountId, r.accountName, i.subject, r.managerName));
    }
    emitTable(c, output, t);
    c.err << "dashboard " << data.today.toIso() << ": " << data.followUps.size() << " follow-ups due, "
          << data.commitments.size() << " commitments coming due, " << data.overdueContacts.size()
          << " accounts overdue for contact, " << data.atRisk.size() << " at risk or lost, "
          << data.recentInteractions.size() << " recent interactions\n";
    return 0;
}

} // namespace

Command dashboardCommand()
{
    return {"dashboard", "what needs doing today: follow-ups, commitments, contact, risk",
            std::string("Usage: keystone-cli dashboard [--manager EMAIL|NAME] [--format table|csv|json] [-o FILE]\n\n"
                        "One row per item, in five sections, as the app's Dashboard shows them:\n"
                        "  follow_up    open tasks due today or overdue\n"
                        "  commitment   open commitments overdue or due within 14 days\n"
                        "  contact      accounts contacted less often than their ABC class asks\n"
                        "  risk         accounts lost or at risk by their purchases\n"
                        "  interaction  interactions of the last 14 days\n"
                        "days: overdue by (or due in) for follow-ups, overdue by for contact, since the last\n"
                        "purchase for risk, ago for interactions.\n"
                        "  --manager M  only M's items (e-mail address or name); default: everyone\n\n") +
                kTableOutputHelp,
            dashboard,
            {}};
}

} // namespace keystone::cli
