#include "app/AnalyticsColumns.h"

#include <charconv>
#include <cmath>
#include <string_view>

namespace keystone {

namespace {

using namespace analytics;

Cell text(std::string s) { return Cell{std::move(s), false, false}; }
Cell null() { return Cell{"", false, true}; }
Cell number(std::int64_t n) { return Cell{std::to_string(n), true, false}; }
Cell money(Money m) { return Cell{m.toString(), true, false}; }
Cell decimal(double v, int decimals) { return Cell{fixed(v, decimals), true, false}; }
Cell date(const std::optional<Date>& d) { return d ? text(d->toIso()) : null(); }
Cell optionalNumber(const std::optional<int>& n) { return n ? number(*n) : null(); }
Cell yesNo(const std::optional<bool>& b) { return b ? text(*b ? "yes" : "no") : null(); }

constexpr int kShareDecimals = 6;

} // namespace

std::string fixed(double value, int decimals)
{
    if (!std::isfinite(value))
        return "";
    // to_chars writes what printf's %.*f writes, without printf's locale and format parsing (a
    // tenth of segmenting 50,000 accounts went to snprintf).
    char buffer[400]; // the longest double in fixed notation is 309 digits before the point
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    if (ec != std::errc())
        return "";
    std::string_view s(buffer, static_cast<std::size_t>(end - buffer));
    if (s.front() == '-' && s.find_first_not_of("-0.") == std::string_view::npos)
        s.remove_prefix(1); // no "-0.00"
    return std::string(s);
}

namespace {

const std::vector<Column<SegmentRow>>& segmentColumns()
{
    using R = SegmentRow;
    static const std::vector<Column<R>> columns = {
        {"account_ref", "", [](const R& r) { return text(r.ref); }},
        {"account_name", "", [](const R& r) { return text(r.name); }},
        {"total", "", [](const R& r) { return money(r.total); }},
        {"share", "", [](const R& r) { return decimal(r.share, kShareDecimals); }},
        {"cumulative_share", "", [](const R& r) { return decimal(r.cumulativeShare, kShareDecimals); }},
        {"abc", "", [](const R& r) { return text(std::string(1, r.abc)); }},
        {"mean", "", [](const R& r) { return decimal(r.mean, 2); }},
        {"stddev", "", [](const R& r) { return decimal(r.stddev, 2); }},
        {"cv", "", [](const R& r) { return decimal(r.cv, 4); }},
        {"xyz", "", [](const R& r) { return text(std::string(1, r.xyz)); }},
        {"cell", "", [](const R& r) { return text(r.cell()); }},
        {"flags", "", [](const R& r) { return text(r.flags()); }},
    };
    return columns;
}

} // namespace

Table segmentTable(const SegmentResult& result) { return makeTable(segmentColumns(), result.rows); }

void writeSegmentRows(const SegmentResult& result, RowSink& sink)
{
    ColumnWriter<SegmentRow> writer(segmentColumns(), sink);
    for (const auto& r : result.rows)
        writer.write(r);
}

Table cellsTable(const SegmentResult& result)
{
    using R = CellSummary;
    static const std::vector<Column<R>> columns = {
        {"cell", "", [](const R& r) { return text(r.cell); }},
        {"accounts", "", [](const R& r) { return number(r.accounts); }},
        {"total", "", [](const R& r) { return money(r.total); }},
        {"share", "", [](const R& r) { return decimal(r.share, kShareDecimals); }},
    };
    return makeTable(columns, std::vector<R>(result.cells.begin(), result.cells.end()));
}

Table unclassifiedTable(const SegmentResult& result)
{
    using R = UnclassifiedRow;
    static const std::vector<Column<R>> columns = {
        {"account_ref", "", [](const R& r) { return text(r.ref); }},
        {"account_name", "", [](const R& r) { return text(r.name); }},
        {"total", "", [](const R& r) { return money(r.total); }},
        {"reason", "", [](const R& r) { return text(std::string(toKey(r.reason))); }},
    };
    return makeTable(columns, result.unclassified);
}

Table snapshotsTable(const std::vector<SegmentSnapshot>& snapshots)
{
    using R = SegmentSnapshot;
    static const std::vector<Column<R>> columns = {
        {"id", "", [](const R& r) { return number(r.id); }},
        {"taken_at", "", [](const R& r) { return text(r.takenAt.toIso()); }},
        {"label", "", [](const R& r) { return text(r.label); }},
        {"accounts", "", [](const R& r) { return number(r.rowCount); }},
        {"parameters", "", [](const R& r) { return text(r.parameters); }},
    };
    return makeTable(columns, snapshots);
}

Table movesTable(const SnapshotDiff& diff)
{
    using R = CellMove;
    static const std::vector<Column<R>> columns = {
        {"account_ref", "", [](const R& r) { return text(r.ref); }},
        {"account_name", "", [](const R& r) { return text(r.name); }},
        {"from", "", [](const R& r) { return text(r.from); }},
        {"to", "", [](const R& r) { return text(r.to); }},
    };
    return makeTable(columns, diff.moves);
}

Table transitionsTable(const SnapshotDiff& diff)
{
    using R = Transition;
    static const std::vector<Column<R>> columns = {
        {"from", "", [](const R& r) { return text(r.from); }},
        {"to", "", [](const R& r) { return text(r.to); }},
        {"accounts", "", [](const R& r) { return number(r.accounts); }},
    };
    return makeTable(columns, diff.transitions);
}

Table concentrationTable(const Concentration& c)
{
    using R = Concentration;
    static const std::vector<Column<R>> columns = {
        {"accounts", "", [](const R& r) { return number(r.accounts); }},
        {"total", "", [](const R& r) { return money(r.total); }},
        {"top1_share", "", [](const R& r) { return decimal(r.top1, kShareDecimals); }},
        {"top5_share", "", [](const R& r) { return decimal(r.top5, kShareDecimals); }},
        {"top10_share", "", [](const R& r) { return decimal(r.top10, kShareDecimals); }},
        {"herfindahl", "", [](const R& r) { return decimal(r.herfindahl, kShareDecimals); }},
    };
    return makeTable(columns, std::vector<R>{c});
}

Table scoreTable(const std::vector<ScoreRow>& rows)
{
    using R = ScoreRow;
    std::vector<Column<R>> columns = {
        {"account_ref", "", [](const R& r) { return text(r.ref); }},
        {"account_name", "", [](const R& r) { return text(r.name); }},
        {"score", "", [](const R& r) { return decimal(r.score, 2); }},
    };
    for (auto f : kAllScoreFactors) {
        const auto i = static_cast<std::size_t>(f);
        columns.push_back({std::string(toKey(f)), "", [i](const R& r) { return decimal(r.contribution[i], 2); }});
    }
    columns.push_back({"growth_rate", "", [](const R& r) { return decimal(r.growth, 4); }});
    columns.push_back({"suggest", "", [](const R& r) { return text(r.suggestExpert ? "expert" : ""); }});
    return makeTable(columns, rows);
}

Table prospectsTable(const std::vector<ProspectRow>& rows)
{
    using R = ProspectRow;
    static const std::vector<Column<R>> columns = {
        {"account_ref", "", [](const R& r) { return text(r.ref); }},
        {"account_name", "", [](const R& r) { return text(r.name); }},
        {"need", "", [](const R& r) { return yesNo(r.qualification.need); }},
        {"solvency", "", [](const R& r) { return yesNo(r.qualification.solvency); }},
        {"authority", "", [](const R& r) { return yesNo(r.qualification.authority); }},
        {"met", "", [](const R& r) { return number(r.met); }},
    };
    return makeTable(columns, rows);
}

Table riskTable(const std::vector<RiskRow>& rows)
{
    using R = RiskRow;
    static const std::vector<Column<R>> columns = {
        {"account_ref", "", [](const R& r) { return text(r.ref); }},
        {"account_name", "", [](const R& r) { return text(r.name); }},
        {"owner", "", [](const R& r) { return text(r.owner); }},
        {"state", "", [](const R& r) { return text(std::string(toKey(r.state))); }},
        {"last_purchase", "", [](const R& r) { return date(r.lastPurchase); }},
        {"days_since", "", [](const R& r) { return number(r.daysSince); }},
        {"median_interval", "",
         [](const R& r) { return r.medianInterval ? decimal(*r.medianInterval, 1) : null(); }},
        {"last_month_revenue", "", [](const R& r) { return money(r.lastMonthRevenue); }},
        {"average_revenue", "", [](const R& r) { return r.averageRevenue ? money(*r.averageRevenue) : null(); }},
        {"year_revenue", "", [](const R& r) { return money(r.yearRevenue); }},
        {"reason", "", [](const R& r) { return text(r.reason); }},
    };
    return makeTable(columns, rows);
}

Table churnTable(const std::vector<ChurnMonth>& months)
{
    using R = ChurnMonth;
    static const std::vector<Column<R>> columns = {
        {"month", "", [](const R& r) { return text(monthStart(r.month).toIso().substr(0, 7)); }},
        {"lost", "", [](const R& r) { return number(r.lost); }},
        {"previous_year_revenue", "", [](const R& r) { return money(r.previousYearRevenue); }},
        {"went_to", "", [](const R& r) { return text(r.wentTo); }},
    };
    return makeTable(columns, months);
}

Table winBackTable(const std::vector<RiskRow>& rows)
{
    using R = RiskRow;
    static const std::vector<Column<R>> columns = {
        {"account_ref", "", [](const R& r) { return text(r.ref); }},
        {"account_name", "", [](const R& r) { return text(r.name); }},
        {"owner", "", [](const R& r) { return text(r.owner); }},
        {"last_purchase", "", [](const R& r) { return date(r.lastPurchase); }},
        {"days_since", "", [](const R& r) { return number(r.daysSince); }},
        {"year_revenue", "", [](const R& r) { return money(r.yearRevenue); }},
        {"went_to", "", [](const R& r) { return text(r.wentTo); }},
        {"offer", "", [](const R& r) { return text(r.offer); }},
    };
    return makeTable(columns, rows);
}

Table cadenceTable(const std::vector<CadenceRow>& rows)
{
    using R = CadenceRow;
    static const std::vector<Column<R>> columns = {
        {"owner", "", [](const R& r) { return text(r.owner); }},
        {"account_ref", "", [](const R& r) { return text(r.ref); }},
        {"account_name", "", [](const R& r) { return text(r.name); }},
        {"abc", "", [](const R& r) { return text(std::string(1, r.abc)); }},
        {"last_interaction", "", [](const R& r) { return date(r.lastInteraction); }},
        {"days_since", "", [](const R& r) { return optionalNumber(r.daysSince); }},
        {"target_days", "", [](const R& r) { return number(r.target); }},
        {"overdue_days", "", [](const R& r) { return optionalNumber(r.overdueBy); }},
    };
    return makeTable(columns, rows);
}

} // namespace keystone
