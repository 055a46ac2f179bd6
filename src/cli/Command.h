// The command tree of keystone-cli: every command has a one-line summary for the
// parent's help, its own help text, and either a handler or subcommands.
#pragma once

#include "app/Analytics.h"
#include "app/Workspace.h"
#include "cli/Args.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace keystone::cli {

// How the commands that only read open the database: read-only, so they take no write lock and
// go on while another process imports (WAL), and work in a read-only folder; an older schema
// is still upgraded first, as every command did before (docs/safety.md).
inline OpenOptions readingDatabase()
{
    OpenOptions o;
    o.readOnly = true;
    o.create = false;
    o.upgradeIfOlder = true;
    return o;
}

// What a command runs with: the streams, the clock, and the database, opened on
// first use so that `--help` never touches a file.
class Context
{
public:
    Context(std::ostream& output, std::ostream& errors, const Clock& clock, std::filesystem::path dbPath)
        : out(output), err(errors), m_clock(clock), m_dbPath(std::move(dbPath))
    {
    }
    std::ostream& out; // results, and only results
    std::ostream& err; // messages for the person at the terminal

    // The database, which must exist: only `init` creates one (createWorkspace), so that a typing
    // mistake in --db, or a file that lost its contents, is reported instead of made into a new
    // empty database. `options.create` is ignored.
    Workspace& workspace(const OpenOptions& options = {});
    Workspace& createWorkspace();
    const Clock& clock() const { return m_clock; }
    const std::filesystem::path& dbPath() const { return m_dbPath; }
    // The team member to write as (--as, else $KEYSTONE_USER); without one the workspace
    // writes as the member remembered for the operating-system user, else the team's
    // only active member, else nobody.
    void setUser(std::optional<std::string> email) { m_user = std::move(email); }
    const std::optional<std::string>& user() const { return m_user; }

private:
    Workspace& open(const OpenOptions& options);

    std::optional<std::string> m_user;
    const Clock& m_clock;
    std::filesystem::path m_dbPath;
    std::unique_ptr<Workspace> m_workspace;
};

struct Command
{
    std::string name;
    std::string summary;
    std::string help; // usage and options; printed for --help
    std::function<int(Context&, Args&)> run;
    std::vector<Command> subcommands;
};

// The commands of each area; Cli.cpp assembles them into the tree.
std::vector<Command> storeCommands();
Command accountsCommand();
Command importCommand();
Command exportCommand();
Command dossierCommand();
Command contactsCommand();
Command followupsCommand();
// The record-keeping commands of issue 17 (TeamCommands.cpp, InteractionCommands.cpp ...).
Command managersCommand();
Command whoamiCommand();
Command competitorsCommand();
Command reasonsCommand();
Command tendersCommand();
Command interactionsCommand();
// accounts edit, archive, restore; followups add, list, edit, reschedule ...
std::vector<Command> accountRecordCommands();
std::vector<Command> followupRecordCommands();
Command dashboardCommand();
// segment, score, concentration, prospects, risk, cadence and settings analytics.
std::vector<Command> analyticsCommands();
// report segments and report dossier: PDF documents.
Command reportCommand();

// The segmentation options (--from --to --period --measure --abc --xyz) that
// `segment` and `report segments` share; each throws UsageError naming the option.
SegmentRequest segmentRequestFrom(const Args& args);
const std::set<std::string>& segmentWindowOptions();
std::optional<Date> dateOptionOf(const Args& args, const std::string& name);
SnapshotId snapshotIdOf(const std::string& text);

} // namespace keystone::cli
