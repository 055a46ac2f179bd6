// An account tab's Sales (ui/AccountSalesTab.ui): the account's sale lines,
// sortable, and its revenue charted by month or quarter.
#pragma once

#include "app/AccountEditing.h"

#include <QWidget>
#include <memory>
#include <vector>

namespace Ui {
class AccountSalesTab;
}

namespace keystone::gui {

class RevenueChart;
class SaleTableModel;

class AccountSalesTab : public QWidget
{
    Q_OBJECT
public:
    AccountSalesTab(Workspace& workspace, AccountId id, QWidget* parent = nullptr);
    ~AccountSalesTab() override;

    // Reads the lines and the monthly totals again.
    void reload();
    // The monthly totals last read, for the overview's chart too.
    const std::vector<AccountMonth>& months() const { return m_months; }
    SaleTableModel* model() const { return m_sales; }
    RevenueChart* chart() const { return m_chart; }

private:
    void showChart();

    std::unique_ptr<Ui::AccountSalesTab> m_ui;
    AccountEditing m_editing;
    AccountId m_id;
    SaleTableModel* m_sales;
    RevenueChart* m_chart;
    std::vector<AccountMonth> m_months;
};

} // namespace keystone::gui
