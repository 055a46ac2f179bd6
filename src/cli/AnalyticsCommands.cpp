// segment (snapshots, diff), score, concentration, prospects, risk, cadence and
// settings analytics: the analytics use cases on the command line.
#include "app/AnalyticsColumns.h"
#include "cli/Command.h"
#include "cli/Output.h"
#include "domain/Text.h"

#include <charconv>
#include <cmath>

namespace keystone::cli {

namespace {

OpenOptions existingDatabase()
{
    OpenOptions o;
    o.create = false;
    return o;
}

Analytics analyticsOf(Context& c)
{
    auto& ws = c.workspace(readingDatabase());
    return Analytics(ws.store(), ws.clock());
}

std::optional<Date> dateOption(const Args& args, const std::string& name)
{
    const auto text = args.value(name);
    if (!text)
        return std::nullopt;
    const auto d = Date::parseIso(*text);
    if (!d)
        throw UsageError("--" + name + " expects a date as YYYY-MM-DD, not '" + *text + "'");
    return d;
}

std::optional<std::pair<double, double>> pairOption(const Args& args, const std::string& name)
{
    const auto text = args.value(name);
    if (!text)
        return std::nullopt;
    const auto parts = splitList(*text);
    std::pair<double, double> out;
    auto parse = [&](std::string_view part, double& v) {
        const auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
        return ec == std::errc() && end == part.data() + part.size() && std::isfinite(v);
    };
    if (parts.size() != 2 || !parse(parts[0], out.first) || !parse(parts[1], out.second))
        throw UsageError("--" + name + " expects two percentages separated by a comma, such as " +
                         (name == "abc" ? "80,95" : "50,100") + "; not '" + *text + "'");
    return out;
}

const std::set<std::string> kWindowOptions = {"from", "to", "period", "measure", "abc", "xyz"};

SegmentRequest requestFrom(const Args& args)
{
    SegmentRequest r;
    r.from = dateOption(args, "from");
    r.to = dateOption(args, "to");
    if (auto p = args.value("period")) {
        r.period = analytics::parsePeriod(*p);
        if (!r.period)
            throw UsageError("--period expects month or quarter, not '" + *p + "'");
    }
    if (auto m = args.value("measure")) {
        r.measure = analytics::parseMeasure(*m);
        if (!r.measure)
            throw UsageError("--measure expects revenue or margin, not '" + *m + "'");
    }
    r.abc = pairOption(args, "abc");
    r.xyz = pairOption(args, "xyz");
    return r;
}

std::set<std::string> with(std::set<std::string> a, const std::set<std::string>& b)
{
    a.insert(b.begin(), b.end());
    return a;
}

int segment(Context& c, Args& args)
{
    args.parse(with(with(tableOutputValues(), kWindowOptions), {"label"}),
               with(tableOutputFlags(), {"save", "cells", "unclassified"}));
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    if (args.has("cells") && args.has("unclassified"))
        throw UsageError("choose one of --cells and --unclassified");
    const SegmentRequest request = requestFrom(args);
    const bool save = args.has("save");
    auto& ws = c.workspace(save ? existingDatabase() : readingDatabase());
    Analytics analytics(ws.store(), ws.clock());
    const auto parameters = analytics.parameters(request);
    const auto result = analytics.segment(parameters);
    if (args.has("cells"))
        emitTable(c, output, cellsTable(result));
    else if (args.has("unclassified"))
        emitTable(c, output, unclassifiedTable(result));
    else
        emitRows(c, output, [&](RowSink& sink) { writeSegmentRows(result, sink); });
    c.err << "segment " << parameters.from.toIso() << ".." << parameters.to.toIso() << " by "
          << analytics::toKey(parameters.period) << ", " << analytics::toKey(parameters.measure) << ": "
          << result.rows.size() << " accounts classified, " << result.unclassified.size() << " not classified\n";
    if (save) {
        const auto saved = analytics.save(result, args.valueOr("label", ""));
        c.err << "saved snapshot " << saved.snapshot.id << " (" << saved.snapshot.label << ")\n";
        for (const auto& a : saved.markedAnchor)
            c.err << "marked anchor: " << a.name << (a.ref.empty() ? "" : " [" + a.ref + "]") << "\n";
    }
    return 0;
}

int snapshots(Context& c, Args& args)
{
    args.parse(tableOutputValues(), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    emitTable(c, output, snapshotsTable(analyticsOf(c).snapshots()));
    return 0;
}

SnapshotId snapshotId(const std::string& text)
{
    SnapshotId id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc() || end != text.data() + text.size() || id <= 0)
        throw UsageError("a snapshot is named by its id (see 'keystone-cli segment snapshots'), not '" + text + "'");
    return id;
}

int diff(Context& c, Args& args)
{
    args.parse(tableOutputValues(), with(tableOutputFlags(), {"counts"}));
    args.expectPositional(2, "the two snapshot ids (older first)");
    const TableOutput output = tableOutputFrom(args);
    const auto d = analyticsOf(c).diff(snapshotId(args.positional()[0]), snapshotId(args.positional()[1]));
    emitTable(c, output, args.has("counts") ? transitionsTable(d) : movesTable(d));
    c.err << d.moves.size() << " accounts moved, " << d.unchanged << " stayed in their cell\n";
    return 0;
}

int settingsAnalytics(Context& c, Args& args)
{
    args.parse(tableOutputValues(), with(tableOutputFlags(), {"reset"}));
    const TableOutput output = tableOutputFrom(args);
    const bool changing = args.has("reset") || !args.positional().empty();
    auto& ws = c.workspace(changing ? OpenOptions{} : readingDatabase());
    Analytics analytics(ws.store(), ws.clock());
    AnalyticsSettings s = args.has("reset") ? AnalyticsSettings{} : analytics.settings();
    for (const auto& word : args.positional()) {
        const auto eq = word.find('=');
        if (eq == std::string::npos || eq == 0)
            throw UsageError("expected KEY=VALUE, not '" + word + "'");
        s.set(std::string_view(word).substr(0, eq), std::string_view(word).substr(eq + 1));
    }
    if (changing) {
        analytics.saveSettings(s);
        c.err << "analytics settings saved\n";
    }
    Table t;
    t.headers = {"key", "value"};
    for (const auto& [key, value] : s.entries())
        t.rows.push_back({Cell{key, false, false}, Cell{value, false, false}});
    emitTable(c, output, t);
    return 0;
}

int score(Context& c, Args& args)
{
    args.parse(with(tableOutputValues(), {"from", "to", "limit"}), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    SegmentRequest r;
    r.from = dateOption(args, "from");
    r.to = dateOption(args, "to");
    r.measure = analytics::Measure::Revenue;
    const auto limit = args.integer("limit", 1, 100'000'000);
    auto analytics = analyticsOf(c);
    auto rows = analytics.score(analytics.parameters(r));
    if (limit && rows.size() > static_cast<std::size_t>(*limit))
        rows.resize(static_cast<std::size_t>(*limit));
    emitTable(c, output, scoreTable(rows));
    return 0;
}

int concentration(Context& c, Args& args)
{
    args.parse(with(tableOutputValues(), {"from", "to", "measure"}), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    auto analytics = analyticsOf(c);
    const auto p = analytics.parameters(requestFrom(args));
    emitTable(c, output, concentrationTable(analytics.concentration(p)));
    c.err << "concentration " << p.from.toIso() << ".." << p.to.toIso() << " by " << analytics::toKey(p.measure)
          << "\n";
    return 0;
}

int prospects(Context& c, Args& args)
{
    args.parse(tableOutputValues(), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    emitTable(c, output, prospectsTable(analyticsOf(c).prospects()));
    return 0;
}

int risk(Context& c, Args& args)
{
    args.parse(with(tableOutputValues(), {"view", "as-of", "months"}), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    const std::string view = args.valueOr("view", "list");
    if (view != "list" && view != "churn" && view != "winback")
        throw UsageError("--view expects list, churn or winback, not '" + view + "'");
    const int months = static_cast<int>(args.integer("months", 1, 1200).value_or(12));
    if (args.has("months") && view != "churn")
        throw UsageError("--months applies to --view churn only");
    auto& ws = c.workspace(readingDatabase());
    Analytics analytics(ws.store(), ws.clock());
    const Date asOf = dateOption(args, "as-of").value_or(ws.clock().today());
    if (view == "list")
        emitTable(c, output, riskTable(analytics.risk(asOf)));
    else if (view == "churn")
        emitTable(c, output, churnTable(analytics.churn(asOf, months)));
    else
        emitTable(c, output, winBackTable(analytics.winBack(asOf)));
    return 0;
}

int cadence(Context& c, Args& args)
{
    args.parse(with(tableOutputValues(), {"owner", "as-of"}), tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    auto& ws = c.workspace(readingDatabase());
    Analytics analytics(ws.store(), ws.clock());
    std::optional<ManagerId> owner;
    if (auto o = args.value("owner"))
        owner = ws.resolveManager(*o);
    const Date asOf = dateOption(args, "as-of").value_or(ws.clock().today());
    emitTable(c, output, cadenceTable(analytics.cadence(asOf, owner)));
    return 0;
}

const char* const kWindowHelp = R"(Window:
  --from D, --to D   the window, inclusive (default: the last full months before today,
                     as many as the setting window_months, 12)
)";

} // namespace

SegmentRequest segmentRequestFrom(const Args& args) { return requestFrom(args); }
std::optional<Date> dateOptionOf(const Args& args, const std::string& name) { return dateOption(args, name); }
SnapshotId snapshotIdOf(const std::string& text) { return snapshotId(text); }
const std::set<std::string>& segmentWindowOptions() { return kWindowOptions; }

std::vector<Command> analyticsCommands()
{
    Command seg{"segment", "ABC-XYZ segmentation of the accounts",
                std::string("Usage: keystone-cli segment [--from D] [--to D] [--period month|quarter]\n"
                            "         [--measure revenue|margin] [--abc a,b] [--xyz x,y] [--cells | --unclassified]\n"
                            "         [--save [--label L]] [--format table|csv|json] [-o FILE]\n\n"
                            "Ranks accounts with a positive net measure over the window and classifies them\n"
                            "A/B/C by cumulative share (cut at a% and b%, default 80,95) and X/Y/Z by the\n"
                            "coefficient of variation of their per-period totals (cut at x% and y%, default\n"
                            "50,100). Defaults come from 'keystone-cli settings analytics'.\n"
                            "  --cells         the nine cells: accounts and share of the total\n"
                            "  --unclassified  the accounts left out, with the reason\n"
                            "  --save          store the run as a dated snapshot and mark anchors (revenue runs)\n\n") +
                    kWindowHelp + kTableOutputHelp,
                segment,
                {}};
    seg.subcommands = {
        {"snapshots", "list saved segmentation runs",
         std::string("Usage: keystone-cli segment snapshots [--format table|csv|json] [-o FILE]\n\n") +
             kTableOutputHelp,
         snapshots, {}},
        {"diff", "accounts that moved between cells from one snapshot to another",
         std::string("Usage: keystone-cli segment diff OLDER NEWER [--counts] [--format table|csv|json]\n\n"
                     "Lists every account whose cell changed ('-' when absent from a run).\n"
                     "  --counts  the number of accounts per transition instead\n\n") +
             kTableOutputHelp,
         diff, {}},
    };
    Command settings{"settings", "view and change settings", "Usage: keystone-cli settings COMMAND\n", nullptr, {}};
    settings.subcommands = {
        {"analytics", "segmentation, risk, cadence and score settings",
         std::string("Usage: keystone-cli settings analytics [KEY=VALUE ...] [--reset] [--format F]\n\n"
                     "Shows the analytics settings; KEY=VALUE pairs change them (abc=80,95 sets both\n"
                     "ABC cut-offs), --reset restores the defaults. Percentages are numbers: xyz_x=50.\n\n") +
             kTableOutputHelp,
         settingsAnalytics, {}},
    };
    return {
        seg,
        {"score", "importance score 0-100 with each factor's contribution",
         std::string("Usage: keystone-cli score [--from D] [--to D] [--limit N] [--format F] [-o FILE]\n\n"
                     "Factors: volume (revenue / the largest), frequency (months with purchases / months),\n"
                     "modifications, beta_tests, feedback (interactions / the largest count) and growth\n"
                     "(revenue growth against the window before, clamped to 0..100%). Each column is the\n"
                     "factor's contribution in points; they add up to the score. Weights: settings\n"
                     "weight_*. 'suggest' names accounts to mark as expert.\n\n") +
             kWindowHelp + kTableOutputHelp,
         score, {}},
        {"concentration", "share of the top 1, 5 and 10 accounts and the Herfindahl index",
         std::string("Usage: keystone-cli concentration [--from D] [--to D] [--measure revenue|margin]\n\n") +
             kWindowHelp + kTableOutputHelp,
         concentration, {}},
        {"prospects", "prospects and how many of need, solvency and authority they meet",
         std::string("Usage: keystone-cli prospects [--format F] [-o FILE]\n\n") + kTableOutputHelp, prospects, {}},
        {"risk", "lost and at-risk accounts, churn per month, the win-back list",
         std::string("Usage: keystone-cli risk [--view list|churn|winback] [--as-of D] [--months N]\n\n"
                     "  list     lost (no purchase for lost_days) and at-risk accounts with the reason\n"
                     "  churn    per month: accounts newly lost, their revenue in the year before, and\n"
                     "           the competitors that won their lost tenders (--months, default 12)\n"
                     "  winback  lost accounts by former revenue, with the open follow-up as the offer\n\n") +
             kTableOutputHelp,
         risk, {}},
        {"cadence", "accounts not contacted within their class's target, per manager",
         std::string("Usage: keystone-cli cadence [--owner EMAIL|NAME] [--as-of D] [--format F]\n\n"
                     "Targets per ABC class: settings cadence_a, cadence_b, cadence_c (30, 60, 90 days).\n\n") +
             kTableOutputHelp,
         cadence, {}},
        settings,
    };
}

} // namespace keystone::cli
