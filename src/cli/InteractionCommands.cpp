// interactions log | list | show | edit | delete: the interaction history from the
// command line, with who took part on both sides.
#include "app/InteractionEditing.h"
#include "app/Team.h"
#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/RecordSupport.h"
#include "domain/Text.h"

#include <map>

namespace keystone::cli {

namespace {

// The account's contacts by e-mail (folded), for --contact.
std::vector<ContactId> contactsByEmail(Store& store, AccountId account,
                                       const std::vector<std::string>& emails, const std::string& option)
{
    const auto contacts = store.contacts().listForAccount(account);
    std::vector<ContactId> ids;
    for (const auto& email : emails) {
        for (auto part : splitList(email)) {
            const auto it = std::find_if(contacts.begin(), contacts.end(), [&](const Contact& k) {
                return !k.email.empty() && foldKey(k.email) == foldKey(part);
            });
            if (it == contacts.end())
                throw ValidationError(
                    std::vector<FieldError>{{option, "the account has no contact with the e-mail address '" +
                                                         std::string(part) + "'"}});
            ids.push_back(it->id);
        }
    }
    return ids;
}

std::vector<ManagerId> membersByEmail(Workspace& ws, const std::vector<std::string>& emails,
                                      const std::string& option)
{
    std::vector<ManagerId> ids;
    Team team(ws);
    for (const auto& email : emails)
        for (auto part : splitList(email))
            ids.push_back(team.byEmail(part, option).id);
    return ids;
}

int log(Context& c, Args& args)
{
    args.parse({"kind", "at", "subject", "notes", "contact", "colleague", "by", "sentiment", "outcome",
                "product", "next-step", "next-due"},
               {"commitment"});
    args.expectPositional(1, "the account's id or reference");
    auto& ws = c.workspace(existingDatabaseOptions());
    Interaction i;
    i.accountId = ws.resolveAccount(args.positional()[0]).id;
    const auto kind = args.value("kind");
    const auto at = args.value("at");
    const auto subject = args.value("subject");
    if (!kind || !at || !subject)
        throw UsageError("--kind, --at and --subject are required");
    i.kind = keyArgument<InteractionKind>("kind", *kind);
    i.occurredAt = dateTimeArgument("at", *at);
    i.subject = *subject;
    i.summary = args.valueOr("notes", "");
    i.outcome = args.valueOr("outcome", "");
    i.product = args.valueOr("product", "");
    if (auto s = args.value("sentiment"))
        i.sentiment = keyArgument<Sentiment>("sentiment", *s);
    if (auto by = args.value("by"))
        i.managerId = Team(ws).byEmail(*by, "by").id;
    i.contactIds = contactsByEmail(ws.store(), i.accountId, args.values("contact"), "contact");
    i.colleagueIds = membersByEmail(ws, args.values("colleague"), "colleague");
    std::optional<FollowUp> next;
    if (auto title = args.value("next-step")) {
        const auto due = args.value("next-due");
        if (!due)
            throw UsageError("--next-step needs --next-due YYYY-MM-DD");
        next.emplace();
        next->title = *title;
        next->dueDate = dateArgument("next-due", *due);
        next->kind = args.has("commitment") ? FollowUpKind::Commitment : FollowUpKind::Task;
    } else if (args.has("next-due") || args.has("commitment")) {
        throw UsageError("--next-due and --commitment go with --next-step TITLE");
    }
    const auto logged = InteractionEditing(ws).log(i, next);
    c.out << logged.interaction.id << "\n";
    if (logged.followUp)
        c.err << "next step: " << toKey(logged.followUp->kind) << " " << logged.followUp->id << " due "
              << logged.followUp->dueDate.toIso() << "\n";
    return 0;
}

struct InteractionRow
{
    Interaction interaction;
    std::string by;
};

std::vector<InteractionRow> rowsOf(Workspace& ws, const std::vector<Interaction>& interactions)
{
    std::map<ManagerId, std::string> emails;
    for (const auto& m : ws.store().managers().list())
        emails[m.id] = m.email;
    std::vector<InteractionRow> rows;
    for (const auto& i : interactions)
        rows.push_back({i, i.managerId ? emails[*i.managerId] : std::string()});
    return rows;
}

int list(Context& c, Args& args)
{
    args.parse(tableOutputValues(), tableOutputFlags());
    args.expectPositional(1, "the account's id or reference");
    const TableOutput output = tableOutputFrom(args);
    auto& ws = c.workspace(existingDatabaseOptions());
    const auto account = ws.resolveAccount(args.positional()[0]);
    const std::vector<Column<InteractionRow>> columns = {
        {"id", "id",
         [](const InteractionRow& r) {
             return numberCell(r.interaction.id);
         }},
        {"at", "when, UTC",
         [](const InteractionRow& r) {
             return textCell(dateTimeText(r.interaction.occurredAt));
         }},
        {"kind", "kind",
         [](const InteractionRow& r) {
             return textCell(std::string(toKey(r.interaction.kind)));
         }},
        {"subject", "subject",
         [](const InteractionRow& r) {
             return textCell(r.interaction.subject);
         }},
        {"by", "our team member's e-mail",
         [](const InteractionRow& r) {
             return textCell(r.by);
         }},
        {"sentiment", "sentiment",
         [](const InteractionRow& r) {
             return textCell(std::string(toKey(r.interaction.sentiment)));
         }},
        {"outcome", "outcome",
         [](const InteractionRow& r) {
             return textCell(r.interaction.outcome);
         }},
    };
    emitTable(c, output,
              makeTable(columns, rowsOf(ws, ws.store().interactions().listForAccount(account.id))));
    return 0;
}

int show(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(1, "the interaction's id");
    auto& ws = c.workspace(existingDatabaseOptions());
    const Interaction i = InteractionEditing(ws).find(idArgument("the interaction", args.positional()[0]));
    Store& s = ws.store();
    const auto email = [&](std::optional<ManagerId> id) {
        const auto m = id ? s.managers().find(*id) : std::nullopt;
        return m ? m->email : std::string("-");
    };
    const Attribution who = s.attribution(RecordTable::Interactions, i.id);
    auto& out = c.out;
    out << "interaction " << i.id << " at account " << i.accountId << "\n";
    out << "  at: " << dateTimeText(i.occurredAt) << "\n  kind: " << toKey(i.kind)
        << "\n  subject: " << i.subject << "\n  by: " << email(i.managerId)
        << "\n  sentiment: " << toKey(i.sentiment) << "\n";
    if (!i.outcome.empty())
        out << "  outcome: " << i.outcome << "\n";
    if (!i.product.empty())
        out << "  product: " << i.product << "\n";
    for (ManagerId m : i.colleagueIds)
        out << "  colleague: " << email(m) << "\n";
    for (ContactId k : i.contactIds)
        if (const auto contact = s.contacts().find(k))
            out << "  contact: " << contact->name
                << (contact->email.empty() ? "" : " <" + contact->email + ">") << "\n";
    if (!i.summary.empty())
        out << "  notes: " << i.summary << "\n";
    out << "  created by: " << email(who.createdBy) << "; last changed by: " << email(who.updatedBy) << "\n";
    return 0;
}

int edit(Context& c, Args& args)
{
    args.parse({"set"}, {});
    args.expectPositional(1, "the interaction's id");
    const auto sets = args.values("set");
    if (sets.empty())
        throw UsageError(
            "give at least one --set FIELD=VALUE (fields: kind, at, subject, notes, sentiment, outcome, "
            "product, by, contacts, colleagues)");
    auto& ws = c.workspace(existingDatabaseOptions());
    InteractionEditing editing(ws);
    Interaction i = editing.find(idArgument("the interaction", args.positional()[0]));
    for (const auto& s : sets) {
        const auto [field, value] = fieldAssignment(s);
        if (field == "kind")
            i.kind = keyArgument<InteractionKind>("set kind", value);
        else if (field == "at")
            i.occurredAt = dateTimeArgument("set at", value);
        else if (field == "subject")
            i.subject = value;
        else if (field == "notes")
            i.summary = value;
        else if (field == "sentiment")
            i.sentiment = keyArgument<Sentiment>("set sentiment", value);
        else if (field == "outcome")
            i.outcome = value;
        else if (field == "product")
            i.product = value;
        else if (field == "by")
            i.managerId = value.empty() ? std::nullopt : std::optional(Team(ws).byEmail(value, "by").id);
        else if (field == "contacts")
            i.contactIds = contactsByEmail(ws.store(), i.accountId, {value}, "contacts");
        else if (field == "colleagues")
            i.colleagueIds = membersByEmail(ws, {value}, "colleagues");
        else
            throw UsageError("--set: '" + field +
                             "' is not a field of an interaction; expected kind, at, subject, "
                             "notes, sentiment, outcome, product, by, contacts or colleagues");
    }
    const auto change = editing.edit(i);
    c.err << (change.changed() ? "changed interaction " : "nothing to change for interaction ") << i.id
          << "\n";
    return 0;
}

int remove(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(1, "the interaction's id");
    auto& ws = c.workspace(existingDatabaseOptions());
    const auto record = InteractionEditing(ws).remove(idArgument("the interaction", args.positional()[0]));
    c.err << "deleted interaction " << record.interaction.id << ": " << record.interaction.subject;
    if (!record.followUps.empty())
        c.err << " (its " << record.followUps.size() << " follow-up(s) stay)";
    c.err << "\n";
    return 0;
}

} // namespace

Command interactionsCommand()
{
    Command interactions{"interactions",
                         "log, list, edit and delete interactions",
                         "Usage: keystone-cli interactions COMMAND\n",
                         nullptr,
                         {}};
    interactions.subcommands = {
        {"log",
         "log an interaction with an account",
         "Usage: keystone-cli interactions log ID|REF --kind KIND --at \"YYYY-MM-DD HH:MM\" --subject S\n"
         "         [--notes T] [--contact EMAIL ...] [--colleague EMAIL ...] [--by EMAIL]\n"
         "         [--sentiment positive|neutral|negative] [--outcome T] [--product P]\n"
         "         [--next-step TITLE --next-due YYYY-MM-DD [--commitment]]\n\n"
         "KIND is call, meeting, visit, email, demo, training, complaint, feedback,\n"
         "modification_request, beta_test or negotiation; the time is UTC.\n"
         "  --contact     an e-mail address of the account's contact who took part (repeatable)\n"
         "  --colleague   a team member who took part besides --by (repeatable)\n"
         "  --by          who logged it (default: the current user, else the account's owner)\n"
         "  --next-step   a follow-up created with it (a task, or with --commitment a commitment)\n"
         "Prints the new interaction's id on stdout.\n",
         log,
         {}},
        {"list",
         "list an account's interactions, newest first",
         std::string("Usage: keystone-cli interactions list ID|REF [--format table|csv|json] [-o FILE]\n\n"
                     "Columns: id, at (UTC), kind, subject, by (e-mail), sentiment, outcome.\n\n") +
             kTableOutputHelp,
         list,
         {}},
        {"show",
         "show one interaction with everyone who took part",
         "Usage: keystone-cli interactions show ID\n",
         show,
         {}},
        {"edit",
         "change an interaction's fields",
         "Usage: keystone-cli interactions edit ID --set FIELD=VALUE [--set ...]\n\n"
         "FIELD is kind, at (\"YYYY-MM-DD HH:MM\"), subject, notes, sentiment, outcome, product,\n"
         "by (an e-mail address), contacts (the contacts' e-mail addresses, comma-separated) or\n"
         "colleagues (team members' e-mail addresses, comma-separated).\n",
         edit,
         {}},
        {"delete",
         "delete an interaction (its follow-ups stay)",
         "Usage: keystone-cli interactions delete ID\n",
         remove,
         {}},
    };
    return interactions;
}

} // namespace keystone::cli
