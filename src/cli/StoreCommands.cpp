// init, demo, search, check, backup and restore: commands about the database as a whole.
#include "app/BackupRestore.h"
#include "app/DemoGenerator.h"
#include "app/Encryption.h"
#include "app/OpenError.h"
#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/Passphrases.h"
#include "domain/Text.h"

namespace keystone::cli {

namespace {

int init(Context& c, Args& args)
{
    args.parse({}, {});
    args.expectPositional(0, "");
    const bool existed = std::filesystem::exists(c.dbPath());
    auto& ws = c.createWorkspace();
    c.out << (existed ? "opened " : "created ") << ws.path().string() << " (schema version "
          << ws.store().database().schemaVersion() << ")\n";
    return 0;
}

int demo(Context& c, Args& args)
{
    args.parse({"accounts", "years", "seed"}, {});
    args.expectPositional(0, "");
    DemoOptions options;
    options.accounts = static_cast<int>(args.integer("accounts", 1, 1'000'000).value_or(options.accounts));
    options.years = static_cast<int>(args.integer("years", 1, 20).value_or(options.years));
    options.seed = static_cast<std::uint64_t>(args.integer("seed", 0, 1'000'000'000).value_or(1));
    // Demo data is for a new book: like init, demo creates the file when there is none.
    auto& ws = c.createWorkspace();
    const auto existing = ws.store().counts();
    if (existing.accounts + existing.archivedAccounts > 0)
        throw Error(ws.path().string() + " already holds " + std::to_string(existing.accounts) +
                    " accounts; demo data goes into an empty database (choose another with --db)");
    DemoGenerator generator(ws.store(), options);
    const auto summary = generator.run([&](int done, int total) {
        if (total >= 1000)
            c.err << "\rdemo: " << done << " of " << total << " accounts" << std::flush;
    });
    if (options.accounts >= 1000)
        c.err << "\n";
    c.out << "demo data written to " << ws.path().string() << ": " << summary.accounts << " accounts, "
          << summary.contacts << " contacts, " << summary.interactions << " interactions, " << summary.followUps
          << " follow-ups, " << summary.tenders << " tenders, " << summary.saleLines << " sale lines, "
          << summary.managers << " managers\n";
    return 0;
}

int search(Context& c, Args& args)
{
    args.parse({"limit", "format"}, {});
    if (args.positional().empty())
        throw UsageError("missing the text to search for");
    std::string text;
    for (const auto& w : args.positional())
        text += (text.empty() ? "" : " ") + w;
    const int limit = static_cast<int>(args.integer("limit", 1, 10'000).value_or(50));
    const std::string format = args.valueOr("format", "table");
    if (format != "table" && format != "json")
        throw UsageError("--format expects table or json, not '" + format + "'");
    Table table;
    table.headers = {"kind", "id", "account_id", "title", "snippet"};
    for (const auto& hit : c.workspace(readingDatabase()).search(text, limit))
        table.rows.push_back({Cell{std::string(toKey(hit.kind))}, Cell{std::to_string(hit.id), true},
                              Cell{std::to_string(hit.accountId), true}, Cell{hit.title}, Cell{hit.snippet}});
    if (format == "json")
        printJson(table, c.out);
    else if (table.rows.empty())
        c.err << "nothing matches '" << text << "'\n";
    else
        printAligned(table, c.out);
    return 0;
}

std::string problemCount(std::size_t n) { return std::to_string(n) + " problem" + (n == 1 ? "" : "s"); }

int check(Context& c, Args& args)
{
    args.parse({}, {"repair"});
    args.expectPositional(0, "");
    const std::string db = printable(c.dbPath().string());
    Workspace* ws = nullptr;
    try {
        // A plain check only reads, so it never waits for a writer; --repair writes.
        ws = &c.workspace(args.has("repair") ? OpenOptions{} : readingDatabase());
    } catch (const OpenError& e) {
        if (e.reason() != OpenError::Reason::Corrupt && e.reason() != OpenError::Reason::NotADatabase)
            throw;
        // A file that cannot be opened as a database is the one problem check finds in it.
        c.out << "damaged: " << printable(e.what()) << '\n';
        c.err << "keystone-cli: " << db << " cannot be opened as a database; restore it from a backup\n";
        return 1;
    }
    auto problems = ws->check();
    for (const auto& p : problems)
        c.out << printable(p) << '\n';
    if (problems.empty()) {
        c.out << "ok\n";
        return 0;
    }
    if (!args.has("repair")) {
        c.err << "keystone-cli: check found " << problemCount(problems.size()) << " in " << db
              << "; check --repair rebuilds the search index and the monthly totals\n";
        return 1;
    }
    std::filesystem::path backup = c.dbPath();
    backup += ".before-repair-" + std::to_string(c.clock().now().unixSeconds()) + ".bak";
    ws->repair(backup);
    c.err << "check --repair: backup written to " << printable(backup.string())
          << "; rebuilt the search index and the monthly totals\n";
    problems = ws->check();
    for (const auto& p : problems)
        c.out << "after repair: " << printable(p) << '\n';
    if (problems.empty()) {
        c.out << "repaired\nok\n";
        return 0;
    }
    c.err << "keystone-cli: " << problemCount(problems.size()) << " remain in " << db
          << " that cannot be derived from the records; restore them from a backup\n";
    return 1;
}

int backup(Context& c, Args& args)
{
    args.parse({kPassphraseFileOption}, {kEncryptFlag});
    args.expectPositional(1, "the backup file name");
    const std::filesystem::path target = args.positional()[0];
    if (std::filesystem::exists(target))
        throw Error(target.string() + " already exists; choose a new file name");
    const auto passphrase = encryptionPassphrase(c, args);
    auto& ws = c.workspace(readingDatabase());
    if (passphrase)
        writeEncryptedBackup(ws, target, *passphrase);
    else
        ws.backup(target);
    c.out << (passphrase ? "encrypted backup written to " : "backup written to ") << target.string() << "\n";
    return 0;
}

int restore(Context& c, Args& args)
{
    args.parse({kPassphraseFileOption}, {});
    args.expectPositional(1, "the backup file to restore");
    const std::filesystem::path backup = args.positional()[0];
    if (!std::filesystem::is_regular_file(backup))
        throw Error(backup.string() + ": no such backup file");
    const auto passphrase = decryptionPassphrase(c, args, backup);
    const RestoreResult r =
        passphrase ? restoreEncryptedBackup(c.dbPath(), backup, *passphrase) : restoreBackup(c.dbPath(), backup);
    c.out << "restored " << c.dbPath().string() << " from " << backup.string() << " (schema version "
          << r.schemaVersion << ")\n";
    if (!r.kept.empty())
        c.err << "the replaced database is kept as " << r.kept.string() << "\n";
    return 0;
}

} // namespace

std::vector<Command> storeCommands()
{
    return {
        {"init", "create the database, or open and upgrade it",
         "Usage: keystone-cli init\n\nCreates the database when it does not exist, or opens it and upgrades its "
         "schema\n(after writing a backup beside it).\n",
         init, {}},
        {"demo", "fill a new or empty database with demo key accounts",
         "Usage: keystone-cli demo [--accounts N] [--years Y] [--seed S]\n\n"
         "Creates the database when it does not exist, like init, and fills it (or an empty one)\n"
         "with a believable company's key accounts: dossiers, people,\n"
         "interactions, follow-ups, tenders, competitors and sales. The same seed on the same\n"
         "day gives the same data.\n\n"
         "  --accounts N   number of accounts (default 60; 50000 for benchmarks)\n"
         "  --years Y      years of history before today (default 3)\n"
         "  --seed S       random seed (default 1)\n",
         demo, {}},
        {"search", "search accounts, contacts, interactions and dossiers",
         "Usage: keystone-cli search TEXT... [--limit N] [--format table|json]\n\n"
         "Every word must match the start of a word; case and diacritics are ignored in every\n"
         "script (\"ecole\" finds \"École\", \"ооо\" finds \"ООО\").\n",
         search, {}},
        {"check", "check the database's integrity",
         "Usage: keystone-cli check [--repair]\n\n"
         "Checks every table and index (SQLite's integrity and foreign-key checks), the text of\n"
         "every table, the full-text search index against the records, and the sale lines against\n"
         "their monthly totals. An empty or truncated file is reported as damaged. Prints ok, or\n"
         "the problems and exits with 1.\n\n"
         "  --repair   rebuild what is derived from the records (the search index and the monthly\n"
         "             totals) in one transaction, after writing a backup beside the database, and\n"
         "             check again\n",
         check, {}},
        {"backup", "write a consistent copy of the database",
         "Usage: keystone-cli backup FILE [--encrypt] [--passphrase-file F]\n\n"
         "Writes a consistent copy of the database to FILE, which must not exist yet (mode 0600).\n\n"
         "  --encrypt             encrypt it (XChaCha20-Poly1305, the key from the passphrase by\n"
         "                        Argon2id); the passphrase is asked twice on the terminal\n"
         "  --passphrase-file F   take the passphrase from the first line of F instead\n",
         backup, {}},
        {"restore", "replace the database with a backup",
         "Usage: keystone-cli restore BACKUP [--passphrase-file F]\n\n"
         "Replaces the database (--db) with BACKUP. The backup is checked first (integrity, schema\n"
         "version, that it is Keystone's); nothing is written if it fails. Refused while another\n"
         "program has the database open. The replaced database is kept beside it as\n"
         "FILE.before-restore-YYYYMMDD-HHMMSS (UTC). An encrypted backup is decrypted and\n"
         "checked whole before anything is written; its passphrase is asked on the terminal.\n\n"
         "  --passphrase-file F   take the passphrase of an encrypted backup from the first line of F\n",
         restore, {}},
    };
}

} // namespace keystone::cli
