#include "gui/account/AccountSalesTab.h"

#include "gui/account/AccountTables.h"
#include "gui/account/RevenueChart.h"
#include "gui/account/SaleTableModel.h"
#include "gui/common/Labels.h"
#include "ui_AccountSalesTab.h"

#include <QSortFilterProxyModel>

namespace keystone::gui {

AccountSalesTab::AccountSalesTab(Workspace& workspace, AccountId id, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AccountSalesTab>()), m_editing(workspace), m_id(id),
      m_sales(new SaleTableModel(this))
{
    m_ui->setupUi(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_sales);
    sorted->setSortRole(SaleTableModel::SortRole);
    setUpTable(m_ui->saleTable, sorted);
    m_ui->saleTable->setSortingEnabled(true);
    m_ui->saleTable->sortByColumn(SaleTableModel::DateColumn, Qt::DescendingOrder);
    m_chart = new RevenueChart(m_ui->salesChartHost);
    m_ui->salesChartLayout->addWidget(m_chart);
    m_ui->salesSplitter->setStretchFactor(0, 1);
    m_ui->salesSplitter->setStretchFactor(1, 1);
    m_ui->periodCombo->addItem(tr("Month"), static_cast<int>(RevenueChart::Period::Month));
    m_ui->periodCombo->addItem(tr("Quarter"), static_cast<int>(RevenueChart::Period::Quarter));
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &AccountSalesTab::showChart);
}

AccountSalesTab::~AccountSalesTab() = default;

void AccountSalesTab::reload()
{
    m_sales->setLines(m_editing.saleLines(m_id));
    m_months = m_editing.monthlyTotals(m_id);
    showChart();
    const bool any = m_sales->rowCount() > 0;
    m_ui->salesEmpty->setVisible(!any);
    m_ui->salesSplitter->setVisible(any);
    m_ui->salesTotalLabel->setText(
        any ? tr("%Ln line(s), %1 in all", nullptr, m_sales->rowCount()).arg(formatMoney(m_sales->total()))
            : QString());
    if (any)
        fitColumns(m_ui->saleTable);
}

void AccountSalesTab::showChart()
{
    m_chart->setMonths(m_months, static_cast<RevenueChart::Period>(m_ui->periodCombo->currentData().toInt()));
}

} // namespace keystone::gui
