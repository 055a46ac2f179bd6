// import accounts|contacts|interactions|sales FILE, import batches, import undo,
// export accounts|contacts|interactions|sales
#include "app/Export.h"
#include "app/Import.h"
#include "cli/Command.h"
#include "app/DecryptedCopy.h"
#include "cli/Output.h"
#include "cli/Passphrases.h"
#include "domain/Text.h"

#include <nlohmann/json.hpp>

namespace keystone::cli {

namespace {

OpenOptions existingDatabase()
{
    OpenOptions o;
    o.create = false;
    return o;
}

std::vector<std::pair<std::string, std::string>> parseMapping(const std::string& text)
{
    std::vector<std::pair<std::string, std::string>> mapping;
    for (auto item : splitList(text)) {
        const auto eq = item.find('=');
        if (eq == std::string_view::npos || eq == 0 || eq + 1 == item.size())
            throw UsageError("--map expects field=Column pairs separated by commas, not '" + std::string(item) + "'");
        mapping.emplace_back(std::string(trim(item.substr(0, eq))), std::string(trim(item.substr(eq + 1))));
    }
    return mapping;
}

std::string quoted(const std::string& value)
{
    return value.empty() ? std::string("(empty)") : "'" + value + "'";
}

void printProblems(std::ostream& err, const ImportSummary& s)
{
    for (const auto& p : s.problems) {
        // The values are the file's, control characters and all: escaped for the terminal.
        err << "  " << printable(s.file.string()) << ":" << p.line << ": ";
        if (!p.column.empty())
            err << printable(p.column) << " " << printable(quoted(p.value)) << ": ";
        err << printable(p.reason) << "\n";
    }
    if (s.problemCount > static_cast<std::int64_t>(s.problems.size()))
        err << "  ... and " << s.problemCount - static_cast<std::int64_t>(s.problems.size())
            << " more problems (" << s.problemCount << " in all)\n";
}

nlohmann::ordered_json summaryJson(const ImportSummary& s)
{
    nlohmann::ordered_json j;
    j["kind"] = std::string(importKindName(s.kind));
    j["file"] = escapeInvalidUtf8(s.file.string());
    j["sha256"] = s.sha256;
    j["batch"] = s.batch ? nlohmann::ordered_json(*s.batch) : nlohmann::ordered_json(nullptr);
    j["dry_run"] = s.dryRun;
    j["rows"] = s.rows;
    j["created"] = s.created;
    j["updated"] = s.updated;
    j["unchanged"] = s.unchanged;
    j["rejected"] = s.rejected;
    if (s.kind == ImportKind::Sales) {
        j["accounts_created"] = s.accountsCreated;
        j["total"] = s.total.toString();
    }
    j["rejects_file"] = s.rejectsFile ? nlohmann::ordered_json(escapeInvalidUtf8(s.rejectsFile->string())) : nullptr;
    auto columns = nlohmann::ordered_json::object();
    for (const auto& [field, header] : s.columns)
        columns[field] = escapeInvalidUtf8(header);
    j["columns"] = columns;
    return j;
}

void printSummary(std::ostream& out, const ImportSummary& s)
{
    const bool sales = s.kind == ImportKind::Sales;
    out << (s.dryRun ? "Dry run (nothing written): " : "Imported ") << printable(s.file.string());
    if (s.batch)
        out << " as batch " << *s.batch;
    out << "\n  rows read:  " << s.rows << "\n";
    if (sales) {
        out << "  sale lines: " << s.created << " (total " << s.total.toString() << ")\n";
        out << "  accounts created for unknown references: " << s.accountsCreated << "\n";
    } else {
        out << "  created:    " << s.created << "\n  updated:    " << s.updated << "\n  unchanged:  " << s.unchanged
            << "\n";
    }
    out << "  rejected:   " << s.rejected << "\n";
    if (s.rejectsFile)
        out << "  rejected rows written to " << s.rejectsFile->string() << "\n";
    if (s.dryRun && s.previous)
        out << "  note: this content was imported before as batch " << s.previous->id
            << "; a real import needs --again\n";
}

int importFile(ImportKind kind, Context& c, Args& args)
{
    args.parse({"map", "delimiter", "encoding", "date-format", "rejects", "format", kPassphraseFileOption},
               {"decimal-comma", "skip-invalid", "dry-run", "again", "no-create"});
    args.expectPositional(1, "the CSV file");
    ImportOptions o;
    o.kind = kind;
    o.file = args.positional()[0];
    if (auto m = args.value("map"))
        o.mapping = parseMapping(*m);
    if (auto d = args.value("delimiter"))
        o.reader.delimiter = parseDelimiter(*d);
    if (auto e = args.value("encoding")) {
        const auto encoding = csv::encodingFromName(*e);
        if (!encoding)
            throw UsageError("--encoding expects utf-8, utf-16le, utf-16be, windows-1251, windows-1252, "
                             "iso-8859-1 or auto, not '" +
                             *e + "'");
        o.reader.encoding = *encoding;
    }
    o.dateFormat.pattern = args.valueOr("date-format", "");
    o.decimalComma = args.has("decimal-comma");
    o.skipInvalid = args.has("skip-invalid");
    o.dryRun = args.has("dry-run");
    o.again = args.has("again");
    o.createAccounts = !args.has("no-create");
    if (auto r = args.value("rejects")) {
        if (!o.skipInvalid)
            throw UsageError("--rejects applies with --skip-invalid");
        o.rejectsFile = std::filesystem::path(*r);
    }
    if (o.createAccounts == false && kind != ImportKind::Sales)
        throw UsageError("--no-create applies to sales imports");
    const std::string format = args.valueOr("format", "text");
    if (format != "text" && format != "json")
        throw UsageError("--format expects text or json, not '" + format + "'");

    auto& ws = c.workspace(existingDatabase());
    // An encrypted file is decrypted and authenticated whole before a row is read.
    const auto passphrase = decryptionPassphrase(c, args, o.file);
    std::optional<DecryptedCopy> decrypted;
    if (passphrase) {
        decrypted.emplace(o.file, *passphrase, ws.path());
        o.readFrom = decrypted->path();
    }
    try {
        const auto summary = importCsv(ws, o);
        if (format == "json")
            c.out << summaryJson(summary).dump(2) << "\n";
        else
            printSummary(c.out, summary);
        return 0;
    } catch (const ImportRejected& e) {
        c.err << "keystone-cli: " << e.what() << ":\n";
        printProblems(c.err, e.summary());
        c.err << "Fix the file, or give --skip-invalid to import the valid rows and write the others to a "
                 "rejects file.\n";
        return 1;
    } catch (const csv::CsvError& e) {
        std::string message = std::string(e.what()) + " (nothing was imported)";
        if (e.reason().find("invalid UTF-8") != std::string::npos && !args.has("encoding"))
            message += "; if the file is not UTF-8, name its encoding, e.g. --encoding windows-1251";
        throw Error(message);
    }
}

const char* kImportOptions = R"(
Options:
  --map F=COL,...    which column holds which field (see 'import fields KIND'); without it
                     headers are matched to fields by name and common synonyms
  --delimiter D      , ; tab or | (default: detected from the header)
  --encoding E       utf-8, utf-16le, utf-16be, windows-1251, windows-1252, iso-8859-1
                     (default: a byte order mark decides, else UTF-8)
  --date-format P    e.g. %d.%m.%Y, %m/%d/%Y, %Y%m%d (default: ISO 8601 date or date-time)
  --decimal-comma    numbers use ',' as the decimal mark ('.' and spaces group thousands)
  --skip-invalid     import the valid rows; write the rejected ones, unchanged, with their
                     line and reason to the rejects file (default: any invalid row means
                     nothing is imported)
  --rejects FILE     where rejected rows go (default: NAME.rejects.csv beside the input)
  --dry-run          check and report; write nothing
  --again            import a file whose content was imported before
  --format F         text (default) or json summary
  --passphrase-file F  the passphrase of an encrypted file (export --encrypt) is the first
                     line of F; without it the passphrase is asked on the terminal
)";

Command importKindCommand(ImportKind kind, const std::string& summary, const std::string& extra)
{
    const std::string name(importKindName(kind));
    std::string help = "Usage: keystone-cli import " + name + " FILE [options]\n\n" + summary + ".\n" + extra +
                       kImportOptions;
    return {name, summary, help, [kind](Context& c, Args& args) { return importFile(kind, c, args); }, {}};
}

int listFields(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(1, "accounts, contacts, interactions or sales");
    const auto kind = importKindFromName(args.positional()[0]);
    if (!kind)
        throw UsageError("expected accounts, contacts, interactions or sales, not '" + args.positional()[0] + "'");
    for (const auto& f : importFields(*kind)) {
        c.out << f.key << (f.required ? " (required)" : "") << "\t" << f.description << "\n\tsynonyms: ";
        std::string list;
        for (const auto& s : f.synonyms)
            list += (list.empty() ? "" : ", ") + s;
        c.out << list << "\n";
    }
    return 0;
}

int listBatches(Context& c, Args& args)
{
    auto valued = tableOutputValues();
    args.parse(valued, tableOutputFlags());
    args.expectPositional(0, "");
    const auto output = tableOutputFrom(args);
    Table t;
    t.headers = {"batch", "kind", "file", "imported_at", "rows", "created", "updated", "rejected", "sha256"};
    for (const auto& b : c.workspace(readingDatabase()).store().importBatches().list()) {
        const auto s = nlohmann::json::parse(b.summary, nullptr, false);
        auto count = [&](const char* key) {
            return s.is_object() && s.contains(key) ? Cell{std::to_string(s[key].get<long long>()), true, false}
                                                    : Cell{"", true, true};
        };
        t.rows.push_back({Cell{std::to_string(b.id), true, false}, Cell{b.kind, false, false},
                          Cell{b.fileName, false, false}, Cell{b.importedAt.toIso(), false, false}, count("rows"),
                          count("created"), count("updated"), count("rejected"), Cell{b.sha256, false, false}});
    }
    emitTable(c, output, t);
    return 0;
}

int undo(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(1, "the batch number (see: import batches)");
    long long id = 0;
    try {
        id = std::stoll(args.positional()[0]);
    } catch (const std::exception&) {
        throw UsageError("expected a batch number, not '" + args.positional()[0] + "'");
    }
    const auto u = undoImport(c.workspace(existingDatabase()), id);
    c.out << "Undid batch " << u.batch << ": removed " << u.saleLines << " sale lines, " << u.interactions
          << " interactions, " << u.contacts << " contacts, " << u.accounts << " accounts\n";
    if (!u.accountsKept.empty()) {
        c.out << "Kept " << u.accountsKept.size() << " accounts the batch created that have other data since:";
        for (const auto& k : u.accountsKept)
            c.out << " " << k;
        c.out << "\n";
    }
    return 0;
}

int exportKind(ImportKind kind, Context& c, Args& args)
{
    auto valued = tableOutputValues();
    valued.insert({"where", "columns", kPassphraseFileOption});
    auto flags = tableOutputFlags();
    flags.insert(kEncryptFlag);
    args.parse(valued, flags);
    args.expectPositional(0, "");
    if (args.valueOr("columns", "") == "help") {
        for (const auto& [key, description] : exportColumns(kind))
            c.out << key << "\t" << description << "\n";
        return 0;
    }
    TableOutput output = tableOutputFrom(args, "csv"); // an export is for other programs
    if (!output.file && args.has(kEncryptFlag))
        refuseTerminalOutput(c);
    output.passphrase = encryptionPassphrase(c, args);
    std::vector<std::string> columns;
    const std::string columnText = args.valueOr("columns", "");
    for (auto key : splitList(columnText))
        columns.emplace_back(key);
    auto& ws = c.workspace(readingDatabase());
    const auto filter = parseWhere(ws, kind, args.valueOr("where", ""));
    emitRows(c, output, [&](RowSink& sink) { exportRows(ws, kind, filter, columns, sink); });
    return 0;
}

Command exportKindCommand(ImportKind kind)
{
    const std::string name(importKindName(kind));
    std::string help = "Usage: keystone-cli export " + name +
                       " [--where EXPR] [--columns a,b,...|help] [-o FILE] [--encrypt [--passphrase-file F]]"
                       " [options]\n\n"
                       "Writes " +
                       name +
                       " as CSV (RFC 4180, UTF-8, CRLF) that 'import " + name +
                       "' reads back.\n"
                       "  --where EXPR   terms joined by ',' or ' and ': status=S owner=EMAIL|NAME kind=K\n"
                       "                 account_kind=K cell=AX (latest saved segmentation) country=C tag=T\n"
                       "                 text=T archived=yes from=DATE to=DATE\n"
                       "                 role=R (kind is the interaction kind for interactions)\n"
                       "  --columns      column keys in order; 'help' lists them\n"
                       "  --encrypt      encrypt the output (import reads it back); the passphrase is asked\n"
                       "                 twice on the terminal, or is the first line of --passphrase-file F\n\n" +
                       std::string(kTableOutputHelp) + "  (the default format of an export is csv)\n";
    return {name, "export " + name, help, [kind](Context& c, Args& args) { return exportKind(kind, c, args); }, {}};
}

} // namespace

