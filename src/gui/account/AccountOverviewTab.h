// An account tab's Overview (ui/AccountOverviewTab.ui): the account's facts,
// where it stands (last contact, next follow-up, dossier, people, competitors,
// tenders, segment), its importance score on demand, the revenue of the last 12
// months, and the editor of the account's own fields.
#pragma once

#include "gui/account/AccountEditingTab.h"

#include <memory>
#include <vector>

namespace Ui {
class AccountOverviewTab;
}

namespace keystone::gui {

class AccountEditor;
class RevenueChart;

class AccountOverviewTab : public AccountEditingTab
{
    Q_OBJECT
public:
    AccountOverviewTab(Workspace& workspace, AccountEdits edits, QWidget* parent = nullptr);
    ~AccountOverviewTab() override;

    void showDetails(const AccountDetails& d);
    void showDossierState(const Dossier& dossier);
    void showRevenue(const std::vector<AccountMonth>& months);
    RevenueChart* chart() const { return m_chart; }
    // Ranks the account against all others by the importance score (docs/segmentation.md) and
    // shows the score with each factor's points. On demand: it reads every account's facts.
    void computeScore();
    // Opens the editor of the account's own fields (window-modal, not blocking).
    AccountEditor* editAccount();

private:
    void saveAccount(const Account& account);

    std::unique_ptr<Ui::AccountOverviewTab> m_ui;
    Account m_account;
    RevenueChart* m_chart;
};

} // namespace keystone::gui
