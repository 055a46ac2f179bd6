// The main window: one open database (gui/main/DatabaseSession), its screens and
// accounts in tabs (MainTabs), the menus (MainActions), the search field, undo and
// the status bar. Everything it shows comes through the app layer's Workspace.
#pragma once

#include "app/Workspace.h"
#include "gui/main/DatabaseOpener.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace keystone::gui {

class BackupActions;

class AccountBulkActions;
class AccountsView;
class AccountWorkspace;
class ContactsView;
class DashboardView;
class DatabaseSession;
class EditRecorder;
class FollowUpsView;
class InterchangeActions;
class MainActions;
class MainTabs;
class NewAccountActions;
class ReportActions;
class SearchView;
class SegmentsView;
class StoreCountsReader;
class TeamActions;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The clock must outlive the window.
    explicit MainWindow(const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens (creating when missing) the database at `path`, closing the current one
    // first. On failure a dialog says what happened and what to do (unless
    // interactive is off, as in tests); the window stays usable either way.
    bool openDatabase(const QString& path);
    // Opens a database from File > Open Recent. One that has been moved or deleted
    // is dropped from the list, never created anew as an empty database.
    bool openRecent(const QString& path);
    // Off: failures and questions never open a modal dialog (tests, screenshots).
    void setInteractive(bool interactive);
    const std::optional<OpenFailure>& lastOpenFailure() const;

    Workspace* workspace() const;
    AccountsView* accountsView() const;
    QUndoStack* undoStack() const { return m_undo; }
    AccountBulkActions* bulkActions() const { return m_bulk; }
    NewAccountActions* newAccountActions() const { return m_newAccount; }
    // File > Save an Encrypted Backup… and Restore from Backup….
    BackupActions* backupActions() const;
    // File > Switch User…, Accounts > Team… and who the window works as.
    TeamActions* teamActions() const { return m_team; }
    // Opens the account's tab, or brings it to the front; nullptr when it does not exist.
    AccountWorkspace* openAccount(AccountId id);
    AccountWorkspace* accountTab(AccountId id) const;
    AccountWorkspace* currentAccountTab() const;
    // Writes a consistent copy of the open database to `path` (never over the
    // database itself); says what went wrong when interactive.
    bool saveBackupTo(const QString& path);
    // Fills an empty database with the demo company; false when it is not empty.
    bool fillWithDemoData();
    SearchView* searchView() const;
    FollowUpsView* followUpsView() const;
    // File > Import and File > Export.
    InterchangeActions* interchange() const { return m_interchange; }
    bool interactive() const { return m_interactive; }
    // Reads everything shown again, after a change made elsewhere (an import, keystone-cli).
    void reloadViews();
    DashboardView* dashboardView() const;
    ContactsView* contactsView() const;
    // The Segments tab's view, built when the tab is first shown (or asked for here).
    SegmentsView* segmentsView();
    ReportActions* reportActions() const { return m_reports; }
    // The status bar's counts, read on a worker thread after opening and after every change.
    StoreCountsReader* countsReader() const { return m_countsReader; }

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    // The background readers wait from the window's first show until its first paint
    // (BackgroundReader::holdRequests); this lets them go.
    void releaseReaders();
    void createStatusBar();
    void createSearch();
    void createMenus();
    void updateTitle();
    void updateStatus();
    void updateActions();
    // A box when interactive, else the status bar.
    void showProblem(const QString& title, const QString& message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Clock& m_clock;
    bool m_interactive = true;
    bool m_shownBefore = false;
    bool m_holdingReaders = false;
    QUndoStack* m_undo;
    MainTabs* m_tabs;
    DatabaseSession* m_session;
    EditRecorder* m_edits;
    MainActions* m_actions;
    QLabel* m_pathLabel;
    QLabel* m_countsLabel;
    StoreCountsReader* m_countsReader; // the status bar's counts, read off the GUI thread
    QLineEdit* m_searchField;
    AccountBulkActions* m_bulk = nullptr;
    NewAccountActions* m_newAccount = nullptr;
    TeamActions* m_team = nullptr;
    InterchangeActions* m_interchange = nullptr;
    ReportActions* m_reports = nullptr; // print and PDF of the segment report and dossiers
};

} // namespace keystone::gui
