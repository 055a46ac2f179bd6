#include "report/SegmentReport.h"

#include "domain/Errors.h"
#include "domain/Text.h"
#include "report/HtmlTable.h"
#include "report/Labels.h"
#include "report/PagedDocument.h"
#include "report/ParetoChart.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>

#include <algorithm>

namespace keystone::report {

SegmentReportData collectSegmentReport(Workspace& workspace, const SegmentReportOptions& options)
{
    Analytics analytics(workspace.store(), workspace.clock());
    SegmentReportData data;
    data.databaseName = workspace.path().filename().string();
    data.made = workspace.clock().now();
    data.asOf = options.asOf.value_or(workspace.clock().today());
    data.result = analytics.segment(analytics.parameters(options.request));
    for (std::size_t i = 0; i < data.cells.size(); ++i)
        data.cells[i].summary = data.result.cells[i];
    for (const auto& row : data.result.rows) {
        const auto it = std::find_if(data.cells.begin(), data.cells.end(),
                                     [&](const CellAccounts& c) { return c.summary.cell == row.cell(); });
        if (it != data.cells.end())
            it->rows.push_back(row);
    }
    for (auto& cell : data.cells)
        std::stable_sort(cell.rows.begin(), cell.rows.end(), [](const auto& a, const auto& b) {
            return a.total != b.total ? a.total > b.total : foldKey(a.name) < foldKey(b.name);
        });

    const auto snapshots = analytics.snapshots(); // newest first
    std::optional<std::pair<SnapshotId, SnapshotId>> pair = options.compare;
    if (!pair && snapshots.size() >= 2)
        pair = std::pair{snapshots[1].id, snapshots[0].id};
    if (pair) {
        auto find = [&](SnapshotId id) {
            const auto it = std::find_if(snapshots.begin(), snapshots.end(),
                                         [&](const SegmentSnapshot& s) { return s.id == id; });
            if (it == snapshots.end())
                throw NotFoundError("segment snapshot " + std::to_string(id) +
                                    " does not exist (see 'keystone-cli segment snapshots')");
            return *it;
        };
        data.movement = SnapshotMovement{find(pair->first), find(pair->second), {}};
        data.movement->diff = analytics.diff(pair->first, pair->second);
    }
    data.risk = analytics.risk(data.asOf);
    data.winBack = analytics.winBack(data.asOf);
    return data;
}

namespace {

// The report's words (lupdate reads SegmentReport::tr).
class SegmentReport
{
    Q_DECLARE_TR_FUNCTIONS(SegmentReport)

public:
    explicit SegmentReport(const SegmentReportData& data) : m_data(data), m_p(data.result.parameters) {}

    QString body() const
    {
        return titlePage() + matrix() + cellLists() + unclassified() + movement() + risk() + winBack();
    }

    QString measureName() const
    {
        return m_p.measure == analytics::Measure::Revenue ? tr("Revenue") : tr("Margin");
    }

    QString footer() const
    {
        return tr("Segment report · %1 · made %2").arg(qs(m_data.databaseName), dateTimeText(m_data.made));
    }

private:
    static QString row(const QString& label, const QString& value)
    {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    }
    static QString pageBreak() { return QStringLiteral("<p style=\"page-break-before: always; margin: 0\"></p>"); }
    QString percent(int hundredths) const
    {
        return QLocale().toString(hundredths / 100.0, 'f', hundredths % 100 ? 1 : 0) + QStringLiteral("\u00a0%");
    }
    QString cvPercent(double fraction) const
    {
        return QLocale().toString(fraction * 100, 'f', 0) + QStringLiteral("\u00a0%");
    }

