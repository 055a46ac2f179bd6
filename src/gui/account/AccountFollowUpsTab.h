// An account tab's Follow-ups (ui/AccountFollowUpsTab.ui): all the account's
// follow-ups and commitments by due date, done ones too; a new one made here, and
// the selected one edited, rescheduled, reassigned, deleted, marked done or reopened
// (gui/followups/FollowUpActions).
#pragma once

#include "app/Workspace.h"
#include "gui/account/AccountEditCommand.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class AccountFollowUpsTab;
}

namespace keystone::gui {

class FollowUpActions;
class FollowUpTableModel;

class AccountFollowUpsTab : public QWidget
{
    Q_OBJECT
public:
    explicit AccountFollowUpsTab(Workspace& workspace, QWidget* parent = nullptr);
    ~AccountFollowUpsTab() override;

    // The account a new follow-up is made for.
    void setAccount(AccountId id);
    FollowUpActions* actions() const { return m_actions; }
    void showFollowUps(const std::vector<FollowUp>& followUps);
    // Marks the selected follow-up done; nothing when none open is selected or the write failed (said in a
    // box).
    std::optional<FollowUp> markSelectedDone();
    void select(FollowUpId id);

signals:
    // Mark Done was clicked.
    void doneRequested();
    // A follow-up was written: everything shown is read again.
    void written();
    // A follow-up was created or changed here; the receiver records it for undo.
    void edited(const keystone::gui::AccountEdit& edit);

private:
    void updateDoneButton();

    std::unique_ptr<Ui::AccountFollowUpsTab> m_ui;
    Workspace& m_workspace;
    FollowUpTableModel* m_followUps;
    FollowUpActions* m_actions;
};

} // namespace keystone::gui
