// The Follow-ups tab of the main window: open follow-ups and commitments across
// accounts, overdue first, for one manager or all; one action marks the selected
// one done, Enter or a double-click opens its account.
#pragma once

#include "app/Workspace.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace keystone::gui {

class OpenFollowUpModel;

class FollowUpsView : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpsView(QWidget* parent = nullptr);

    // nullptr when no database is open. The workspace must outlive the view or be unset first.
    void setWorkspace(Workspace* workspace);
    // Reads the follow-ups again, keeping the manager chosen and the selection where it can.
    // While the view is hidden the read waits until it is shown: across 50,000 accounts it
    // takes a second, which neither the start nor every edit elsewhere should pay.
    void reload();
    // Marks the selected follow-up done; false when none is selected.
    bool markSelectedDone();
    OpenFollowUpModel* model() const { return m_model; }

signals:
    void accountActivated(keystone::AccountId id);
    // A follow-up was marked done; the caller records it for undo.
    void followUpDone(const keystone::FollowUp& after);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillManagers();
    void readNow();
    void updateButtons();

    Workspace* m_workspace = nullptr;
    OpenFollowUpModel* m_model;
    QComboBox* m_manager;
    QLabel* m_count;
    QPushButton* m_done;
    QPushButton* m_open;
    QTableView* m_table;
    QLabel* m_empty;
    bool m_stale = false;
};

} // namespace keystone::gui
