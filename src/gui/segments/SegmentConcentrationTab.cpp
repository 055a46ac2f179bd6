#include "gui/segments/SegmentConcentrationTab.h"

#include "app/AnalyticsColumns.h"
#include "gui/segments/SegmentCharts.h"
#include "gui/segments/SegmentListColumns.h"
#include "gui/segments/SegmentsWorker.h"
#include "ui_SegmentConcentrationTab.h"

#include <QLocale>

namespace keystone::gui {

SegmentConcentrationTab::SegmentConcentrationTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SegmentConcentrationTab>())
{
    m_ui->setupUi(this);
    m_ui->concentrationList->setTitle(tr("The same window moved back a month at a time:"));
}

SegmentConcentrationTab::~SegmentConcentrationTab() = default;

void SegmentConcentrationTab::clear()
{
    m_ui->concentrationList->setTable({}, {});
    m_ui->concentrationLabel->clear();
}

void SegmentConcentrationTab::showAnswer(const SegmentsAnswer& answer)
{
    const QLocale locale;
    const auto& c = answer.concentration;
    m_ui->concentrationLabel->setText(
        tr("Over %Ln account(s) with a positive total: the largest brings %1%, the top 5 %2%, the top 10 "
           "%3%. "
           "Herfindahl index %4 (1 = one account holds everything; 1/n when n accounts are equal).",
           nullptr, c.accounts)
            .arg(locale.toString(c.top1 * 100, 'f', 2), locale.toString(c.top5 * 100, 'f', 2),
                 locale.toString(c.top10 * 100, 'f', 2), locale.toString(c.herfindahl, 'f', 4)));
    Table trend;
    trend.headers = {"window_from", "window_to",   "accounts",  "top1_share",
                     "top5_share",  "top10_share", "herfindahl"};
    for (const auto& point : answer.concentrationTrend)
        trend.rows.push_back({textCell(point.from.toIso()), textCell(point.to.toIso()),
                              numberCell(std::to_string(point.value.accounts)),
                              numberCell(fixed(point.value.top1, 6)), numberCell(fixed(point.value.top5, 6)),
                              numberCell(fixed(point.value.top10, 6)),
                              numberCell(fixed(point.value.herfindahl, 6))});
    const bool margin = answer.result.parameters.measure == analytics::Measure::Margin;
    m_ui->concentrationList->setTable(trend, segmentListColumns(trend, margin));
    showConcentrationTrend(m_ui->concentrationChart, answer.concentrationTrend);
}

} // namespace keystone::gui
