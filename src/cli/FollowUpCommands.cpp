// followups add | list | show | edit | reschedule | reassign | done | reopen | delete:
// follow-ups and commitments as records of their own (`followups export` lives with
// the other exports).
#include "app/FollowUpEditing.h"
#include "app/Team.h"
#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/RecordSupport.h"

#include <map>

namespace keystone::cli {

namespace {

int add(Context& c, Args& args)
{
    args.parse({"title", "due", "owner", "notes", "interaction"}, {"commitment"});
    args.expectPositional(1, "the account's id or reference");
    auto& ws = c.workspace(existingDatabaseOptions());
    FollowUp f;
    f.accountId = ws.resolveAccount(args.positional()[0]).id;
    const auto title = args.value("title");
    const auto due = args.value("due");
    if (!title || !due)
        throw UsageError("--title and --due are required");
    f.title = *title;
    f.dueDate = dateArgument("due", *due);
    f.notes = args.valueOr("notes", "");
    f.kind = args.has("commitment") ? FollowUpKind::Commitment : FollowUpKind::Task;
    if (auto owner = args.value("owner"))
        f.ownerId = Team(ws).byEmail(*owner, "owner").id;
    if (auto i = args.value("interaction"))
        f.interactionId = idArgument("--interaction", *i);
    const FollowUp added = FollowUpEditing(ws).add(f);
    c.out << added.id << "\n";
    return 0;
}

struct FollowUpRow
{
    FollowUp followUp;
    std::string owner;
};

int list(Context& c, Args& args)
{
    auto valued = tableOutputValues();
    valued.insert({"account", "owner"});
    auto flags = tableOutputFlags();
    flags.insert("open");
    args.parse(valued, flags);
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    auto& ws = c.workspace(existingDatabaseOptions());
    FollowUpQuery query;
    query.openOnly = args.has("open");
    if (auto a = args.value("account"))
        query.accountId = ws.resolveAccount(*a).id;
    if (auto o = args.value("owner"))
        query.ownerId = Team(ws).byEmail(*o, "owner").id;
    std::map<ManagerId, std::string> emails;
    for (const auto& m : ws.store().managers().list())
        emails[m.id] = m.email;
    std::vector<FollowUpRow> rows;
    for (const auto& f : FollowUpEditing(ws).list(query))
        rows.push_back({f, f.ownerId ? emails[*f.ownerId] : std::string()});
    const std::vector<Column<FollowUpRow>> columns = {
        {"id", "id",
         [](const FollowUpRow& r) {
             return numberCell(r.followUp.id);
         }},
        {"kind", "task or commitment",
         [](const FollowUpRow& r) {
             return textCell(std::string(toKey(r.followUp.kind)));
         }},
        {"title", "title",
         [](const FollowUpRow& r) {
             return textCell(r.followUp.title);
         }},
        {"due", "due date",
         [](const FollowUpRow& r) {
             return textCell(r.followUp.dueDate.toIso());
         }},
        {"owner", "the owner's e-mail",
         [](const FollowUpRow& r) {
             return textCell(r.owner);
         }},
        {"state", "open or done",
         [](const FollowUpRow& r) {
             return textCell(r.followUp.done ? "done" : "open");
         }},
    };
    emitTable(c, output, makeTable(columns, rows));
    return 0;
}

FollowUpId idOf(const Args& args)
{
    return idArgument("the follow-up", args.positional()[0]);
}

int show(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(1, "the follow-up's id");
    auto& ws = c.workspace(existingDatabaseOptions());
    FollowUpEditing editing(ws);
    const FollowUp f = editing.find(idOf(args));
    Store& s = ws.store();
    const auto email = [&](std::optional<ManagerId> id) {
        const auto m = id ? s.managers().find(*id) : std::nullopt;
        return m ? m->email : std::string("-");
    };
    const Attribution who = s.attribution(RecordTable::FollowUps, f.id);
    c.out << toKey(f.kind) << " " << f.id << ": " << f.title << "\n  account: " << f.accountId
          << "\n  due: " << f.dueDate.toIso() << "\n  owner: " << email(f.ownerId)
          << "\n  state: " << (f.done ? "done" : "open") << "\n";
    if (f.interactionId)
        c.out << "  interaction: " << *f.interactionId << "\n";
    if (!f.notes.empty())
        c.out << "  notes: " << f.notes << "\n";
    for (const auto& r : editing.history(f.id))
        c.out << "  rescheduled " << r.from.toIso() << " -> " << r.to.toIso() << " by " << email(r.by)
              << (r.reason.empty() ? "" : ": " + r.reason) << "\n";
    c.out << "  created by: " << email(who.createdBy) << "; last changed by: " << email(who.updatedBy)
          << "\n";
    return 0;
}

int edit(Context& c, Args& args)
{
    args.parse({"set"}, {});
    args.expectPositional(1, "the follow-up's id");
    const auto sets = args.values("set");
    if (sets.empty())
        throw UsageError("give at least one --set FIELD=VALUE (fields: title, notes, due, kind, owner)");
    auto& ws = c.workspace(existingDatabaseOptions());
    FollowUpEditing editing(ws);
    FollowUp f = editing.find(idOf(args));
    for (const auto& s : sets) {
        const auto [field, value] = fieldAssignment(s);
        if (field == "title")
            f.title = value;
        else if (field == "notes")
            f.notes = value;
        else if (field == "due")
            f.dueDate = dateArgument("set due", value);
        else if (field == "kind")
            f.kind = keyArgument<FollowUpKind>("set kind", value);
        else if (field == "owner")
            f.ownerId = Team(ws).byEmail(value, "owner").id;
        else
            throw UsageError("--set: '" + field +
                             "' is not a field of a follow-up; expected title, notes, due, kind "
                             "or owner");
    }
    editing.edit(f);
    c.err << "changed follow-up " << f.id << "\n";
    return 0;
}

int reschedule(Context& c, Args& args)
{
    args.parse({"due", "reason"}, {});
    args.expectPositional(1, "the follow-up's id");
    const auto due = args.value("due");
    if (!due)
        throw UsageError("--due YYYY-MM-DD is required");
    auto& ws = c.workspace(existingDatabaseOptions());
    const auto change =
        FollowUpEditing(ws).reschedule(idOf(args), dateArgument("due", *due), args.valueOr("reason", ""));
    c.err << "rescheduled follow-up " << change.after.id << " from " << change.before.dueDate.toIso()
          << " to " << change.after.dueDate.toIso() << "\n";
    return 0;
}

int reassign(Context& c, Args& args)
{
    args.parse({"owner"}, {});
    args.expectPositional(1, "the follow-up's id");
    const auto owner = args.value("owner");
    if (!owner)
        throw UsageError("--owner EMAIL is required");
    auto& ws = c.workspace(existingDatabaseOptions());
    FollowUpEditing(ws).reassign(idOf(args), Team(ws).byEmail(*owner, "owner").id);
    c.err << "follow-up " << idOf(args) << " now belongs to " << *owner << "\n";
    return 0;
}

int setDone(Context& c, Args& args, bool done)
{
    args.parse({}, {});
    args.expectPositional(1, "the follow-up's id");
    auto& ws = c.workspace(existingDatabaseOptions());
    FollowUpEditing editing(ws);
    if (editing.find(idOf(args)).done == done)
        throw ValidationError(
            std::vector<FieldError>{{"state", "follow-up " + std::to_string(idOf(args)) + " is " +
                                                  (done ? "done" : "open") + " already"}});
    editing.setDone(idOf(args), done);
    c.err << "follow-up " << idOf(args) << (done ? " is done\n" : " is open again\n");
    return 0;
}

int remove(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(1, "the follow-up's id");
    auto& ws = c.workspace(existingDatabaseOptions());
    const auto record = FollowUpEditing(ws).remove(idOf(args));
    c.err << "deleted " << toKey(record.followUp.kind) << " " << record.followUp.id << ": "
          << record.followUp.title << "\n";
    return 0;
}

} // namespace

std::vector<Command> followupRecordCommands()
{
    return {
        {"add",
         "add a task or a commitment to an account",
         "Usage: keystone-cli followups add ID|REF --title T --due YYYY-MM-DD [--commitment]\n"
         "         [--owner EMAIL] [--notes T] [--interaction ID]\n\n"
         "A commitment is a promise made to the customer. The owner must be an active team member\n"
         "(default: the current user, else the account's owner). Prints the new id on stdout.\n",
         add,
         {}},
        {"list",
         "list follow-ups and commitments by due date",
         std::string("Usage: keystone-cli followups list [--account ID|REF] [--owner EMAIL] [--open]\n"
                     "                                   [--format table|csv|json] [-o FILE]\n\n"
                     "Columns: id, kind (task or commitment), title, due, owner (e-mail), state (open or\n"
                     "done). Done ones are listed too unless --open is given.\n\n") +
             kTableOutputHelp,
         list,
         {}},
        {"show",
         "show one follow-up with its reschedule history",
         "Usage: keystone-cli followups show ID\n",
         show,
         {}},
        {"edit",
         "change a follow-up's fields",
         "Usage: keystone-cli followups edit ID --set FIELD=VALUE [--set ...]\n\n"
         "FIELD is title, notes, due (YYYY-MM-DD; kept in the history), kind (task or\n"
         "commitment) or owner (an active member's e-mail address).\n",
         edit,
         {}},
        {"reschedule",
         "move the due date, keeping why",
         "Usage: keystone-cli followups reschedule ID --due YYYY-MM-DD [--reason T]\n\n"
         "Every move is kept with its reason, date and who made it ('followups show ID').\n",
         reschedule,
         {}},
        {"reassign",
         "give a follow-up to another team member",
         "Usage: keystone-cli followups reassign ID --owner EMAIL\n",
         reassign,
         {}},
        {"done",
         "mark a follow-up done",
         "Usage: keystone-cli followups done ID\n",
         [](Context& c, Args& args) { return setDone(c, args, true); },
         {}},
        {"reopen",
         "open a done follow-up again",
         "Usage: keystone-cli followups reopen ID\n",
         [](Context& c, Args& args) { return setDone(c, args, false); },
         {}},
        {"delete", "delete a follow-up", "Usage: keystone-cli followups delete ID\n", remove, {}},
    };
}

} // namespace keystone::cli
