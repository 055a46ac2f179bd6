// dossier export | import: whole dossiers as JSON files between databases.
#include "app/DossierExchange.h"
#include "cli/Command.h"
#include "interchange/AtomicFile.h"

namespace keystone::cli {

namespace {

OpenOptions existingDatabase()
{
    OpenOptions o;
    o.create = false;
    return o;
}

// Writes `text` to -o FILE (atomically) or to standard output.
void emit(Context& c, const Args& args, const std::string& text)
{
    if (auto file = args.value("output"))
        writeFileAtomically(*file, [&](std::ostream& out) { out << text; });
    else
        c.out << text;
}

void printReport(Context& c, const ImportReport& report)
{
    for (const auto& line : report.lines())
        c.out << line << "\n";
    if (!report.written)
        c.err << "dry run: the file is valid; nothing was written\n";
}

int dossierExport(Context& c, Args& args)
{
    args.parse({"output"}, {"all"});
    auto& ws = c.workspace(existingDatabase());
    const bool all = args.has("all");
    if (all && !args.positional().empty())
        throw UsageError("give either account ids/references or --all, not both");
    if (!all && args.positional().empty())
        throw UsageError("missing the account's id or reference (or --all)");
    std::vector<AccountId> ids;
    if (all)
        ids = allAccountIds(ws.store());
    else
        for (const auto& word : args.positional())
            ids.push_back(ws.resolveAccount(word).id);
    const auto file = gatherDossiers(ws.store(), ids, all);
    emit(c, args, json::writeDossiers(file));
    if (args.has("output"))
        c.err << "exported " << file.accounts.size() << (file.accounts.size() == 1 ? " dossier" : " dossiers")
              << " to " << *args.value("output") << "\n";
    return 0;
}

int dossierImport(Context& c, Args& args)
{
    args.parse({}, {"dry-run"});
    args.expectPositional(1, "the file to import");
    const bool dryRun = args.has("dry-run");
    auto& ws = dryRun ? c.workspace(existingDatabase()) : c.workspace();
    printReport(c, importDossierFile(ws.store(), args.positional()[0], dryRun));
    return 0;
}

} // namespace

Command dossierCommand()
{
    Command dossier{"dossier", "export and import complete dossiers as JSON",
                    "Usage: keystone-cli dossier COMMAND\n", nullptr, {}};
    dossier.subcommands = {
        {"export", "write dossiers as a JSON file",
         "Usage: keystone-cli dossier export ID|REF... | --all [-o FILE]\n\n"
         "Writes each account with its dossier, contacts, interactions, follow-ups, tenders and\n"
         "competitors as JSON (format keystone-dossiers, version 1; see docs/formats.md).\n"
         "  --all      every account, archived ones too, with every manager and competitor\n"
         "  -o FILE    write to FILE (atomically) instead of standard output\n",
         dossierExport, {}},
        {"import", "read a dossier JSON file into the database",
         "Usage: keystone-cli dossier import FILE [--dry-run]\n\n"
         "Checks the whole file first and lists every problem with its JSON path; nothing is\n"
         "written unless everything is valid. Records are matched by natural keys (account\n"
         "reference, else name; contact e-mail, else name) and updated in one transaction, so\n"
         "importing the same file twice changes nothing. Prints created/updated/unchanged counts.\n"
         "  --dry-run  check and count, write nothing\n",
         dossierImport, {}},
    };
    return dossier;
}

} // namespace keystone::cli
