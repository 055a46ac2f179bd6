// dossier export | import: whole dossiers as JSON files between databases.
// contacts export | import: contacts as vCard files for address books.
// followups export --ics: follow-ups and planned meetings for calendar programs.
#include "app/CalendarExport.h"
#include "app/ContactExchange.h"
#include "app/DossierExport.h"
#include "app/DossierImport.h"
#include "app/OutputFile.h"
#include "cli/Command.h"
#include "cli/Passphrases.h"

namespace keystone::cli {

namespace {

OpenOptions existingDatabase()
{
    OpenOptions o;
    o.create = false;
    return o;
}

// Writes `text` to -o FILE (atomically) or to standard output, encrypted with --encrypt.
void emit(Context& c, const Args& args, const std::string& text)
{
    const auto file = args.value("output");
    if (!file && args.has(kEncryptFlag))
        refuseTerminalOutput(c);
    const auto passphrase = encryptionPassphrase(c, args);
    const auto write = [&](std::ostream& out) { out << text; };
    if (passphrase && file)
        writeEncryptedFile(*file, *passphrase, write);
    else if (passphrase)
        writeEncrypted(c.out, *passphrase, write);
    else if (file)
        writeOutputFile(*file, write);
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
    args.parse({"output", kPassphraseFileOption}, {"all", kEncryptFlag});
    auto& ws = c.workspace(readingDatabase());
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
    args.parse({kPassphraseFileOption}, {"dry-run"});
    args.expectPositional(1, "the file to import");
    const bool dryRun = args.has("dry-run");
    const std::filesystem::path file = args.positional()[0];
    const auto passphrase = decryptionPassphrase(c, args, file);
    auto& ws = dryRun ? c.workspace(existingDatabase()) : c.workspace();
    printReport(c, importDossierFile(ws.store(), file, dryRun, passphrase ? &*passphrase : nullptr));
    return 0;
}

int contactsExport(Context& c, Args& args)
{
    args.parse({"output", "account", kPassphraseFileOption}, {"all", "vcard", kEncryptFlag});
    args.expectPositional(0, "");
    if (!args.has("vcard"))
        throw UsageError("contacts export needs --vcard (the only format it writes)");
    const bool all = args.has("all");
    if (all == args.has("account"))
        throw UsageError("give either --account ID|REF or --all");
    auto& ws = c.workspace(readingDatabase());
    std::vector<AccountId> ids;
    if (all)
        ids = allAccountIds(ws.store());
    else
        ids.push_back(ws.resolveAccount(*args.value("account")).id);
    const std::string text = exportContactCards(ws.store(), ids);
    emit(c, args, text);
    if (args.has("output")) {
        std::size_t cards = 0;
        for (std::size_t pos = 0; (pos = text.find("BEGIN:VCARD\r\n", pos)) != std::string::npos; ++pos)
            ++cards;
        c.err << "exported " << cards << (cards == 1 ? " contact" : " contacts") << " to " << *args.value("output")
              << "\n";
    }
    return 0;
}

int contactsImport(Context& c, Args& args)
{
    args.parse({"account", kPassphraseFileOption}, {"dry-run", "vcard"});
    args.expectPositional(1, "the vCard file to import");
    const std::filesystem::path file = args.positional()[0];
    const auto passphrase = decryptionPassphrase(c, args, file);
    const auto account = args.value("account");
    if (!account)
        throw UsageError("--account ID|REF is required: the contacts are imported into that account");
    const bool dryRun = args.has("dry-run");
    auto& ws = c.workspace(existingDatabase());
    const AccountId id = ws.resolveAccount(*account).id;
    printReport(c, importContactCards(ws.store(), id, file, dryRun, passphrase ? &*passphrase : nullptr));
    return 0;
}

int followupsExport(Context& c, Args& args)
{
    args.parse({"output", "owner", "account", kPassphraseFileOption}, {"ics", kEncryptFlag});
    args.expectPositional(0, "");
    if (!args.has("ics"))
        throw UsageError("followups export needs --ics (the only format it writes)");
    auto& ws = c.workspace(readingDatabase());
    CalendarQuery query;
    if (auto account = args.value("account"))
        query.accountId = ws.resolveAccount(*account).id;
    if (auto owner = args.value("owner"))
        query.ownerId = ws.resolveManager(*owner);
    const auto calendar = exportCalendar(ws.store(), query);
    emit(c, args, calendar.text);
    if (args.has("output"))
        c.err << "exported " << calendar.todos << " follow-ups and " << calendar.events << " planned meetings to "
              << *args.value("output") << "\n";
    return 0;
}

} // namespace

Command followupsCommand()
{
    Command followups{"followups", "export follow-ups and planned meetings to calendars",
                      "Usage: keystone-cli followups COMMAND\n", nullptr, {}};
    followups.subcommands = {
        {"export", "write follow-ups and planned meetings as an iCalendar file",
         "Usage: keystone-cli followups export --ics [--owner EMAIL|NAME] [--account ID|REF] [-o FILE.ics]\n"
         "         [--encrypt]\n\n"
         "Writes an iCalendar (RFC 5545) file that calendar programs open: a to-do per follow-up\n"
         "or commitment (due date, done ones completed) and an event per planned meeting (an\n"
         "interaction later than now). UIDs are stable, so importing again updates the items.\n"
         "  --owner    only the follow-ups this manager owns and the meetings they hold\n"
         "  --account  only this account (else every account that is not archived)\n"
         "  -o FILE    write to FILE (atomically) instead of standard output\n"
         "  --encrypt  encrypt the output; the passphrase is asked twice on the terminal, or\n"
         "             is the first line of --passphrase-file F\n",
         followupsExport, {}},
    };
    return followups;
}

Command contactsCommand()
{
    Command contacts{"contacts", "export and import contacts as vCard", "Usage: keystone-cli contacts COMMAND\n",
                     nullptr, {}};
    contacts.subcommands = {
        {"export", "write contacts as a vCard 4.0 file",
         "Usage: keystone-cli contacts export --account ID|REF | --all --vcard [-o FILE.vcf] [--encrypt]\n\n"
         "Writes one vCard 4.0 card per contact (UTF-8, CRLF, folded lines) that address books\n"
         "such as Thunderbird and Google Contacts read; see docs/formats.md for the mapping.\n"
         "  -o FILE    write to FILE (atomically) instead of standard output\n"
         "  --encrypt  encrypt the output; the passphrase is asked twice on the terminal, or\n"
         "             is the first line of --passphrase-file F\n",
         contactsExport, {}},
        {"import", "read a vCard file (3.0 or 4.0) into an account",
         "Usage: keystone-cli contacts import FILE.vcf --account ID|REF [--dry-run] [--passphrase-file F]\n\n"
         "Each card updates the account's contact with the same e-mail (else the same name) and\n"
         "changes only what the card carries; other cards become new contacts. Problems are\n"
         "listed with their line numbers and nothing is written unless every card is valid.\n"
         "  --dry-run  check and count, write nothing\n"
         "  --passphrase-file F  the passphrase of an encrypted file (else asked on the terminal)\n",
         contactsImport, {}},
    };
    return contacts;
}

Command dossierCommand()
{
    Command dossier{"dossier", "export and import complete dossiers as JSON",
                    "Usage: keystone-cli dossier COMMAND\n", nullptr, {}};
    dossier.subcommands = {
        {"export", "write dossiers as a JSON file",
         "Usage: keystone-cli dossier export ID|REF... | --all [-o FILE] [--encrypt [--passphrase-file F]]\n\n"
         "Writes each account with its dossier, contacts, interactions, follow-ups, tenders and\n"
         "competitors as JSON (format keystone-dossiers, version 1; see docs/formats.md).\n"
         "  --all      every account, archived ones too, with every manager and competitor\n"
         "  -o FILE    write to FILE (atomically) instead of standard output\n"
         "  --encrypt  encrypt the output; the passphrase is asked twice on the terminal, or\n"
         "             is the first line of --passphrase-file F\n",
         dossierExport, {}},
        {"import", "read a dossier JSON file into the database",
         "Usage: keystone-cli dossier import FILE [--dry-run] [--passphrase-file F]\n\n"
         "Checks the whole file first and lists every problem with its JSON path; nothing is\n"
         "written unless everything is valid. Records are matched by natural keys (account\n"
         "reference, else name; contact e-mail, else name) and updated in one transaction, so\n"
         "importing the same file twice changes nothing. Prints created/updated/unchanged counts.\n"
         "  --dry-run  check and count, write nothing\n"
         "  --passphrase-file F  the passphrase of an encrypted file (else asked on the terminal)\n",
         dossierImport, {}},
    };
    return dossier;
}

} // namespace keystone::cli
