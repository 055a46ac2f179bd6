// accounts edit | archive | restore: changing an account from the command line.
#include "app/AccountBulk.h"
#include "app/AccountEditing.h"
#include "app/AccountFields.h"
#include "cli/Command.h"
#include "cli/RecordSupport.h"

namespace keystone::cli {

namespace {

int edit(Context& c, Args& args)
{
    args.parse({"set"}, {});
    args.expectPositional(1, "the account's id or reference");
    const auto sets = args.values("set");
    if (sets.empty())
        throw UsageError("give at least one --set FIELD=VALUE (see 'keystone-cli import fields accounts')");
    auto& ws = c.workspace(existingDatabaseOptions());
    Account a = ws.resolveAccount(args.positional()[0]);
    for (const auto& s : sets) {
        const auto [field, value] = fieldAssignment(s);
        setAccountField(ws, a, field, value);
    }
    const auto change = AccountEditing(ws).editAccount(a);
    c.err << (change.before == change.after ? "nothing to change for account " : "changed account ")
          << change.after.id << ": " << change.after.name << "\n";
    return 0;
}

int archive(Context& c, Args& args, bool archiving)
{
    args.parse({}, {});
    args.expectPositional(1, "the account's id or reference");
    auto& ws = c.workspace(existingDatabaseOptions());
    const Account a = ws.resolveAccount(args.positional()[0]);
    if (a.isArchived() == archiving) {
        c.err << (archiving ? "already archived: " : "not archived: ") << a.name << "\n";
        return 0;
    }
    AccountBulk bulk(ws);
    archiving ? bulk.archive({a.id}) : bulk.unarchive({a.id});
    c.err << (archiving ? "archived " : "restored ") << a.name << "\n";
    return 0;
}

} // namespace

std::vector<Command> accountRecordCommands()
{
    return {
        {"edit",
         "change an account's fields",
         "Usage: keystone-cli accounts edit ID|REF --set FIELD=VALUE [--set ...]\n\n"
         "FIELD is a field of the account import ('keystone-cli import fields accounts'): name,\n"
         "ref, legal_name, status, kinds, owner, industry, country, region, website, headcount,\n"
         "tags, need, solvency, authority (the 3P qualification: yes, no, or empty for not\n"
         "assessed) and parent. All changes are one write; a bad value changes nothing.\n",
         edit,
         {}},
        {"archive",
         "archive an account (hidden from lists, everything kept)",
         "Usage: keystone-cli accounts archive ID|REF\n",
         [](Context& c, Args& args) { return archive(c, args, true); },
         {}},
        {"restore",
         "bring an archived account back",
         "Usage: keystone-cli accounts restore ID|REF\n",
         [](Context& c, Args& args) { return archive(c, args, false); },
         {}},
    };
}

} // namespace keystone::cli
