#include "gui/main/MainActions.h"

#include "gui/account/AccountWorkspace.h"
#include "gui/account/DossierEditor.h"
#include "gui/accounts/AccountsView.h"
#include "gui/common/Icons.h"
#include "gui/competitors/CompetitorsDialog.h"
#include "gui/contacts/ContactsView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/main/BackupActions.h"
#include "gui/main/DatabaseSession.h"
#include "gui/main/MainTabs.h"
#include "gui/main/RecentDatabases.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QTabWidget>
#include <QUndoStack>
#include <utility>

namespace keystone::gui {

MainActions::MainActions(QMainWindow* window, MainTabs& tabs, DatabaseSession& session, QUndoStack* undo)
    : QObject(window), m_window(window), m_tabs(tabs), m_session(session), m_undoStack(undo)
{
    QTabWidget* shown = tabs.widget();
    // Ctrl+N is New Account, the everyday "new"; a new database is rare.
    m_new = add(tr("&New Database…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N),
                tr("Create an empty database and open it"));
    connect(m_new, &QAction::triggered, &session, &DatabaseSession::newDatabase);
    m_open = add(tr("&Open Database…"), QKeySequence::Open);
    connect(m_open, &QAction::triggered, &session, &DatabaseSession::openDialog);
    m_backup = add(tr("Save a &Backup…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
                   tr("Write a consistent copy of the database to another file"));
    connect(m_backup, &QAction::triggered, &session, &DatabaseSession::saveBackup);
    m_backups = new BackupActions(window, session, this);
    connect(m_backups, &BackupActions::message, &session, &DatabaseSession::message);
    m_quit = add(tr("&Quit"), QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);

    m_undo = undo->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = undo->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_search = add(tr("&Search Everything"), QKeySequence(Qt::CTRL | Qt::Key_K),
                   tr("Search accounts, people, interactions and dossiers"));
    connect(m_search, &QAction::triggered, this, &MainActions::searchRequested);
    m_find = add(tr("&Filter Accounts"), QKeySequence::Find);
    connect(m_find, &QAction::triggered, this, [this, shown] {
        shown->setCurrentWidget(m_tabs.accounts());
        m_tabs.accounts()->focusFilter();
    });

    m_showDashboard = add(tr("&Dashboard"), QKeySequence(Qt::CTRL | Qt::Key_1),
                          tr("Follow-ups and commitments due, accounts to contact or at risk"));
    connect(m_showDashboard, &QAction::triggered, this,
            [this, shown] { shown->setCurrentWidget(m_tabs.dashboard()); });
    m_showAccounts = add(tr("&Accounts"), QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showAccounts, &QAction::triggered, this,
            [this, shown] { shown->setCurrentWidget(m_tabs.accounts()); });
    m_showSegments = add(tr("&Segments"), QKeySequence(Qt::CTRL | Qt::Key_3),
                         tr("The ABC-XYZ matrix, charts, risk, movement and concentration"));
    connect(m_showSegments, &QAction::triggered, this,
            [this, shown] { shown->setCurrentWidget(m_tabs.segmentsPage()); });
    m_showFollowUps = add(tr("&Follow-ups"), QKeySequence(Qt::CTRL | Qt::Key_4),
                          tr("Open follow-ups and commitments across accounts, overdue first"));
    connect(m_showFollowUps, &QAction::triggered, this,
            [this, shown] { shown->setCurrentWidget(m_tabs.followUps()); });
    m_showContacts = add(tr("&Contacts"), QKeySequence(Qt::CTRL | Qt::Key_5),
                         tr("Everyone at every account, filtered as you type"));
    connect(m_showContacts, &QAction::triggered, this, [this, shown] {
        shown->setCurrentWidget(m_tabs.contacts());
        m_tabs.contacts()->focusFilter();
    });

    m_export = add(tr("E&xport This List…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_export, &QAction::triggered, this, [this, shown] {
        shown->setCurrentWidget(m_tabs.accounts());
        m_tabs.accounts()->exportList();
    });
    m_saveDossier = add(tr("&Save Dossier"), QKeySequence::Save);
    connect(m_saveDossier, &QAction::triggered, this, [this] {
        if (auto* tab = m_tabs.currentAccountTab())
            tab->dossierEditor()->save();
    });
    m_done = add(tr("Mark &Follow-up Done"), QKeySequence(Qt::CTRL | Qt::Key_D),
                 tr("Mark the selected follow-up done"));
    connect(m_done, &QAction::triggered, this, [this, shown] {
        if (shown->currentWidget() == m_tabs.followUps())
            m_tabs.followUps()->markSelectedDone();
        else if (auto* tab = m_tabs.currentAccountTab())
            tab->markSelectedFollowUpDone();
    });
    m_refresh = add(tr("&Refresh"), QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, this, &MainActions::refreshRequested);
    m_closeTab = add(tr("&Close Account"), QKeySequence::Close);
    connect(m_closeTab, &QAction::triggered, this, [this, shown] { m_tabs.closeTab(shown->currentIndex()); });
    m_competitors = add(tr("C&ompetitors…"), {}, tr("Add, rename and merge the competitors tenders and accounts name"));
    m_competitors->setObjectName(QStringLiteral("competitorsAction"));
    connect(m_competitors, &QAction::triggered, this, &MainActions::showCompetitors);
    connect(&session, &DatabaseSession::closed, this, [this] { delete m_competitorsDialog; });
    m_about = add(tr("&About Keystone"), {});
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainActions::about);

    // Icons: the desktop's theme, else Keystone's own SVGs (gui/common/Icons.h).
    const std::pair<QAction*, ActionIcon> icons[] = {{m_new, ActionIcon::NewDatabase},
                                                     {m_open, ActionIcon::OpenDatabase},
                                                     {m_backup, ActionIcon::Backup},
                                                     {m_quit, ActionIcon::Quit},
                                                     {m_undo, ActionIcon::Undo},
                                                     {m_redo, ActionIcon::Redo},
                                                     {m_search, ActionIcon::Search},
                                                     {m_find, ActionIcon::Filter},
                                                     {m_showAccounts, ActionIcon::AccountsList},
                                                     {m_showFollowUps, ActionIcon::FollowUps},
                                                     {m_export, ActionIcon::Export},
                                                     {m_saveDossier, ActionIcon::Save},
                                                     {m_done, ActionIcon::MarkDone},
                                                     {m_refresh, ActionIcon::Refresh},
                                                     {m_closeTab, ActionIcon::CloseTab},
                                                     {m_about, ActionIcon::About},
                                                     {m_showDashboard, ActionIcon::Dashboard},
                                                     {m_showContacts, ActionIcon::Contacts},
                                                     {m_showSegments, ActionIcon::Segments}};
    for (const auto& [action, icon] : icons)
        action->setIcon(actionIcon(icon));
}

QAction* MainActions::add(const QString& text, const QKeySequence& shortcut, const QString& tip)
{
    auto* action = new QAction(text, this);
    action->setShortcut(shortcut);
    if (!tip.isEmpty())
        action->setStatusTip(tip);
    return action;
}

void MainActions::createMenus(const Contributed& contributed)
{
    QMenuBar* bar = m_window->menuBar();
    auto* file = bar->addMenu(tr("&File"));
    file->addAction(m_new);
    file->addAction(m_open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainActions::updateRecentMenu);
    file->addAction(contributed.switchUser);
    file->addSeparator();
    file->addMenu(contributed.importMenu);
    file->addMenu(contributed.exportMenu);
    file->addSeparator();
    file->addAction(m_backup);
    file->addAction(m_backups->encryptedBackupAction());
    file->addAction(m_backups->restoreAction());
    file->addSeparator();
    file->addActions(contributed.fileReports);
    file->addSeparator();
    file->addAction(m_quit);

    auto* edit = bar->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);
    edit->addAction(m_search);

    auto* accounts = bar->addMenu(tr("&Accounts"));
    m_newAccount = contributed.newAccount;
    accounts->addAction(m_newAccount);
    accounts->addAction(m_competitors);
    accounts->addAction(contributed.team);
    accounts->addSeparator();
    accounts->addAction(m_export);
    accounts->addSeparator();
    accounts->addActions(contributed.accountBulk);
    accounts->addSeparator();
    accounts->addAction(m_saveDossier);
    accounts->addAction(m_done);
    accounts->addActions(contributed.accountReports);
    accounts->addAction(m_closeTab);
    accounts->addSeparator();
    accounts->addAction(m_refresh);

    auto* go = bar->addMenu(tr("&Go"));
    go->addActions({m_showDashboard, m_showAccounts, m_showSegments, m_showFollowUps, m_showContacts});

    auto* help = bar->addMenu(tr("&Help"));
    help->addAction(m_about);
    updateRecentMenu();
}

void MainActions::updateActions(bool open)
{
    for (QAction* action : {m_backup, m_find, m_search, m_export, m_showAccounts, m_showFollowUps,
                            m_showDashboard, m_showContacts, m_showSegments, m_refresh, m_competitors})
        action->setEnabled(open);
    m_backups->setDatabaseOpen(open);
    if (m_newAccount)
        m_newAccount->setEnabled(open);
    const bool onAccount = m_tabs.currentAccountTab() != nullptr;
    m_saveDossier->setEnabled(onAccount);
    m_closeTab->setEnabled(onAccount);
    m_done->setEnabled(onAccount || (open && m_tabs.widget()->currentWidget() == m_tabs.followUps()));
}

void MainActions::showCompetitors()
{
    Workspace* workspace = m_session.workspace();
    if (!workspace)
        return;
    if (!m_competitorsDialog) {
        // Open account tabs show competitor names and winners: read them again. Both callbacks
        // outlive the dialog: its steps stay on the stack when it is closed.
        m_competitorsDialog = new CompetitorsDialog(
            *workspace, m_undoStack, [this] { emit refreshRequested(); },
            [this](const QString& message) { emit problem(tr("Not Changed"), message); }, m_window);
        m_competitorsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_competitorsDialog->show();
    m_competitorsDialog->raise();
    m_competitorsDialog->activateWindow();
}

void MainActions::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentDatabases::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        // &1 ... &8 make the entries reachable from the keyboard.
        auto* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QLatin1String("&&"))));
        connect(action, &QAction::triggered, this, [this, path] { m_session.openRecent(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [] { RecentDatabases::clear(); });
}

void MainActions::about()
{
    QMessageBox::about(
        m_window, tr("About Keystone"),
        tr("<h3>Keystone %1</h3><p>Key-account management: dossiers, people, interactions and "
           "follow-ups, so that what is known about a key customer lives in the system, not in one "
           "head.</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace keystone::gui
