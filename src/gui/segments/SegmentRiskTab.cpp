#include "gui/segments/SegmentRiskTab.h"

#include "app/AnalyticsColumns.h"
#include "gui/segments/ReportList.h"
#include "gui/segments/SegmentCharts.h"
#include "gui/segments/SegmentListColumns.h"
#include "gui/segments/SegmentsWorker.h"
#include "ui_SegmentRiskTab.h"

namespace keystone::gui {

SegmentRiskTab::SegmentRiskTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SegmentRiskTab>())
{
    m_ui->setupUi(this);
    m_ui->riskList->setTitle(
        tr("Lost: no purchase for the lost threshold. At risk: a long gap against their "
           "habit, or last month far below their average. Lost first, then by revenue."));
    m_ui->riskList->setEmptyText(tr("No account is at risk or lost."));
    m_ui->winBackList->setTitle(tr("Lost accounts worth winning back, by the revenue of their last year; the "
                                   "offer is the title of their open follow-up due last."));
    m_ui->winBackList->setEmptyText(tr("No lost accounts."));
    m_ui->churnList->setEmptyText(tr("No months."));
    for (auto* list : {m_ui->riskList, m_ui->winBackList})
        connect(list, &ReportList::accountActivated, this, &SegmentRiskTab::accountActivated);
}

SegmentRiskTab::~SegmentRiskTab() = default;

ReportList* SegmentRiskTab::riskList() const
{
    return m_ui->riskList;
}

ReportList* SegmentRiskTab::winBackList() const
{
    return m_ui->winBackList;
}

void SegmentRiskTab::clear()
{
    for (auto* list : {m_ui->riskList, m_ui->winBackList, m_ui->churnList})
        list->setTable({}, {});
}

void SegmentRiskTab::showAnswer(const SegmentsAnswer& answer)
{
    std::vector<AccountId> ids;
    for (const auto& r : answer.risk)
        ids.push_back(r.accountId);
    Table risk = riskTable(answer.risk);
    m_ui->riskList->setTable(risk, segmentListColumns(risk, false), ids);
    ids.clear();
    for (const auto& r : answer.winBack)
        ids.push_back(r.accountId);
    Table winBack = winBackTable(answer.winBack);
    m_ui->winBackList->setTable(winBack, segmentListColumns(winBack, false), ids);
    Table churn = churnTable(answer.churn);
    m_ui->churnList->setTable(churn, segmentListColumns(churn, false));
    showChurn(m_ui->churnChart, answer.churn);
}

} // namespace keystone::gui
