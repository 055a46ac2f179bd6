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
    void reload();
    // Marks the selected follow-up done; false when none is selected.
    bool markSelectedDone();
    OpenFollowUpModel* model() const { return m_model; }

signals:
    void accountActivated(keystone::AccountId id);
    // A follow-up was marked done; the caller records it for undo.
    void followUpDone(const keystone::FollowUp& after);

private:
    void fillManagers();
    void updateButtons();

    Workspace* m_workspace = nullptr;
    OpenFollowUpModel* m_model;
    QComboBox* m_manager;
    QLabel* m_count;
    QPushButton* m_done;
    QPushButton* m_open;
    QTableView* m_table;
    QLabel* m_empty;
};

} // namespace keystone::gui
