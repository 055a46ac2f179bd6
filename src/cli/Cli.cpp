#include "cli/Cli.h"

#include "app/Identity.h"
#include "app/Paths.h"
#include "cli/Command.h"
#include "domain/Text.h"

#include <algorithm>
#include <cstdlib>
#include <iostream>

namespace keystone::cli {

Workspace& Context::workspace(const OpenOptions& options)
{
    OpenOptions existing = options;
    existing.create = false;
    return open(existing);
}

Workspace& Context::createWorkspace() { return open(OpenOptions{}); }

Workspace& Context::open(const OpenOptions& options)
{
    if (!m_workspace) {
        OpenOptions opening = options;
        if (!opening.readOnly) {
            // A writer waits for another (an import in another terminal) as long as it takes, and
            // says why it waits, rather than failing with "database is locked" after five seconds.
            opening.busyTimeoutMs = -1;
            opening.waitNotice = [this] {
                err << "keystone-cli: waiting for another program that is writing to " << m_dbPath.string()
                    << " (Ctrl+C to stop)\n"
                    << std::flush;
            };
        }
        m_workspace = std::make_unique<Workspace>(m_dbPath, m_clock, opening);
        // Before schema 8 (a read-only open of an older file) nobody is remembered.
        if (m_workspace->store().database().schemaVersion() >= 8) {
            Identity identity(*m_workspace);
            if (m_user)
                identity.actAs(*m_user);
            else if (!identity.resume())
                if (const auto sole = identity.soleActiveMember())
                    identity.actAs(sole->id);
        }
    }
    return *m_workspace;
}

namespace {

const char* kProgramHelp = R"(Usage: keystone-cli [--db PATH] [--as EMAIL] COMMAND [ARGS...]

Keystone keeps the dossiers of key accounts. This is its command line.

Options:
  --db PATH    the database (default: $KEYSTONE_DB, else
               $XDG_DATA_HOME/Keystone/keystone.db or ~/.local/share/Keystone/keystone.db)
  --as EMAIL   act as this team member for this command (default: $KEYSTONE_USER, else the
               member remembered with 'whoami --set', else the team's only active member);
               every record written names who created and last changed it
  --help       this help; every command has its own (keystone-cli accounts --help)

Exit codes: 0 success, 1 a user or data error, 2 bad usage.
)";

Command makeTree()
{
    Command root{"keystone-cli", "", kProgramHelp, nullptr, storeCommands()};
    root.subcommands.push_back(accountsCommand());
    root.subcommands.push_back(importCommand());
    root.subcommands.push_back(exportCommand());
    root.subcommands.push_back(dossierCommand());
    root.subcommands.push_back(contactsCommand());
    root.subcommands.push_back(followupsCommand());
    for (auto& c : followupRecordCommands())
        root.subcommands.back().subcommands.push_back(std::move(c));
    root.subcommands.push_back(interactionsCommand());
    root.subcommands.push_back(managersCommand());
    root.subcommands.push_back(whoamiCommand());
    root.subcommands.push_back(competitorsCommand());
    root.subcommands.push_back(reasonsCommand());
    root.subcommands.push_back(tendersCommand());
    root.subcommands.push_back(dashboardCommand());
    for (auto& c : analyticsCommands())
        root.subcommands.push_back(std::move(c));
    root.subcommands.push_back(reportCommand());
    return root;
}

std::string helpFor(const Command& command)
{
    std::string text = command.help;
    if (!command.subcommands.empty()) {
        text += "\nCommands:\n";
        std::size_t width = 0;
        for (const auto& sub : command.subcommands)
            width = std::max(width, sub.name.size());
        for (const auto& sub : command.subcommands) {
            std::string name = "  " + sub.name;
            name.resize(width + 4, ' ');
            text += name + sub.summary + "\n";
        }
    }
    return text;
}

bool wantsHelp(const std::vector<std::string>& words)
{
    for (const auto& w : words) {
        if (w == "--")
            return false;
        if (w == "--help" || w == "-h")
            return true;
    }
    return false;
}

int dispatch(const Command& command, Args& args, Context& context)
{
    // A command with both a handler and subcommands (segment, segment diff) runs its
    // handler unless the next word names a subcommand.
    if (command.run && !command.subcommands.empty()) {
        const auto next = args.peek();
        const bool isSub = next && std::any_of(command.subcommands.begin(), command.subcommands.end(),
                                               [&](const Command& sub) { return sub.name == *next; });
        if (!isSub)
            return command.run(context, args);
    }
    if (!command.subcommands.empty()) {
        const auto name = args.shift();
        if (!name || *name == "--help" || *name == "-h") {
            (name ? context.out : context.err) << helpFor(command);
            return name ? 0 : 2;
        }
        for (const auto& sub : command.subcommands)
            if (sub.name == *name)
                return dispatch(sub, args, context);
        throw UsageError("unknown command '" + *name + "' (see " + command.name + " --help)");
    }
    return command.run(context, args);
}

const Command* findHelpTarget(const Command& root, const std::vector<std::string>& words)
{
    const Command* current = &root;
    for (const auto& w : words) {
        bool descended = false;
        for (const auto& sub : current->subcommands) {
            if (sub.name == w) {
                current = &sub;
                descended = true;
                break;
            }
        }
        if (!descended)
            break;
    }
    return current;
}

} // namespace

int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err, const Clock& clock)
{
    std::vector<std::string> words = arguments;
    std::filesystem::path db;
    std::optional<std::string> user;
    if (const char* env = std::getenv("KEYSTONE_USER"); env && *env)
        user = env;
    try {
        // --db and --as are global and come before the command.
        const auto global = [&](const std::string& option, auto set) {
            if (words.empty())
                return false;
            if (words.front() == option) {
                if (words.size() < 2)
                    throw UsageError("option " + option + " needs a value");
                set(words[1]);
                words.erase(words.begin(), words.begin() + 2);
                return true;
            }
            if (words.front().rfind(option + "=", 0) == 0) {
                set(words.front().substr(option.size() + 1));
                words.erase(words.begin());
                return true;
            }
            return false;
        };
        while (global("--db", [&](const std::string& v) { db = v; }) ||
               global("--as", [&](const std::string& v) { user = v; })) {
        }
        if (db.empty())
            db = defaultDatabasePath();
        const Command root = makeTree();
        if (wantsHelp(words)) {
            out << helpFor(*findHelpTarget(root, words));
            return 0;
        }
        Context context(out, err, clock, db);
        context.setUser(user);
        Args args(words);
        return dispatch(root, args, context);
    } catch (const UsageError& e) {
        err << "keystone-cli: " << printable(e.what()) << "\n";
        return 2;
    } catch (const ValidationError& e) {
        err << "keystone-cli: invalid input: " << printable(e.what()) << "\n";
        return 1;
    } catch (const Error& e) {
        err << "keystone-cli: " << printable(e.what()) << "\n";
        return 1;
    } catch (const std::filesystem::filesystem_error& e) {
        err << "keystone-cli: " << printable(e.what()) << "\n";
        return 1;
    } catch (const std::exception& e) {
        err << "keystone-cli: " << printable(e.what()) << "\n";
        return 1;
    }
}

} // namespace keystone::cli
