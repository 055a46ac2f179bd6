// The segments screen's charts (Qt Charts), each drawn from an analytics result:
// the Pareto curve with the A/B/C boundaries, the distribution of CV coloured by
// X/Y/Z, revenue by cell over the periods, churn by month and the concentration
// trend. Every function replaces the view's chart.
#pragma once

#include "analytics/Risk.h"
#include "analytics/Segmentation.h"
#include "gui/segments/SegmentsWorker.h"

#include <vector>

class QChartView;

namespace keystone::gui {

void showPareto(QChartView* view, const analytics::SegmentResult& result);
// Bins of 0.25 up to 3, and one for 3 and more; each bar split by XYZ class.
void showCvDistribution(QChartView* view, const analytics::SegmentResult& result);
void showRevenueByCell(QChartView* view, const analytics::SegmentResult& result);
void showChurn(QChartView* view, const std::vector<analytics::ChurnMonth>& months);
void showConcentrationTrend(QChartView* view, const std::vector<ConcentrationPoint>& points);

// The number of accounts per CV bin and class, as the histogram draws them:
// bins[i][k] for bin i (0.25 wide, the last open) and class k (0 X, 1 Y, 2 Z).
std::vector<std::array<int, 3>> cvBins(const analytics::SegmentResult& result);
constexpr int kCvBins = 13;
constexpr double kCvBinWidth = 0.25;

} // namespace keystone::gui
