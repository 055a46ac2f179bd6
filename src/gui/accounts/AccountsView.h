// The accounts list screen: filter field, status and manager choices, the table,
// "export this list", and the empty state of a new database.
#pragma once

#include "app/Columns.h"
#include "gui/accounts/AccountTableModel.h"
#include "domain/Ids.h"
#include "app/CsvExportOptions.h"

#include <QWidget>
#include <filesystem>
#include <QList>
#include <memory>
#include <optional>
#include <vector>

class QAction;
class QComboBox;
class QTableView;
class QThread;
class QTimer;

namespace Ui {
class AccountsView;
}

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class AccountFilterModel;

class AccountsView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountsView(QWidget* parent = nullptr);
    ~AccountsView() override;

    // Loads the list from `workspace` (nullptr: nothing open): when the view is next shown if it
    // is hidden in a window on screen, else at once. Must outlive the view's use of it.
    void setWorkspace(Workspace* workspace);
    // True while the list waits to be read until the view is shown.
    bool isStale() const { return m_stale; }
    // Up to pagedLoadThreshold() accounts load at once. A bigger list shows its first
    // page by name at once and loads the rest on a worker thread over its own
    // read-only connection (folded keys included), then swaps it in; until then
    // filters apply to the first page and the count says "Loading".
    void reload();
    bool isLoading() const { return m_loading; }
    int pagedLoadThreshold() const { return m_pagedThreshold; }
    // Above `threshold` accounts, `firstPage` rows come first (defaults 5,000 and 200).
    void setPagedLoad(int threshold, int firstPage)
    {
        m_pagedThreshold = threshold;
        m_firstPage = firstPage;
    }

    AccountFilterModel* filterModel() const { return m_filter; }
    // True while the filter waits for a pause in typing before it applies the text.
    bool filterPending() const;
    QTableView* table() const;
    // The ids of the selected rows, in the order shown.
    std::vector<AccountId> selectedAccountIds() const;
    // Selects the rows of these accounts (those shown), e.g. after an undo.
    void selectAccounts(const std::vector<AccountId>& ids);
    // On: archived accounts are listed too, greyed and in italics.
    void setShowArchived(bool show);
    bool showsArchived() const { return m_showArchived; }
    // The actions of the table's context menu (the bulk actions of the Accounts menu).
    void setContextActions(const QList<QAction*>& actions) { m_contextActions = actions; }
    // New Account: first in the context menu, and the empty state's button.
    void setCreateAction(QAction* action);
    AccountTableModel* accountModel() const { return m_model; }
    // The rows shown, in the order shown, with the columns shown; headers are the
    // column keys of app/AccountColumns.h.
    Table visibleTable() const;
    void exportVisible(const std::filesystem::path& file, const CsvExportOptions& options) const;

public slots:
    // Asks for a file and options, then writes the visible rows.
    void exportList();
    void focusFilter();

signals:
    void accountActivated(AccountId id);
    void selectionChanged();
    // The whole list is in (at once, or after a paged load).
    void loaded();
    void demoRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void updateCount();
    void showHeaderMenu(const QPoint& pos);
    void fillChoices();
    void startLoader(const AccountQuery& query);
    // The worker's count of the accounts being loaded, for the count label meanwhile.
    void showExpected(quint64 generation, std::int64_t total);
    void finishLoad(quint64 generation, std::vector<AccountTableModel::Entry> entries, const QString& error);
    void waitForLoader();

    std::unique_ptr<Ui::AccountsView> m_ui;
    Workspace* m_workspace = nullptr;
    AccountTableModel* m_model;
    AccountFilterModel* m_filter;
    QTimer* m_filterDelay;
    bool m_showArchived = false;
    int m_pagedThreshold = 5000;
    int m_firstPage = 200; // more than a screen
    bool m_loading = false;
    bool m_stale = false; // read when next shown
    qint64 m_expected = 0; // -1 while the worker is still counting
    quint64 m_loadGeneration = 0;
    QThread* m_loader = nullptr;
    std::optional<std::vector<AccountId>> m_pendingSelection;
    QList<QAction*> m_contextActions;
    QAction* m_createAction = nullptr;
};

} // namespace keystone::gui
