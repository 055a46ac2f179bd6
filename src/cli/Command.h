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

    Workspace& workspace(const OpenOptions& options = {});
    const Clock& clock() const { return m_clock; }
    const std::filesystem::path& dbPath() const { return m_dbPath; }

private:
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
