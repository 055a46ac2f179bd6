#include "gui/segments/SegmentChartsTab.h"

#include "gui/segments/SegmentCharts.h"
#include "gui/segments/SegmentsWorker.h"
#include "ui_SegmentChartsTab.h"

namespace keystone::gui {

SegmentChartsTab::SegmentChartsTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SegmentChartsTab>())
{
    m_ui->setupUi(this);
}

SegmentChartsTab::~SegmentChartsTab() = default;

void SegmentChartsTab::showAnswer(const SegmentsAnswer& answer)
{
    showPareto(m_ui->paretoChart, answer.result);
    showCvDistribution(m_ui->cvChart, answer.result);
    showRevenueByCell(m_ui->cellTimeChart, answer.result);
}

} // namespace keystone::gui
