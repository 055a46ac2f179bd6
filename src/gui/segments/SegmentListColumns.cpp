#include "gui/segments/SegmentListColumns.h"

#include "gui/common/Labels.h"

#include <QCoreApplication>
#include <algorithm>
#include <iterator>

namespace keystone::gui {

namespace {

using Kind = ReportTableModel::Kind;
using Spec = ReportTableModel::ColumnSpec;

QString translated(const char* text)
{
    return QCoreApplication::translate("SegmentListColumns", text);
}

QString riskStateLabel(const std::string& key)
{
    if (key == "lost")
        return translated(QT_TRANSLATE_NOOP("SegmentListColumns", "Lost"));
    if (key == "at_risk")
        return translated(QT_TRANSLATE_NOOP("SegmentListColumns", "At risk"));
    return toQString(key);
}

QString reasonLabel(const std::string& key)
{
    if (key == "no sales")
        return translated(QT_TRANSLATE_NOOP("SegmentListColumns", "No sales"));
    if (key == "net zero")
        return translated(QT_TRANSLATE_NOOP("SegmentListColumns", "Net zero"));
    if (key == "net negative")
        return translated(QT_TRANSLATE_NOOP("SegmentListColumns", "Net negative"));
    return toQString(key);
}

// A key's title, its kind and, for stored keys, how its values read.
struct Column
{
    const char* key;
    const char* title;
    Kind kind = Kind::Text;
    QString (*label)(const std::string&) = nullptr;
};

const Column kColumns[] = {
    {"account_name", QT_TRANSLATE_NOOP("SegmentListColumns", "Name")},
    {"account_ref", QT_TRANSLATE_NOOP("SegmentListColumns", "Reference")},
    {"owner", QT_TRANSLATE_NOOP("SegmentListColumns", "Owner")},
    {"share", QT_TRANSLATE_NOOP("SegmentListColumns", "Share"), Kind::Share},
    {"cv", QT_TRANSLATE_NOOP("SegmentListColumns", "CV"), Kind::Number},
    {"cell", QT_TRANSLATE_NOOP("SegmentListColumns", "Cell")},
    {"flags", QT_TRANSLATE_NOOP("SegmentListColumns", "Flags")},
    {"reason", QT_TRANSLATE_NOOP("SegmentListColumns", "Reason"), Kind::Text, reasonLabel},
    {"state", QT_TRANSLATE_NOOP("SegmentListColumns", "State"), Kind::Text, riskStateLabel},
    {"last_purchase", QT_TRANSLATE_NOOP("SegmentListColumns", "Last purchase")},
    {"days_since", QT_TRANSLATE_NOOP("SegmentListColumns", "Days since"), Kind::Count},
    {"median_interval", QT_TRANSLATE_NOOP("SegmentListColumns", "Median interval (days)"), Kind::Number},
    {"last_month_revenue", QT_TRANSLATE_NOOP("SegmentListColumns", "Last month"), Kind::Money},
    {"average_revenue", QT_TRANSLATE_NOOP("SegmentListColumns", "Monthly average"), Kind::Money},
    {"year_revenue", QT_TRANSLATE_NOOP("SegmentListColumns", "Revenue of their last year"), Kind::Money},
    {"went_to", QT_TRANSLATE_NOOP("SegmentListColumns", "Went to")},
    {"offer", QT_TRANSLATE_NOOP("SegmentListColumns", "Offer")},
    {"month", QT_TRANSLATE_NOOP("SegmentListColumns", "Month")},
    {"lost", QT_TRANSLATE_NOOP("SegmentListColumns", "Lost"), Kind::Count},
    {"previous_year_revenue", QT_TRANSLATE_NOOP("SegmentListColumns", "Their revenue in the year before"),
     Kind::Money},
    {"from", QT_TRANSLATE_NOOP("SegmentListColumns", "From"), Kind::Text, cellOrAbsent},
    {"to", QT_TRANSLATE_NOOP("SegmentListColumns", "To"), Kind::Text, cellOrAbsent},
    {"window_from", QT_TRANSLATE_NOOP("SegmentListColumns", "Window from")},
    {"window_to", QT_TRANSLATE_NOOP("SegmentListColumns", "Window to")},
    {"accounts", QT_TRANSLATE_NOOP("SegmentListColumns", "Accounts"), Kind::Count},
    {"top1_share", QT_TRANSLATE_NOOP("SegmentListColumns", "Top 1"), Kind::Share},
    {"top5_share", QT_TRANSLATE_NOOP("SegmentListColumns", "Top 5"), Kind::Share},
    {"top10_share", QT_TRANSLATE_NOOP("SegmentListColumns", "Top 10"), Kind::Share},
    {"herfindahl", QT_TRANSLATE_NOOP("SegmentListColumns", "Herfindahl"), Kind::Index},
};

} // namespace

std::vector<Spec> segmentListColumns(const Table& table, bool margin)
{
    std::vector<Spec> specs;
    for (const auto& key : table.headers) {
        if (key == "total") {
            specs.push_back({margin ? translated(QT_TRANSLATE_NOOP("SegmentListColumns", "Margin"))
                                    : translated(QT_TRANSLATE_NOOP("SegmentListColumns", "Revenue")),
                             Kind::Money});
            continue;
        }
        const auto* column = std::find_if(std::begin(kColumns), std::end(kColumns),
                                          [&key](const Column& c) { return key == c.key; });
        if (column == std::end(kColumns))
            specs.push_back({toQString(key)});
        else if (column->label)
            specs.push_back({translated(column->title), column->kind, column->label});
        else
            specs.push_back({translated(column->title), column->kind});
    }
    return specs;
}

QString cellOrAbsent(const std::string& cell)
{
    return cell == "-" ? translated(QT_TRANSLATE_NOOP("SegmentListColumns", "not classified"))
                       : toQString(cell);
}

Cell textCell(std::string text)
{
    return Cell{std::move(text), false, false};
}

Cell numberCell(std::string text)
{
    return Cell{std::move(text), true, false};
}

} // namespace keystone::gui
