// managers add | list | edit | deactivate | reactivate, and whoami: the team and the
// current user.
#include "app/Identity.h"
#include "app/Team.h"
#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/RecordSupport.h"

namespace keystone::cli {

namespace {

std::vector<Column<Manager>> managerColumns()
{
    return {
        {"email", "e-mail address",
         [](const Manager& m) {
             return textCell(m.email);
         }},
        {"name", "name",
         [](const Manager& m) {
             return textCell(m.name);
         }},
        {"role", "manager, lead or admin",
         [](const Manager& m) {
             return textCell(std::string(toKey(m.role)));
         }},
        {"active", "yes, or no for a deactivated member",
         [](const Manager& m) {
             return textCell(m.active ? "yes" : "no");
         }},
    };
}

int add(Context& c, Args& args)
{
    args.parse({"email", "name", "role"}, {});
    args.expectPositional(0, "");
    Manager m;
    m.email = args.valueOr("email", "");
    m.name = args.valueOr("name", "");
    if (m.email.empty() || m.name.empty())
        throw UsageError("--email and --name are required");
    if (auto r = args.value("role"))
        m.role = keyArgument<ManagerRole>("role", *r);
    const Manager added = Team(c.workspace()).add(m);
    c.out << added.email << "\n";
    c.err << "added team member " << added.name << " <" << added.email << "> (" << toKey(added.role) << ")\n";
    return 0;
}

int list(Context& c, Args& args)
{
    args.parse(tableOutputValues(), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    emitTable(c, output, makeTable(managerColumns(), Team(c.workspace(existingDatabaseOptions())).list()));
    return 0;
}

int edit(Context& c, Args& args)
{
    args.parse({"set"}, {});
    args.expectPositional(1, "the member's e-mail address");
    const auto sets = args.values("set");
    if (sets.empty())
        throw UsageError("give at least one --set FIELD=VALUE (fields: name, email, role)");
    Team team(c.workspace(existingDatabaseOptions()));
    Manager m = team.byEmail(args.positional()[0]);
    for (const auto& s : sets) {
        const auto [field, value] = fieldAssignment(s);
        if (field == "name")
            m.name = value;
        else if (field == "email")
            m.email = value;
        else if (field == "role")
            m.role = keyArgument<ManagerRole>("set role", value);
        else
            throw UsageError("--set: '" + field +
                             "' is not a field of a team member; expected name, email or role");
    }
    const auto change = team.edit(m);
    c.err << (change.changed() ? "changed " : "nothing to change for ") << change.after.email << "\n";
    return 0;
}

int deactivate(Context& c, Args& args)
{
    args.parse({"handover-to"}, {});
    args.expectPositional(1, "the member's e-mail address");
    auto& ws = c.workspace(existingDatabaseOptions());
    Team team(ws);
    const Manager m = team.byEmail(args.positional()[0]);
    std::optional<ManagerId> to;
    if (auto e = args.value("handover-to"))
        to = team.byEmail(*e, "handover-to").id;
    if (!to && m.active) {
        if (const auto owned = team.accountsOwnedBy(m.id); owned > 0)
            throw ValidationError(std::vector<FieldError>{
                {"handover-to", m.email + " still owns " + std::to_string(owned) +
                                    " account(s); hand them over with --handover-to EMAIL"}});
    }
    const Deactivation d = team.deactivate(m.id, to);
    if (d.handOver)
        c.err << "handed over " << d.handOver->before.size() << " account(s) and "
              << d.handOver->followUpsBefore.size() << " open follow-up(s) to " << *args.value("handover-to")
              << "\n";
    c.err << "deactivated " << m.email << "; their history stays\n";
    return 0;
}

int reactivate(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(1, "the member's e-mail address");
    Team team(c.workspace(existingDatabaseOptions()));
    const auto change = team.reactivate(team.byEmail(args.positional()[0]).id);
    c.err << "reactivated " << change.after.email << "\n";
    return 0;
}

int whoami(Context& c, Args& args)
{
    args.parse({"set"}, {"forget"});
    args.expectPositional(0, "");
    auto& ws = c.workspace(existingDatabaseOptions());
    Identity identity(ws);
    if (args.has("forget")) {
        identity.forget();
        c.err << "forgot the current user of " << Identity::osUser() << "\n";
        return 0;
    }
    if (auto email = args.value("set")) {
        const Manager m = identity.remember(Team(ws).byEmail(*email, "set").id);
        c.out << m.email << "\n";
        c.err << "remembered " << m.email << " as " << Identity::osUser() << "'s user of this database\n";
        return 0;
    }
    const auto current = identity.current();
    if (!current)
        throw Error(
            "no current user: nobody is remembered for " + Identity::osUser() +
            " and the team has no single active member; choose one with 'keystone-cli whoami --set EMAIL' "
            "(or --as EMAIL, or KEYSTONE_USER=EMAIL, for one command)");
    c.out << current->email << "\n";
    return 0;
}

} // namespace

Command managersCommand()
{
    Command managers{"managers",
                     "add, list, edit and deactivate team members",
                     "Usage: keystone-cli managers COMMAND\n",
                     nullptr,
                     {}};
    managers.subcommands = {
        {"add",
         "add a team member",
         "Usage: keystone-cli managers add --email EMAIL --name NAME [--role manager|lead|admin]\n\n"
         "The e-mail address identifies the member (--as, whoami, --owner); it must be unique.\n"
         "Prints the e-mail address on stdout.\n",
         add,
         {}},
        {"list",
         "list the team members",
         std::string("Usage: keystone-cli managers list [--format table|csv|json] [-o FILE]\n\n"
                     "Columns: email, name, role, active (yes or no).\n\n") +
             kTableOutputHelp,
         list,
         {}},
        {"edit",
         "change a member's name, e-mail address or role",
         "Usage: keystone-cli managers edit EMAIL --set FIELD=VALUE [--set ...]\n\n"
         "FIELD is name, email or role (manager, lead or admin).\n",
         edit,
         {}},
        {"deactivate",
         "deactivate a member who leaves; their history stays",
         "Usage: keystone-cli managers deactivate EMAIL [--handover-to EMAIL2]\n\n"
         "A deactivated member can own nothing new and cannot be the current user. A member who\n"
         "still owns accounts is deactivated only with --handover-to: their accounts (archived ones\n"
         "too) and the open follow-ups they own on them go to EMAIL2 in the same transaction.\n",
         deactivate,
         {}},
        {"reactivate",
         "make a deactivated member active again",
         "Usage: keystone-cli managers reactivate EMAIL\n",
         reactivate,
         {}},
    };
    return managers;
}

Command whoamiCommand()
{
    return {"whoami",
            "print the current user's e-mail; remember who you are",
            "Usage: keystone-cli whoami [--set EMAIL | --forget]\n\n"
            "Prints the e-mail address of the team member this command line writes as: --as EMAIL,\n"
            "else $KEYSTONE_USER, else the member remembered for your operating-system user in this\n"
            "database, else the team's only active member. Exits 1 when there is none.\n"
            "  --set EMAIL  remember EMAIL as you in this database (--as never remembers)\n"
            "  --forget     forget who you are in this database\n",
            whoami,
            {}};
}

} // namespace keystone::cli
