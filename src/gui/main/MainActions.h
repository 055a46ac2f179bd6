// The main window's actions and menus: File (databases, import and export, backup,
// print), Edit (undo, filter, search), Accounts, Go (one entry per screen) and Help,
// with their shortcuts and icons, the Open Recent list, and which are enabled for what
// is open and shown.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace keystone::gui {

class BackupActions;

class CompetitorsDialog;
class DatabaseSession;
class MainTabs;

class MainActions : public QObject
{
    Q_OBJECT
public:
    // The window, tabs and session must outlive the actions.
    MainActions(QMainWindow* window, MainTabs& tabs, DatabaseSession& session, QUndoStack* undo);

    // What other parts of the window put in the menus.
    struct Contributed
    {
        QMenu* importMenu;
        QMenu* exportMenu;
        QList<QAction*> fileReports;    // print and PDF of the segment report
        QList<QAction*> accountBulk;    // archive, hand-over, ... on the list's selection
        QList<QAction*> accountReports; // print and PDF of the dossier
        QAction* newAccount;            // New Account (Ctrl+N)
        QAction* switchUser;            // File > Switch User…
        QAction* team;                  // Accounts > Team…
    };
    void createMenus(const Contributed& contributed);
    // Enabled for whether a database is open and which tab is current.
    void updateActions(bool open);
    QAction* refreshAction() const { return m_refresh; }
    BackupActions* backupActions() const { return m_backups; }

signals:
    // Ctrl+K: the tool bar's search field wants the focus.
    void searchRequested();
    void refreshRequested();
    // Something could not be changed (an undo or redo of a dialog closed since).
    void problem(const QString& title, const QString& message);

private:
    QAction* add(const QString& text, const QKeySequence& shortcut, const QString& tip = {});
    void updateRecentMenu();
    void about();
    // Accounts > Competitors…: one dialog at a time, closed with the database.
    void showCompetitors();

    QMainWindow* m_window;
    MainTabs& m_tabs;
    DatabaseSession& m_session;
    QMenu* m_recentMenu = nullptr;

    QAction* m_new;
    QAction* m_open;
    QAction* m_backup;
    QAction* m_quit;
    QAction* m_undo;
    QAction* m_redo;
    QAction* m_search;
    QAction* m_find;
    QAction* m_showDashboard;
    QAction* m_showAccounts;
    QAction* m_showSegments;
    QAction* m_showFollowUps;
    QAction* m_showContacts;
    QAction* m_export;
    QAction* m_saveDossier;
    QAction* m_done;
    QAction* m_refresh;
    QAction* m_closeTab;
    QAction* m_about;
    QAction* m_newAccount = nullptr;
    QAction* m_competitors;
    BackupActions* m_backups;
    QUndoStack* m_undoStack;
    QPointer<CompetitorsDialog> m_competitorsDialog;
};

} // namespace keystone::gui
