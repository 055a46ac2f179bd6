// An account tab's Follow-ups (ui/AccountFollowUpsTab.ui): all the account's
// follow-ups and commitments by due date, done ones too, and marking one done.
#pragma once

#include "app/Workspace.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class AccountFollowUpsTab;
}

namespace keystone::gui {

class FollowUpTableModel;

class AccountFollowUpsTab : public QWidget
{
    Q_OBJECT
public:
    explicit AccountFollowUpsTab(Workspace& workspace, QWidget* parent = nullptr);
    ~AccountFollowUpsTab() override;

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

private:
    void updateDoneButton();

    std::unique_ptr<Ui::AccountFollowUpsTab> m_ui;
    Workspace& m_workspace;
    FollowUpTableModel* m_followUps;
};

} // namespace keystone::gui
