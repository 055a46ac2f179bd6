// The main window: one open database, the accounts list as the first tab and
// every opened account in a tab of its own, the File menu, undo and the status
// bar. Everything it shows comes through the app layer's Workspace.
#pragma once

#include "app/Workspace.h"
#include "gui/main/DatabaseOpener.h"

#include <QMainWindow>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QUndoStack;

namespace Ui {
class MainWindow;
}

namespace keystone::gui {

class AccountBulkActions;
class AccountsView;
class AccountWorkspace;
class ContactsView;
class DashboardView;
class FollowUpsView;
class InterchangeActions;
class ReportActions;
class SearchView;
class SegmentsView;
class StoreCountsReader;

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
    void setInteractive(bool interactive) { m_interactive = interactive; }
    const std::optional<OpenFailure>& lastOpenFailure() const { return m_lastFailure; }

    Workspace* workspace() const { return m_workspace.get(); }
    AccountsView* accountsView() const { return m_accounts; }
    QUndoStack* undoStack() const { return m_undo; }
    AccountBulkActions* bulkActions() const { return m_bulk; }
    // Opens the account's tab, or brings it to the front; nullptr when it does not exist.
    AccountWorkspace* openAccount(AccountId id);
    AccountWorkspace* accountTab(AccountId id) const;
    AccountWorkspace* currentAccountTab() const;
    // Writes a consistent copy of the open database to `path` (never over the
    // database itself); says what went wrong when interactive.
    bool saveBackupTo(const QString& path);
    // Fills an empty database with the demo company; false when it is not empty.
    bool fillWithDemoData();
    SearchView* searchView() const { return m_search; }
    FollowUpsView* followUpsView() const { return m_followUpsView; }
    // File > Import and File > Export.
    InterchangeActions* interchange() const { return m_interchange; }
    bool interactive() const { return m_interactive; }
    // Reads everything shown again, after a change made elsewhere (an import, keystone-cli).
    void reloadViews();
    DashboardView* dashboardView() const { return m_dashboard; }
    ContactsView* contactsView() const { return m_contactsView; }
    // The Segments tab's view, built when the tab is first shown (or asked for here):
    // its charts and report lists are a tenth of the window's construction, and most
    // sessions start on the dashboard.
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
    void createActions();
    void createMenus();
    void createSearch();
    void showSearchTab();
    void updateRecentMenu();
    void updateTitle();
    void updateStatus();
    void updateActions();
    bool closeDatabase();
    bool closeAccountTab(int index);
    void recordDossierSave(AccountId id, const Dossier& before, const Dossier& after);
    void showDossierSaved(AccountId id, const Dossier& dossier);
    // After an undo or redo changed what an account shows.
    void showAccountChanged(AccountId id);
    void recordFollowUpDone(const FollowUp& after);
    void reloadFollowUps();
    // The Dashboard and Contacts tabs, the Go menu and what keeps them current.
    void createScreens();
    void openFollowUp(AccountId account, FollowUpId followUp);
    void openContact(AccountId account, ContactId contact);
    void reportUndoFailure(const QString& message);
    void showFailure(const OpenFailure& failure);
    void setNoDatabaseText(const QString& text);

    void newDatabase();
    void openDatabaseDialog();
    void saveBackup();
    void about();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Clock& m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<OpenFailure> m_lastFailure;
    bool m_interactive = true;
    bool m_shownBefore = false;
    bool m_holdingReaders = false;
    AccountsView* m_accounts;
    FollowUpsView* m_followUpsView;
    QUndoStack* m_undo;
    QLabel* m_pathLabel;
    QLabel* m_countsLabel;
    StoreCountsReader* m_countsReader; // the status bar's counts, read off the GUI thread
    QMenu* m_recentMenu = nullptr;
    SearchView* m_search;
    QLineEdit* m_searchField;
    AccountBulkActions* m_bulk = nullptr;
    DashboardView* m_dashboard = nullptr;
    ContactsView* m_contactsView = nullptr;
    QAction* m_showDashboardAction = nullptr;
    QAction* m_showContactsAction = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_searchAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_showAccountsAction = nullptr;
    QAction* m_showFollowUpsAction = nullptr;
    QAction* m_saveDossierAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_doneAction = nullptr;
    QAction* m_closeTabAction = nullptr;
    QAction* m_aboutAction = nullptr;
    InterchangeActions* m_interchange = nullptr;
    QWidget* m_segmentsPage = nullptr; // the Segments tab; holds m_segments once built
    SegmentsView* m_segments = nullptr;
    QAction* m_showSegmentsAction = nullptr;
    ReportActions* m_reports = nullptr; // print and PDF of the segment report and dossiers
};

} // namespace keystone::gui
