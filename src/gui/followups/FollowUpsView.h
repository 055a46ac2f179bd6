// The Follow-ups tab of the main window: open follow-ups and commitments across
// accounts, overdue first, for one manager or all; a new one made here (for an
// account chosen in the editor), the selected one edited, rescheduled, reassigned,
// deleted or marked done (gui/followups/FollowUpActions), Enter or a double-click opens its account. A large database is read on
// a worker thread (gui/common/BackgroundReader): the tab shows at once and says
// that it is reading.
#pragma once

#include "app/Workspace.h"
#include "gui/account/AccountEditCommand.h"

#include <QWidget>
#include <cstdint>
#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace keystone::gui {

class BackgroundReader;
class FollowUpActions;
class FollowUpTableModel;

class FollowUpsView : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpsView(QWidget* parent = nullptr);
    ~FollowUpsView() override;

    // nullptr when no database is open. The workspace must outlive the view or be unset first.
    void setWorkspace(Workspace* workspace);
    // Reads the follow-ups again, keeping the manager chosen and the selection where it can;
    // throws what the app layer throws. While the view is hidden the read waits until it is
    // shown (it is read each time it is shown): across 50,000 accounts it takes seconds, which
    // neither the start nor every edit elsewhere should pay. A database with more accounts
    // than the background threshold is read on a worker thread over a read-only connection of
    // its own: the rows read before stay meanwhile (none the first time, with a note that it
    // is reading) and the manager chosen applies to them, then to the new ones.
    void reload();
    void setBackgroundThreshold(std::int64_t accounts) { m_backgroundThreshold = accounts; }
    // True while a background read is under way.
    bool isLoading() const;
    // Marks the selected follow-up done; false when none is selected.
    bool markSelectedDone();
    FollowUpTableModel* model() const { return m_model; }
    FollowUpActions* actions() const { return m_actions; }

signals:
    void accountActivated(keystone::AccountId id);
    // A follow-up was marked done; the caller records it for undo.
    void followUpDone(const keystone::FollowUp& after);
    // A follow-up was created or changed here; the receiver records it for undo.
    void edited(const keystone::gui::AccountEdit& edit);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillManagers();
    void readNow();
    void showRows(std::vector<FollowUpListRow> rows);
    void chooseManager();
    // Keeps the current follow-up across a change of the rows shown.
    void keepCurrent(const std::function<void()>& change);
    void updateCount();
    void updateButtons();

    Workspace* m_workspace = nullptr;
    FollowUpTableModel* m_model;
    QComboBox* m_manager;
    QLabel* m_count;
    QPushButton* m_done;
    QPushButton* m_open;
    QTableView* m_table;
    QLabel* m_empty;
    FollowUpActions* m_actions;
    bool m_stale = false;
    BackgroundReader* m_reader;
    // About four open follow-ups an account: 1,000 accounts read in a tenth of a second.
    std::int64_t m_backgroundThreshold = 1000;
    QString m_error; // why the last background read failed
};

} // namespace keystone::gui
