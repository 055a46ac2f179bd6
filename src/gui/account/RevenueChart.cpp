#include "gui/account/RevenueChart.h"

#include "gui/account/SaleTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace keystone::gui {

RevenueChart::RevenueChart(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(160);
    redraw();
}

void RevenueChart::setCompact(bool compact)
{
    m_compact = compact;
    m_view->setMinimumHeight(compact ? 140 : 220);
    redraw();
}

void RevenueChart::setMonths(std::vector<AccountMonth> months, Period period, std::optional<int> lastMonths,
                             std::optional<Date> today)
{
    std::sort(months.begin(), months.end(), [](const auto& a, const auto& b) { return a.month < b.month; });
    std::map<int, Money> byBucket;
    auto bucketOf = [&](int month) { return period == Period::Quarter ? month - month % 3 : month; };
    if (lastMonths && today) {
        const int last = monthIndex(*today);
        const int first = last - *lastMonths + 1;
        for (int m = bucketOf(first); m <= last; m += period == Period::Quarter ? 3 : 1)
            byBucket[m];
        for (const auto& m : months)
            if (m.month >= first && m.month <= last)
                byBucket[bucketOf(m.month)] += m.amount;
    } else if (!months.empty()) {
        // Every month or quarter from the first sale to the last, so a gap shows as one.
        for (int m = bucketOf(months.front().month); m <= months.back().month; m += period == Period::Quarter ? 3 : 1)
            byBucket[m];
        for (const auto& m : months)
            byBucket[bucketOf(m.month)] += m.amount;
    }
    m_buckets.clear();
    for (const auto& [first, amount] : byBucket) {
        const Date start = monthStart(first);
        QString label = period == Period::Quarter
                            ? tr("Q%1 %2").arg(start.month() / 3 + 1).arg(start.year())
                            : QLocale().toString(QDate(start.year(), start.month(), 1),
                                                 m_compact ? QStringLiteral("MMM") : QStringLiteral("MMM yyyy"));
        m_buckets.push_back({first, label, amount});
    }
    redraw();
}

void RevenueChart::redraw()
{
    auto* chart = new QChart();
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    if (m_buckets.empty()) {
        chart->setTitle(tr("No sales recorded"));
    } else {
        auto* set = new QBarSet(tr("Revenue"));
        set->setColor(QColor(0x3b, 0x6e, 0xa5));
        QStringList labels;
        double top = 0;
        for (const auto& b : m_buckets) {
            *set << b.amount.toDouble();
            labels << b.label;
            top = std::max(top, b.amount.toDouble());
        }
        auto* series = new QBarSeries();
        series->append(set);
        series->setBarWidth(0.8);
        chart->addSeries(series);
        auto* x = new QBarCategoryAxis();
        x->append(labels);
        if (m_compact || labels.size() > 10)
            x->setLabelsAngle(-60);
        chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        auto* y = new QValueAxis();
        y->setLabelFormat(QStringLiteral("%.0f"));
        y->setRange(0, top > 0 ? top * 1.1 : 1);
        y->applyNiceNumbers();
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        if (m_compact) {
            QFont small = chart->font();
            small.setPointSizeF(std::max(6.0, small.pointSizeF() * 0.8));
            x->setLabelsFont(small);
            y->setLabelsFont(small);
        }
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

} // namespace keystone::gui