Command importCommand()
{
    Command import{"import", "import CSV files; list and undo import batches",
                   "Usage: keystone-cli import KIND FILE [options] | fields KIND | batches | undo BATCH\n", nullptr,
                   {}};
    import.subcommands = {
        importKindCommand(ImportKind::Accounts, "import or update accounts, matched by reference",
                          "Rows whose reference exists update that account; unmapped fields keep their values.\n"),
        importKindCommand(ImportKind::Contacts, "import or update contacts of existing accounts",
                          "A contact is matched by e-mail, else by name, within its account.\n"),
        importKindCommand(ImportKind::Interactions, "import interactions of existing accounts",
                          "An interaction is matched by account, time, kind and subject.\n"),
        importKindCommand(ImportKind::Sales, "import sale lines",
                          "Each line needs account (the reference), date, and amount or quantity and unit_price\n"
                          "(amount = quantity x unit_price, exactly). Unknown references create accounts unless\n"
                          "--no-create is given.\n"),
        {"fields", "list the fields of an import and the headers they are recognised by",
         "Usage: keystone-cli import fields accounts|contacts|interactions|sales\n", listFields, {}},
        {"batches", "list import batches",
         std::string("Usage: keystone-cli import batches [--format table|csv|json]\n\n") + kTableOutputHelp,
         listBatches, {}},
        {"undo", "remove what an import batch added",
         "Usage: keystone-cli import undo BATCH\n\nRemoves the sale lines, interactions, contacts and accounts the "
         "batch created, in one transaction.\nUpdates it made to existing records stay. Accounts it created that "
         "have other data since are kept.\n",
         undo, {}},
    };
    return import;
}

Command exportCommand()
{
    Command exp{"export", "export accounts, contacts, interactions or sale lines as CSV",
                "Usage: keystone-cli export accounts|contacts|interactions|sales [options]\n", nullptr, {}};
    exp.subcommands = {exportKindCommand(ImportKind::Accounts), exportKindCommand(ImportKind::Contacts),
                       exportKindCommand(ImportKind::Interactions), exportKindCommand(ImportKind::Sales)};
    return exp;
}

} // namespace keystone::cli
