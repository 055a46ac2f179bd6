// accounts list | show | add | handover
#include "app/AccountBulk.h"
#include "app/AccountColumns.h"
#include "cli/Command.h"
#include "cli/Output.h"
#include "domain/Text.h"

#include <map>

namespace keystone::cli {

namespace {

template <typename E> E parseKey(const std::string& option, const std::string& text)
{
    const auto value = fromKey<E>(text);
    if (!value)
        throw UsageError("--" + option + " expects one of: " + keyList<E>() + "; not '" + text + "'");
    return *value;
}

OpenOptions existingDatabase()
{
    OpenOptions o;
    o.create = false;
    return o;
}

AccountQuery queryFrom(Context& c, const Args& args)
{
    AccountQuery q;
    q.text = args.valueOr("text", "");
    if (auto s = args.value("status"))
        q.status = parseKey<AccountStatus>("status", *s);
    if (auto k = args.value("kind"))
        q.kind = parseKey<KeyAccountKind>("kind", *k);
    if (auto o = args.value("owner"))
        q.ownerId = c.workspace(readingDatabase()).resolveManager(*o);
    q.country = args.valueOr("country", "");
    q.tag = args.valueOr("tag", "");
    q.includeArchived = args.has("archived");
    q.limit = static_cast<int>(args.integer("limit", 1, 100'000'000).value_or(-1));
    return q;
}

int list(Context& c, Args& args)
{
    auto valued = tableOutputValues();
    valued.insert({"status", "kind", "owner", "country", "tag", "text", "limit", "columns"});
    auto flags = tableOutputFlags();
    flags.insert("archived");
    args.parse(valued, flags);
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    std::vector<std::string_view> keys = defaultAccountColumnKeys();
    const std::string columnText = args.valueOr("columns", "");
    if (!columnText.empty())
        keys = splitList(columnText);
    std::vector<Column<AccountListRow>> columns;
    try {
        columns = selectColumns(accountColumns(), keys);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    const auto rows = c.workspace(readingDatabase()).listAccounts(queryFrom(c, args));
    emitTable(c, output, makeTable(columns, rows));
    return 0;
}

void printSection(std::ostream& out, const std::string& title, const std::string& text)
{
    if (!trim(text).empty())
        out << "\n" << title << ":\n  " << text << "\n";
}

int show(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(1, "the account's id or reference");
    auto& ws = c.workspace(readingDatabase());
    const auto d = ws.details(ws.resolveAccount(args.positional()[0]).id);
    const auto& a = d.account;
    auto& out = c.out;
    out << a.name << (a.ref.empty() ? "" : "  [" + a.ref + "]") << "  (id " << a.id << ")\n";
    out << "  status: " << toKey(a.status) << (a.isArchived() ? " (archived)" : "") << "\n";
    if (!a.kinds.empty())
        out << "  kinds: " << a.kinds.toKeys() << "\n";
    out << "  owner: " << (d.owner ? d.owner->name : std::string("-")) << "\n";
    if (d.parent)
        out << "  parent: " << d.parent->name << "\n";
    for (const auto& [label, value] : {std::pair<const char*, std::string>{"legal name", a.legalName},
                                       {"industry", a.industry},
                                       {"country", a.country},
                                       {"region", a.region},
                                       {"website", a.website}})
        if (!value.empty())
            out << "  " << label << ": " << value << "\n";
    if (a.headcount)
        out << "  headcount: " << *a.headcount << "\n";
    out << "  last contact: " << (d.lastContact ? d.lastContact->toIso() : std::string("-"))
        << "; next follow-up: " << (d.nextFollowUp ? d.nextFollowUp->toIso() : std::string("-")) << "\n";
    out << "  dossier: " << d.dossier.completenessPercent() << "% complete\n";
    printSection(out, "Description", d.dossier.description);
    printSection(out, "Decisions", d.dossier.decisionProcess);
    printSection(out, "Strategy", d.dossier.strategy);
    printSection(out, "Needs", d.dossier.needs);
    printSection(out, "Relationship", d.dossier.relationshipNotes);
    out << "\nContacts (" << d.contacts.size() << "):\n";
    for (const auto& k : d.contacts)
        out << "  " << k.name << " - " << k.position << " (" << toKey(k.role) << ", " << toKey(k.attitude)
            << ")" << (k.leftCompany ? " [left]" : "") << "\n";
    const Date today = ws.clock().today();
    out << "\nOpen follow-ups:\n";
    for (const auto& f : d.followUps)
        if (!f.done)
            out << "  " << f.dueDate.toIso() << (f.isOverdue(today) ? " OVERDUE " : " ") << toKey(f.kind) << ": "
                << f.title << "\n";
    out << "\nRecent interactions (" << d.interactions.size() << " in all):\n";
    for (std::size_t i = 0; i < d.interactions.size() && i < 5; ++i)
        out << "  " << d.interactions[i].occurredAt.toIso() << " " << toKey(d.interactions[i].kind) << ": "
            << d.interactions[i].subject << "\n";
    return 0;
}

int add(Context& c, Args& args)
{
    args.parse({"name", "ref", "legal-name", "industry", "country", "region", "website", "headcount", "status",
                "owner", "parent", "kinds", "tags"},
               {});
    args.expectPositional(0, "");
    Account a;
    a.name = args.valueOr("name", "");
    if (trim(a.name).empty())
        throw UsageError("--name is required");
    a.ref = args.valueOr("ref", "");
    a.legalName = args.valueOr("legal-name", "");
    a.industry = args.valueOr("industry", "");
    a.country = args.valueOr("country", "");
    a.region = args.valueOr("region", "");
    a.website = args.valueOr("website", "");
    if (auto h = args.integer("headcount", 0, 100'000'000))
        a.headcount = static_cast<int>(*h);
    if (auto s = args.value("status"))
        a.status = parseKey<AccountStatus>("status", *s);
    if (auto k = args.value("kinds")) {
        const auto kinds = KindSet::parseKeys(*k);
        if (!kinds)
            throw UsageError("--kinds expects a list of: " + keyList<KeyAccountKind>());
        a.kinds = *kinds;
    }
    const std::string tags = args.valueOr("tags", ""); // splitList's views must not outlive it
    for (auto tag : splitList(tags))
        a.tags.emplace_back(tag);
    auto& ws = c.workspace();
    if (auto p = args.value("parent"))
        a.parentId = ws.resolveAccount(*p).id;
    // A name that folds to another account's is most often the same company typed again: say so, but
    // create it (two companies may share a name; the reference is what must be unique).
    if (const auto same = ws.sameNameAs(a.name))
        c.err << "keystone-cli: warning: account " << same->id << (same->ref.empty() ? "" : " [" + same->ref + "]")
              << " is already called '" << same->name << "'" << (same->isArchived() ? " (archived)" : "") << "\n";
    const Account created = ws.addAccount(a, args.valueOr("owner", ""));
    c.out << created.id << "\n";
    c.err << "added account " << created.id << ": " << created.name << "\n";
    return 0;
}

int handover(Context& c, Args& args)
{
    args.parse({"from", "to", "accounts"}, {"dry-run"});
    args.expectPositional(0, "");
    const auto from = args.value("from");
    const auto to = args.value("to");
    if (!from || !to)
        throw UsageError("--from and --to are required: the e-mail address (or name) of each manager");
    const bool dryRun = args.has("dry-run");
    auto& ws = c.workspace(existingDatabase());
    const ManagerId fromId = ws.resolveManager(*from);
    const ManagerId toId = ws.resolveManager(*to);
    std::optional<std::vector<AccountId>> selection;
    const std::string refs = args.valueOr("accounts", ""); // splitList's views must not outlive it
    if (args.has("accounts")) {
        selection.emplace();
        for (auto ref : splitList(refs))
            selection->push_back(ws.resolveAccount(ref).id);
        if (selection->empty())
            throw UsageError("--accounts expects a list of account references, such as A-1,A-2");
    }
    AccountBulk bulk(ws);
    const HandOverPlan plan = bulk.planHandOver(fromId, toId, selection);
    if (!plan.skipped.empty()) {
        std::string names;
        for (const auto& a : plan.skipped) {
            if (!names.empty())
                names += ", ";
            // Appended piece by piece: GCC 12 at -O3 warns (-Wrestrict, a false positive, GCC bug
            // 105329) on `"#" + std::to_string(id)` inlined here.
            if (a.ref.empty()) {
                names += '#';
                names += std::to_string(a.id);
            } else {
                names += a.ref;
            }
        }
        throw ValidationError({{"accounts", "not managed by " + plan.from.name + ": " + names}});
    }
    std::map<AccountId, const Account*> byId;
    for (const auto& a : plan.accounts) {
        byId[a.id] = &a;
        c.out << "account\t" << a.ref << "\t" << a.name << "\n";
    }
    for (const auto& f : plan.followUps) {
        const Account* a = byId[f.accountId];
        c.out << toKey(f.kind) << "\t" << f.dueDate.toIso() << "\t" << f.title << "\t" << (a ? a->name : "")
              << "\n";
    }
    if (!dryRun)
        bulk.handOver(plan);
    c.err << (dryRun ? "dry run: would hand over " : "handed over ") << plan.accounts.size() << " account(s) and "
          << plan.followUps.size() << " open follow-up(s) from " << plan.from.name << " to " << plan.to.name
          << (dryRun ? "; nothing was changed" : "") << "\n";
    return 0;
}

} // namespace

Command accountsCommand()
{
    Command accounts{"accounts", "list, show, add, edit and archive accounts; hand them over", "Usage: keystone-cli accounts COMMAND\n", nullptr, {}};
    accounts.subcommands = {
        {"list", "list accounts",
         std::string("Usage: keystone-cli accounts list [--format table|csv|json] [-o FILE] [--columns a,b,...]\n"
                     "                                  [--status S] [--kind K] [--owner EMAIL|NAME] [--country C]\n"
                     "                                  [--tag T] [--text T] [--archived] [--limit N]\n\n"
                     "Lists accounts sorted by name (case and diacritics folded in every script).\n"
                     "  --columns   column keys; see 'keystone-cli accounts columns'\n"
                     "  --text      matches name, reference and legal name\n"
                     "  --archived  include archived accounts\n\n") +
             kTableOutputHelp,
         list, {}},
        {"columns", "list the column keys of accounts list",
         "Usage: keystone-cli accounts columns\n",
         [](Context& c, Args& args) {
             args.parse({}, {});
             args.expectPositional(0, "");
             for (const auto& col : accountColumns())
                 c.out << col.key << "\t" << col.description << "\n";
             return 0;
         },
         {}},
        {"show", "show one account with its dossier, people and follow-ups",
         "Usage: keystone-cli accounts show ID|REF\n\nREF is the external reference; '#12' always means id 12.\n", show,
         {}},
        {"add", "add an account",
         "Usage: keystone-cli accounts add --name NAME [--ref REF] [--legal-name T] [--industry T]\n"
         "         [--country T] [--region T] [--website URL] [--headcount N] [--status S]\n"
         "         [--owner EMAIL|NAME] [--parent ID|REF] [--kinds anchor,expert,...] [--tags a,b]\n\n"
         "Prints the new account's id on stdout. A reference in use is refused; a name that\n"
         "matches another account's (case and accents folded) is warned about on stderr, and the\n"
         "account is created all the same. The owner must be an active team member.\n",
         add, {}},
        {"handover", "hand a manager's accounts and open follow-ups over to another",
         "Usage: keystone-cli accounts handover --from EMAIL|NAME --to EMAIL|NAME [--accounts REF,...]\n"
         "                                     [--dry-run]\n\n"
         "Moves every account of the first manager (archived ones too), or only those listed with\n"
         "--accounts, to the second, with the open follow-ups and commitments the first manager owns on\n"
         "them; all in one transaction. Prints one line per account (account, reference, name) and per\n"
         "follow-up (task or commitment, due date, title, account) on stdout, the totals on stderr.\n"
         "  --accounts  references (or #id) of accounts the first manager manages; any other is an error\n"
         "  --dry-run   print what would move and change nothing\n",
         handover, {}},
    };
    for (auto& c : accountRecordCommands())
        accounts.subcommands.push_back(std::move(c));
    return accounts;
}

} // namespace keystone::cli