    QString titlePage() const
    {
        const auto& r = m_data.result;
        QString out = QStringLiteral("<h1>%1</h1><p>%2</p>")
                          .arg(tr("Segment report").toHtmlEscaped(),
                               tr("ABC-XYZ segmentation of the key accounts in %1")
                                   .arg(qs(m_data.databaseName))
                                   .toHtmlEscaped());
        out += QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"4\">").arg(tr("Parameters"));
        out += row(tr("Window"), tr("%1 to %2").arg(dateText(m_p.from), dateText(m_p.to)));
        out += row(tr("Period"), (m_p.period == analytics::Period::Month ? tr("month") : tr("quarter")) +
                                     QStringLiteral(" (") + tr("%1 periods").arg(r.periods.size()) +
                                     QStringLiteral(")"));
        out += row(tr("Measure"), measureName());
        out += row(tr("ABC thresholds"),
                   tr("A up to %1 of the cumulative share, B up to %2, C the rest")
                       .arg(percent(m_p.abcA), percent(m_p.abcB)));
        out += row(tr("XYZ thresholds"),
                   tr("X: coefficient of variation up to %1, Y up to %2, Z above")
                       .arg(cvPercent(m_p.xyzX), cvPercent(m_p.xyzY)));
        out += row(tr("Accounts classified"), QLocale().toString(static_cast<qlonglong>(r.rows.size())));
        out += row(tr("Accounts not classified"), QLocale().toString(static_cast<qlonglong>(r.unclassified.size())));
        out += row(tr("Total %1").arg(measureName().toLower()), moneyText(r.total));
        out += row(tr("Risk and win-back as of"), dateText(m_data.asOf));
        out += row(tr("Made"), dateTimeText(m_data.made));
        out += QStringLiteral("</table>");
        out += QStringLiteral("<h2>%1</h2><p>%2</p>")
                   .arg(tr("Contents"),
                        tr("The matrix and the Pareto chart; the accounts of each cell; accounts not "
                           "classified; movement between saved snapshots; accounts at risk or lost; "
                           "the win-back list.")
                            .toHtmlEscaped());
        return out;
    }

