#include "gui/segments/SegmentCharts.h"

#include "gui/common/Labels.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>
#include <array>

namespace keystone::gui {

namespace {

QChart* freshChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart* old = view->chart();
    view->setChart(chart);
    view->setRenderHint(QPainter::Antialiasing);
    delete old;
    return chart;
}

QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%.0f%%"));
    axis->setTitleText(title);
    return axis;
}

const std::array<QColor, 3> kClassColors = {QColor(0x0b, 0x5d, 0x66), QColor(0xe0, 0x9f, 0x3e),
                                            QColor(0xb3, 0x26, 0x1e)};

} // namespace

void showPareto(QChartView* view, const analytics::SegmentResult& result)
{
    QChart* chart = freshChart(view, QCoreApplication::translate("SegmentCharts", "Pareto: cumulative share of the total against share of accounts"));
    auto* curve = new QLineSeries;
    curve->setName(QCoreApplication::translate("SegmentCharts", "Cumulative share"));
    curve->append(0, 0);
    const double n = static_cast<double>(result.rows.size());
    for (std::size_t i = 0; i < result.rows.size(); ++i)
        curve->append((static_cast<double>(i) + 1) * 100 / n, result.rows[i].cumulativeShare * 100);
    chart->addSeries(curve);
    const QLocale locale;
    const auto boundary = [&](double percent, const QString& name, const QColor& color) {
        auto* line = new QLineSeries;
        line->setName(name.arg(locale.toString(percent, 'g', 4)));
        line->append(0, percent);
        line->append(100, percent);
        line->setPen(QPen(color, 1.5, Qt::DashLine));
        chart->addSeries(line);
    };
    boundary(result.parameters.abcA / 100.0, QCoreApplication::translate("SegmentCharts", "A/B at %1%"), kClassColors[1]);
    boundary(result.parameters.abcB / 100.0, QCoreApplication::translate("SegmentCharts", "B/C at %1%"), kClassColors[2]);
    auto* x = percentAxis(QCoreApplication::translate("SegmentCharts", "Share of accounts, largest first"));
    auto* y = percentAxis(QCoreApplication::translate("SegmentCharts", "Share of the total"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (auto* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

std::vector<std::array<int, 3>> cvBins(const analytics::SegmentResult& result)
{
    std::vector<std::array<int, 3>> bins(kCvBins, std::array<int, 3>{0, 0, 0});
    for (const auto& r : result.rows) {
        const int bin = std::clamp(static_cast<int>(r.cv / kCvBinWidth), 0, kCvBins - 1);
        const int k = std::clamp(r.xyz - 'X', 0, 2);
        ++bins[static_cast<std::size_t>(bin)][static_cast<std::size_t>(k)];
    }
    return bins;
}

void showCvDistribution(QChartView* view, const analytics::SegmentResult& result)
{
    QChart* chart = freshChart(view, QCoreApplication::translate("SegmentCharts", "Distribution of the coefficient of variation"));
    const QLocale locale;
    const auto bins = cvBins(result);
    const QString x = locale.toString(result.parameters.xyzX * 100, 'g', 4);
    const QString y = locale.toString(result.parameters.xyzY * 100, 'g', 4);
    const std::array<QString, 3> names = {QCoreApplication::translate("SegmentCharts", "X: CV ≤ %1%").arg(x), QCoreApplication::translate("SegmentCharts", "Y: CV ≤ %1%").arg(y),
                                          QCoreApplication::translate("SegmentCharts", "Z: CV > %1%").arg(y)};
    auto* series = new QStackedBarSeries;
    int largest = 0;
    for (std::size_t k = 0; k < 3; ++k) {
        auto* set = new QBarSet(names[k]);
        set->setColor(kClassColors[k]);
        for (const auto& bin : bins)
            *set << bin[k];
        series->append(set);
    }
    QStringList categories;
    for (int i = 0; i < kCvBins; ++i) {
        const auto& bin = bins[static_cast<std::size_t>(i)];
        largest = std::max(largest, bin[0] + bin[1] + bin[2]);
        categories << (i + 1 < kCvBins ? locale.toString(i * kCvBinWidth, 'f', 2)
                                       : QCoreApplication::translate("SegmentCharts", "≥%1").arg(locale.toString(i * kCvBinWidth, 'f', 2)));
    }
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(QCoreApplication::translate("SegmentCharts", "CV from (bins of 0.25)"));
    auto* axisY = new QValueAxis;
    axisY->setRange(0, std::max(1, largest));
    axisY->setTickCount(std::min(std::max(1, largest), 5) + 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(QCoreApplication::translate("SegmentCharts", "Accounts"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

void showRevenueByCell(QChartView* view, const analytics::SegmentResult& result)
{
    const bool margin = result.parameters.measure == analytics::Measure::Margin;
    QChart* chart = freshChart(view, margin ? QCoreApplication::translate("SegmentCharts", "Margin by cell per period") : QCoreApplication::translate("SegmentCharts", "Revenue by cell per period"));
    const std::size_t periods = result.periods.size();
    std::array<std::vector<double>, 9> sums;
    for (auto& s : sums)
        s.assign(periods, 0.0);
    for (const auto& r : result.rows) {
        const auto cell = static_cast<std::size_t>((r.abc - 'A') * 3 + (r.xyz - 'X'));
        if (cell >= 9)
            continue;
        for (std::size_t p = 0; p < periods && p < r.periods.size(); ++p)
            sums[cell][p] += r.periods[p].toDouble();
    }
    auto* series = new QStackedBarSeries;
    double top = 0;
    double bottom = 0;
    std::vector<double> positive(periods, 0.0);
    std::vector<double> negative(periods, 0.0);
    for (std::size_t c = 0; c < 9; ++c) {
        auto* set = new QBarSet(toQString(result.cells[c].cell));
        QColor color = kClassColors[c / 3];
        color = color.lighter(100 + static_cast<int>(c % 3) * 35);
        set->setColor(color);
        for (std::size_t p = 0; p < periods; ++p) {
            *set << sums[c][p];
            (sums[c][p] >= 0 ? positive[p] : negative[p]) += sums[c][p];
        }
        series->append(set);
    }
    for (std::size_t p = 0; p < periods; ++p) {
        top = std::max(top, positive[p]);
        bottom = std::min(bottom, negative[p]);
    }
    chart->addSeries(series);
    QStringList categories;
    for (const auto& p : result.periods)
        categories << toQString(p.label);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto* axisY = new QValueAxis;
    axisY->setRange(bottom, top > bottom ? top * 1.05 : bottom + 1);
    axisY->applyNiceNumbers();
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->setAlignment(Qt::AlignRight);
}

void showChurn(QChartView* view, const std::vector<analytics::ChurnMonth>& months)
{
    QChart* chart = freshChart(view, QCoreApplication::translate("SegmentCharts", "Accounts lost per month"));
    auto* series = new QBarSeries;
    auto* set = new QBarSet(QCoreApplication::translate("SegmentCharts", "Lost"));
    set->setColor(kClassColors[2]);
    QStringList categories;
    int largest = 0;
    for (const auto& m : months) {
        *set << m.lost;
        largest = std::max(largest, m.lost);
        const int year = m.month / 12;
        const int month = m.month % 12 + 1;
        categories << QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    }
    series->append(set);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto* axisY = new QValueAxis;
    axisY->setRange(0, std::max(1, largest));
    axisY->setTickCount(std::min(std::max(1, largest), 5) + 1);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(QCoreApplication::translate("SegmentCharts", "Accounts"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    chart->legend()->hide();
}

void showConcentrationTrend(QChartView* view, const std::vector<ConcentrationPoint>& points)
{
    QChart* chart = freshChart(view, QCoreApplication::translate("SegmentCharts", "Share of the top accounts, window ending in"));
    auto* series = new QBarSeries;
    auto* top1 = new QBarSet(QCoreApplication::translate("SegmentCharts", "Top 1"));
    auto* top5 = new QBarSet(QCoreApplication::translate("SegmentCharts", "Top 5"));
    auto* top10 = new QBarSet(QCoreApplication::translate("SegmentCharts", "Top 10"));
    top1->setColor(kClassColors[2]);
    top5->setColor(kClassColors[1]);
    top10->setColor(kClassColors[0]);
    QStringList categories;
    for (const auto& p : points) {
        *top1 << p.value.top1 * 100;
        *top5 << p.value.top5 * 100;
        *top10 << p.value.top10 * 100;
        categories << toQString(p.to.toIso().substr(0, 7));
    }
    series->append(top1);
    series->append(top5);
    series->append(top10);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    auto* axisY = percentAxis(QCoreApplication::translate("SegmentCharts", "Share of the total"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
}

} // namespace keystone::gui
