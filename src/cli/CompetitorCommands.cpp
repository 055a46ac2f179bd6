// competitors add | list | rename | merge, and reasons list | add: the managed lists
// tenders and competitor presence choose from.
#include "app/CompetitorList.h"
#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/RecordSupport.h"

namespace keystone::cli {

namespace {

int add(Context& c, Args& args)
{
    args.parse({"name", "website", "notes"}, {});
    args.expectPositional(0, "");
    Competitor k;
    k.name = args.valueOr("name", "");
    if (k.name.empty())
        throw UsageError("--name is required");
    k.website = args.valueOr("website", "");
    k.notes = args.valueOr("notes", "");
    const Competitor added = CompetitorList(c.workspace()).add(k);
    c.out << added.id << "\n";
    c.err << "added competitor " << added.id << ": " << added.name << "\n";
    return 0;
}

int list(Context& c, Args& args)
{
    args.parse(tableOutputValues(), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    const std::vector<Column<Competitor>> columns = {
        {"id", "id",
         [](const Competitor& k) {
             return numberCell(k.id);
         }},
        {"name", "name",
         [](const Competitor& k) {
             return textCell(k.name);
         }},
        {"website", "web site",
         [](const Competitor& k) {
             return textCell(k.website);
         }},
    };
    emitTable(c, output, makeTable(columns, CompetitorList(c.workspace(existingDatabaseOptions())).list()));
    return 0;
}

int rename(Context& c, Args& args)
{
    args.parse({"to"}, {});
    args.expectPositional(1, "the competitor's name");
    const auto to = args.value("to");
    if (!to)
        throw UsageError("--to NAME is required: the new name");
    CompetitorList competitors(c.workspace(existingDatabaseOptions()));
    Competitor k = competitors.byName(args.positional()[0]);
    k.name = *to;
    const auto change = competitors.edit(k);
    c.err << "renamed " << change.before.name << " to " << change.after.name << "\n";
    return 0;
}

int merge(Context& c, Args& args)
{
    args.parse({"into"}, {});
    args.expectPositional(1, "the duplicate competitor's name");
    const auto into = args.value("into");
    if (!into)
        throw UsageError("--into NAME is required: the competitor that is kept");
    CompetitorList competitors(c.workspace(existingDatabaseOptions()));
    const Competitor drop = competitors.byName(args.positional()[0]);
    const Competitor keep = competitors.byName(*into, "into");
    const auto m = competitors.merge(keep.id, drop.id);
    c.err << "merged " << drop.name << " into " << keep.name << ": " << m.movedPresences.size()
          << " presence(s) and " << m.movedTenders.size() << " tender(s) moved, " << m.droppedPresences.size()
          << " duplicate presence(s) dropped\n";
    return 0;
}

int reasonsList(Context& c, Args& args)
{
    args.parse(tableOutputValues(), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    const std::vector<Column<TenderReason>> columns = {
        {"id", "id",
         [](const TenderReason& r) {
             return numberCell(r.id);
         }},
        {"name", "name",
         [](const TenderReason& r) {
             return textCell(r.name);
         }},
    };
    emitTable(c, output,
              makeTable(columns, CompetitorList(c.workspace(existingDatabaseOptions())).reasons()));
    return 0;
}

int reasonsAdd(Context& c, Args& args)
{
    args.parse({"name"}, {});
    args.expectPositional(0, "");
    TenderReason r;
    r.name = args.valueOr("name", "");
    if (r.name.empty())
        throw UsageError("--name is required");
    const TenderReason added = CompetitorList(c.workspace()).addReason(r);
    c.out << added.id << "\n";
    return 0;
}

} // namespace

Command competitorsCommand()
{
    Command competitors{"competitors",
                        "add, list, rename and merge competitors",
                        "Usage: keystone-cli competitors COMMAND\n",
                        nullptr,
                        {}};
    competitors.subcommands = {
        {"add",
         "add a competitor",
         "Usage: keystone-cli competitors add --name NAME [--website URL] [--notes T]\n\n"
         "A name that matches another competitor's (case and accents folded) is refused.\n"
         "Prints the new competitor's id on stdout.\n",
         add,
         {}},
        {"list",
         "list the competitors",
         std::string("Usage: keystone-cli competitors list [--format table|csv|json] [-o FILE]\n\n"
                     "Columns: id, name, website.\n\n") +
             kTableOutputHelp,
         list,
         {}},
        {"rename",
         "rename a competitor",
         "Usage: keystone-cli competitors rename NAME --to NEW-NAME\n",
         rename,
         {}},
        {"merge",
         "merge a duplicate competitor into another",
         "Usage: keystone-cli competitors merge DUPLICATE --into KEPT\n\n"
         "The duplicate's presence at accounts and the tenders it won move to the kept competitor\n"
         "(where both were present at an account, the kept one's presence stays); then the\n"
         "duplicate is removed. One transaction.\n",
         merge,
         {}},
    };
    return competitors;
}

Command reasonsCommand()
{
    Command reasons{"reasons",
                    "the managed list of reasons tenders are won and lost for",
                    "Usage: keystone-cli reasons COMMAND\n",
                    nullptr,
                    {}};
    reasons.subcommands = {
        {"list",
         "list the win and loss reasons",
         std::string("Usage: keystone-cli reasons list [--format table|csv|json] [-o FILE]\n\n"
                     "Columns: id, name. A new database starts with Price, Quality, Delivery terms,\n"
                     "Relationship, Product fit, Service and Other.\n\n") +
             kTableOutputHelp,
         reasonsList,
         {}},
        {"add",
         "add a reason",
         "Usage: keystone-cli reasons add --name NAME\n\nPrints the new reason's id on stdout.\n",
         reasonsAdd,
         {}},
    };
    return reasons;
}

} // namespace keystone::cli