    QString matrix() const
    {
        QString out = pageBreak() + QStringLiteral("<h2>%1</h2>").arg(tr("The ABC-XYZ matrix").toHtmlEscaped());
        out += QStringLiteral("<p class=\"note\">%1</p>")
                   .arg(tr("Each cell: its accounts and its share of the total %1.")
                            .arg(measureName().toLower())
                            .toHtmlEscaped());
        out += QStringLiteral("<table class=\"matrix\" width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                              "border=\"1\" style=\"border-collapse: collapse\"><tr><td></td>");
        const QString xyz[] = {tr("X: steady"), tr("Y: fluctuating"), tr("Z: irregular")};
        for (const auto& h : xyz)
            out += QStringLiteral("<td align=\"center\" bgcolor=\"#e8edf4\"><b>%1</b></td>").arg(h.toHtmlEscaped());
        out += QStringLiteral("</tr>");
        const QString abc[] = {tr("A: largest"), tr("B: middle"), tr("C: smallest")};
        for (int a = 0; a < 3; ++a) {
            out += QStringLiteral("<tr><td bgcolor=\"#e8edf4\"><b>%1</b></td>").arg(abc[a].toHtmlEscaped());
            for (int x = 0; x < 3; ++x) {
                const auto& c = m_data.cells[std::size_t(a * 3 + x)].summary;
                out += QStringLiteral("<td align=\"center\"><span style=\"font-size: 12pt\"><b>%1</b></span><br>"
                                      "%2<br>%3<br>%4</td>")
                           .arg(qs(c.cell), tr("Accounts: %1").arg(c.accounts).toHtmlEscaped(),
                                tr("Share: %1").arg(percentText(c.share)).toHtmlEscaped(),
                                tr("%1: %2").arg(measureName(), moneyText(c.total)).toHtmlEscaped());
            }
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
        out += QStringLiteral("<h2>%1</h2><p>%2</p><p align=\"center\">\u2063pareto\u2063</p>")
                   .arg(tr("Pareto chart").toHtmlEscaped(),
                        tr("Accounts ranked by %1, largest first; the boundaries at %2 (A/B) and %3 (B/C) of "
                           "the cumulative share split the classes.")
                            .arg(measureName().toLower(), percent(m_p.abcA), percent(m_p.abcB))
                            .toHtmlEscaped());
        return out;
    }

    QString cellLists() const
    {
        QString out = pageBreak() + QStringLiteral("<h2>%1</h2>").arg(tr("Accounts per cell").toHtmlEscaped());
        for (const auto& cell : m_data.cells) {
            out += QStringLiteral("<h3>%1</h3>")
                       .arg(tr("%1 · accounts: %2 · share %3")
                                .arg(qs(cell.summary.cell))
                                .arg(cell.summary.accounts)
                                .arg(percentText(cell.summary.share))
                                .toHtmlEscaped());
            if (cell.rows.empty()) {
                out += QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No accounts in this cell.").toHtmlEscaped());
                continue;
            }
            HtmlTable t({{tr("Rank"), true},
                         {tr("Reference")},
                         {tr("Account")},
                         {measureName(), true},
                         {tr("Share"), true},
                         {tr("Cumulative"), true},
                         {tr("Variation"), true},
                         {tr("Flags")}});
            for (const auto& r : cell.rows) {
                const auto rank = std::find_if(m_data.result.rows.begin(), m_data.result.rows.end(),
                                               [&](const auto& x) { return x.accountId == r.accountId; }) -
                                  m_data.result.rows.begin() + 1;
                QStringList flags;
                if (r.isNew)
                    flags << tr("new");
                if (r.isAnchor)
                    flags << tr("anchor");
                t.addRow({QString::number(rank), html(r.ref), html(r.name), moneyText(r.total), percentText(r.share),
                          percentText(r.cumulativeShare), cvPercent(r.cv), flags.join(QStringLiteral(", "))});
            }
            out += t.toHtml();
        }
        return out;
    }

    QString unclassified() const
    {
        const auto& list = m_data.result.unclassified;
        QString out = QStringLiteral("<h2>%1</h2>").arg(tr("Accounts not classified").toHtmlEscaped());
        if (list.empty())
            return out + QStringLiteral("<p class=\"note\">%1</p>")
                             .arg(tr("Every active account had a positive %1 in the window.")
                                      .arg(measureName().toLower())
                                      .toHtmlEscaped());
        HtmlTable t({{tr("Reference")}, {tr("Account")}, {measureName(), true}, {tr("Reason")}});
        for (const auto& u : list) {
            const QString reason = u.reason == analytics::Unclassified::NoSales  ? tr("no sales in the window")
                                   : u.reason == analytics::Unclassified::NetZero ? tr("net zero")
                                                                                  : tr("net negative");
            t.addRow({html(u.ref), html(u.name), moneyText(u.total), reason.toHtmlEscaped()});
        }
        return out + t.toHtml();
    }

    QString movement() const
    {
        QString out = pageBreak() + QStringLiteral("<h2>%1</h2>").arg(tr("Movement between snapshots").toHtmlEscaped());
        if (!m_data.movement)
            return out + QStringLiteral("<p class=\"note\">%1</p>")
                             .arg(tr("Fewer than two saved snapshots. Save segmentation runs (keystone-cli segment --save) "
                                     "to see which accounts moved between cells.")
                                      .toHtmlEscaped());
        const auto& m = *m_data.movement;
        auto name = [](const SegmentSnapshot& s) {
            return tr("#%1 “%2” of %3").arg(s.id).arg(qs(s.label), dateTimeText(s.takenAt));
        };
        out += QStringLiteral("<p>%1</p>")
                   .arg(tr("From %1 to %2: %3 accounts moved, %4 stayed in their cell.")
                            .arg(name(m.before), name(m.after))
                            .arg(m.diff.moves.size())
                            .arg(m.diff.unchanged)
                            .toHtmlEscaped());
        if (m.diff.moves.empty())
            return out;
        HtmlTable transitions({{tr("From")}, {tr("To")}, {tr("Accounts"), true}});
        for (const auto& tr_ : m.diff.transitions)
            transitions.addRow({html(tr_.from), html(tr_.to), QString::number(tr_.accounts)});
        out += QStringLiteral("<h3>%1</h3>").arg(tr("Transitions").toHtmlEscaped()) + transitions.toHtml();
        HtmlTable moves({{tr("Reference")}, {tr("Account")}, {tr("From")}, {tr("To")}});
        for (const auto& mv : m.diff.moves)
            moves.addRow({html(mv.ref), html(mv.name), html(mv.from), html(mv.to)});
        out += QStringLiteral("<h3>%1</h3>").arg(tr("Accounts that moved").toHtmlEscaped()) + moves.toHtml();
        return out;
    }

    QString risk() const
    {
        QString out = pageBreak() + QStringLiteral("<h2>%1</h2>")
                                        .arg(tr("Accounts at risk and lost, as of %1").arg(dateText(m_data.asOf)).toHtmlEscaped());
        if (m_data.risk.empty())
            return out + QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No account is at risk or lost.").toHtmlEscaped());
        // The reason is the longest text: give it the room, so rows stay short.
        HtmlTable t({{tr("Reference"), false, 9},
                     {tr("Account"), false, 16},
                     {tr("Owner"), false, 11},
                     {tr("State"), false, 6},
                     {tr("Last purchase"), false, 9},
                     {tr("Days"), true, 5},
                     {tr("Revenue, 12 months"), true, 9},
                     {tr("Reason"), false, 25},
                     {tr("Went to"), false, 10}});
        for (const auto& r : m_data.risk)
            t.addRow({html(r.ref), html(r.name), html(r.owner),
                      (r.state == analytics::RiskState::Lost ? tr("lost") : tr("at risk")).toHtmlEscaped(),
                      dateText(r.lastPurchase), QString::number(r.daysSince), moneyText(r.yearRevenue), html(r.reason),
                      html(r.wentTo)});
        return out + t.toHtml();
    }

    QString winBack() const
    {
        QString out = QStringLiteral("<h2>%1</h2>").arg(tr("Win-back").toHtmlEscaped());
        if (m_data.winBack.empty())
            return out + QStringLiteral("<p class=\"note\">%1</p>").arg(tr("No lost accounts to win back.").toHtmlEscaped());
        out += QStringLiteral("<p class=\"note\">%1</p>")
                   .arg(tr("Lost accounts by what they brought in their last twelve months, with the open "
                           "follow-up as the offer.")
                            .toHtmlEscaped());
        HtmlTable t({{tr("Reference")},
                     {tr("Account")},
                     {tr("Owner")},
                     {tr("Revenue, 12 months"), true},
                     {tr("Last purchase")},
                     {tr("Went to")},
                     {tr("Offer")}});
        for (const auto& r : m_data.winBack)
            t.addRow({html(r.ref), html(r.name), html(r.owner), moneyText(r.yearRevenue), dateText(r.lastPurchase),
                      html(r.wentTo), html(r.offer)});
        return out + t.toHtml();
    }

    const SegmentReportData& m_data;
    const analytics::SegmentParameters& m_p;
};

} // namespace

int printSegmentReport(const SegmentReportData& data, QPagedPaintDevice& device)
{
    const SegmentReport report(data);
    PagedDocument document(device);
    document.document().setMetaInformation(QTextDocument::DocumentTitle, SegmentReport::tr("Segment report"));
    document.setHtml(report.body());
    ParetoData pareto;
    for (const auto& r : data.result.rows) {
        pareto.cumulative << r.cumulativeShare;
        pareto.classes += QLatin1Char(r.abc);
    }
    pareto.cutA = data.result.parameters.abcA / 10000.0;
    pareto.cutB = data.result.parameters.abcB / 10000.0;
    document.replaceWithChart(QStringLiteral("\u2063pareto\u2063"), pareto);
    document.print(report.footer());
    return document.pageCount();
}

} // namespace keystone::report
