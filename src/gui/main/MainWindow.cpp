#include "gui/main/MainWindow.h"

#include "app/DemoGenerator.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/DossierEditor.h"
#include "gui/account/DossierSaveCommand.h"
#include "gui/account/FollowUpDoneCommand.h"
#include "gui/account/InteractionLogCommand.h"
#include "gui/accounts/AccountBulkActions.h"
#include "gui/common/BackgroundReader.h"
#include "gui/reports/ReportActions.h"
#include "gui/accounts/AccountsView.h"
#include "gui/common/Icons.h"
#include "gui/common/Labels.h"
#include "gui/contacts/ContactsView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/interchange/InterchangeActions.h"
#include "gui/main/RecentDatabases.h"
#include "gui/main/StoreCountsReader.h"
#include "gui/search/SearchResultModel.h"
#include "gui/search/SearchView.h"
#include "gui/segments/SegmentsView.h"
#include "ui_MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>

#include <utility>

namespace keystone::gui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_clock(clock),
      m_accounts(new AccountsView(this)), m_followUpsView(new FollowUpsView(this)), m_undo(new QUndoStack(this)), m_pathLabel(new QLabel(this)),
      m_countsLabel(new QLabel(this)), m_countsReader(new StoreCountsReader(this)), m_search(new SearchView(clock, this)), m_searchField(new QLineEdit(this))
{
    m_ui->setupUi(this);
    m_ui->tabs->addTab(m_accounts, tr("Accounts"));
    // The accounts list is the home tab: it cannot be closed.
    m_ui->tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_ui->tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    m_ui->tabs->addTab(m_followUpsView, tr("Follow-ups"));
    m_ui->tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
    m_ui->tabs->tabBar()->setTabButton(1, QTabBar::LeftSide, nullptr);
    // Segments, right after the accounts list, and as permanent.
    m_segmentsPage = new QWidget(this);
    m_segmentsPage->setObjectName(QStringLiteral("segmentsPage"));
    new QVBoxLayout(m_segmentsPage);
    m_segmentsPage->layout()->setContentsMargins(0, 0, 0, 0);
    m_ui->tabs->insertTab(1, m_segmentsPage, tr("Segments"));
    m_ui->tabs->tabBar()->setTabButton(1, QTabBar::RightSide, nullptr);
    m_ui->tabs->tabBar()->setTabButton(1, QTabBar::LeftSide, nullptr);
    m_pathLabel->setObjectName(QStringLiteral("databasePath"));
    m_countsLabel->setObjectName(QStringLiteral("databaseCounts"));
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_countsLabel);
    connect(m_countsReader, &StoreCountsReader::counted, this, [this](const StoreCounts& c) {
        const QLocale locale;
        m_countsLabel->setText(tr("%1 accounts · %2 contacts · %3 interactions · %4 open follow-ups")
                                   .arg(locale.toString(c.accounts), locale.toString(c.contacts),
                                        locale.toString(c.interactions), locale.toString(c.openFollowUps)));
    });
    connect(m_countsReader, &StoreCountsReader::failed, this, [this](const QString& message) {
        m_countsLabel->setText(tr("The counts could not be read: %1").arg(message));
    });

    createActions();
    m_interchange = new InterchangeActions(this);
    createMenus();
    createSearch();
    createScreens();
    connect(m_ui->newButton, &QPushButton::clicked, this, &MainWindow::newDatabase);
    connect(m_ui->openButton, &QPushButton::clicked, this, &MainWindow::openDatabaseDialog);
    connect(m_ui->tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeAccountTab);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_accounts, &AccountsView::accountActivated, this, &MainWindow::openAccount);
    connect(m_accounts, &AccountsView::demoRequested, this, &MainWindow::fillWithDemoData);
    connect(m_followUpsView, &FollowUpsView::accountActivated, this, &MainWindow::openAccount);
    connect(m_followUpsView, &FollowUpsView::followUpDone, this, &MainWindow::recordFollowUpDone);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_ui->tabs->currentWidget() == m_segmentsPage)
            segmentsView(); // built now, before it paints
        // The Follow-ups tab reads itself again whenever it is shown (FollowUpsView::showEvent).
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(kStateKey).toByteArray());
    m_ui->pages->setCurrentWidget(m_ui->noDatabasePage);
    updateTitle();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    releaseReaders(); // a window closed before it was ever painted
    // Commands refer to the workspace; drop them first, without the screens reading again.
    disconnect(m_undo, nullptr, this, nullptr);
    m_undo->clear();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(tr("&New Database…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Create an empty database and open it"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openAction = new QAction(tr("&Open Database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);

    m_backupAction = new QAction(tr("Save a &Backup…"), this);
    m_backupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_backupAction->setStatusTip(tr("Write a consistent copy of the database to another file"));
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::saveBackup);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});

    m_searchAction = new QAction(tr("&Search Everything"), this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_searchAction->setStatusTip(tr("Search accounts, people, interactions and dossiers"));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
        if (!m_searchField->text().isEmpty())
            showSearchTab();
    });

    m_findAction = new QAction(tr("&Filter Accounts"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_accounts);
        m_accounts->focusFilter();
    });

    m_showAccountsAction = new QAction(tr("&Accounts List"), this);
    m_showAccountsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showAccountsAction, &QAction::triggered, this,
            [this] { m_ui->tabs->setCurrentWidget(m_accounts); });

    m_showFollowUpsAction = new QAction(tr("&Open Follow-ups"), this);
    m_showFollowUpsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_showFollowUpsAction->setStatusTip(tr("Open follow-ups and commitments across accounts, overdue first"));
    connect(m_showFollowUpsAction, &QAction::triggered, this,
            [this] { m_ui->tabs->setCurrentWidget(m_followUpsView); });

    m_showSegmentsAction = new QAction(tr("&Segments"), this);
    m_showSegmentsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_showSegmentsAction->setStatusTip(tr("The ABC-XYZ matrix, charts, risk, movement and concentration"));
    connect(m_showSegmentsAction, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_segmentsPage); });

    m_exportAction = new QAction(tr("E&xport This List…"), this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_accounts);
        m_accounts->exportList();
    });

    m_saveDossierAction = new QAction(tr("&Save Dossier"), this);
    m_saveDossierAction->setShortcut(QKeySequence::Save);
    connect(m_saveDossierAction, &QAction::triggered, this, [this] {
        if (auto* tab = currentAccountTab())
            tab->dossierEditor()->save();
    });

    m_doneAction = new QAction(tr("Mark Follow-up &Done"), this);
    m_doneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_doneAction->setStatusTip(tr("Mark the selected follow-up done"));
    connect(m_doneAction, &QAction::triggered, this, [this] {
        if (m_ui->tabs->currentWidget() == m_followUpsView)
            m_followUpsView->markSelectedDone();
        else if (auto* tab = currentAccountTab())
            tab->markSelectedFollowUpDone();
    });

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        if (!m_workspace)
            return;
        // Exceptions must not cross the event loop: a failed read is reported, not fatal.
        try {
            m_accounts->reload();
            m_followUpsView->reload();
            m_dashboard->invalidate();
            m_contactsView->invalidate();
            if (m_segments)
                m_segments->recompute(); // else computed when first shown
            for (int i = m_ui->tabs->count() - 1; i >= 1; --i) {
                auto* tab = qobject_cast<AccountWorkspace*>(m_ui->tabs->widget(i));
                if (!tab)
                    continue;
                try {
                    tab->reload();
                } catch (const NotFoundError&) {
                    // Removed meanwhile (by keystone-cli, say): nothing left to show.
                    m_ui->tabs->removeTab(i);
                    tab->deleteLater();
                }
            }
            updateStatus();
        } catch (const std::exception& e) {
            if (m_interactive)
                QMessageBox::warning(this, tr("Cannot Refresh"), QString::fromUtf8(e.what()));
        }
    });

    m_closeTabAction = new QAction(tr("&Close Account"), this);
    m_closeTabAction->setShortcut(QKeySequence::Close);
    connect(m_closeTabAction, &QAction::triggered, this,
            [this] { closeAccountTab(m_ui->tabs->currentIndex()); });

    m_aboutAction = new QAction(tr("&About Keystone"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    // Icons: the desktop's theme, else Keystone's own SVGs (gui/common/Icons.h).
    const std::pair<QAction*, ActionIcon> icons[] = {
        {m_newAction, ActionIcon::NewDatabase}, {m_openAction, ActionIcon::OpenDatabase},
        {m_backupAction, ActionIcon::Backup},   {m_quitAction, ActionIcon::Quit},
        {m_undoAction, ActionIcon::Undo},       {m_redoAction, ActionIcon::Redo},
        {m_searchAction, ActionIcon::Search},   {m_findAction, ActionIcon::Filter},
        {m_showAccountsAction, ActionIcon::AccountsList}, {m_showFollowUpsAction, ActionIcon::FollowUps},
        {m_exportAction, ActionIcon::Export},   {m_saveDossierAction, ActionIcon::Save},
        {m_doneAction, ActionIcon::MarkDone},   {m_refreshAction, ActionIcon::Refresh},
        {m_closeTabAction, ActionIcon::CloseTab}, {m_aboutAction, ActionIcon::About}};
    for (const auto& [action, icon] : icons)
        action->setIcon(actionIcon(icon));
    m_reports = new ReportActions(
        this, [this] { return m_workspace.get(); },
        [this]() -> std::optional<AccountId> {
            if (auto* tab = currentAccountTab())
                return tab->accountId();
            return std::nullopt;
        });
    connect(m_reports, &ReportActions::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
}

void MainWindow::createSearch()
{
    m_search->hide();
    auto* toolBar = addToolBar(tr("Search"));
    toolBar->setObjectName(QStringLiteral("searchToolBar"));
    toolBar->setMovable(false);
    m_searchField->setObjectName(QStringLiteral("globalSearch"));
    m_searchField->setPlaceholderText(tr("Search accounts, people, interactions, dossiers (Ctrl+K)"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMaximumWidth(460);
    m_searchField->installEventFilter(this);
    toolBar->addWidget(m_searchField);
    connect(m_searchField, &QLineEdit::textEdited, this, [this](const QString& text) {
        showSearchTab();
        m_search->setQuery(text);
    });
    connect(m_searchField, &QLineEdit::returnPressed, m_search, &SearchView::activateCurrent);
    connect(m_search, &SearchView::accountActivated, this, &MainWindow::openAccount);
}

void MainWindow::createScreens()
{
    m_dashboard = new DashboardView(this);
    m_contactsView = new ContactsView(this);
    m_ui->tabs->insertTab(0, m_dashboard, tr("Dashboard"));
    m_ui->tabs->setTabToolTip(0, tr("Your day: follow-ups and commitments due, accounts to contact or at risk"));
    m_ui->tabs->addTab(m_contactsView, tr("Contacts"));
    // The screens stay; only accounts and the search results close.
    for (QWidget* screen : {static_cast<QWidget*>(m_dashboard), static_cast<QWidget*>(m_contactsView)}) {
        const int index = m_ui->tabs->indexOf(screen);
        m_ui->tabs->tabBar()->setTabButton(index, QTabBar::RightSide, nullptr);
        m_ui->tabs->tabBar()->setTabButton(index, QTabBar::LeftSide, nullptr);
    }
    connect(m_dashboard, &DashboardView::accountActivated, this, &MainWindow::openAccount);
    connect(m_dashboard, &DashboardView::followUpActivated, this, &MainWindow::openFollowUp);
    connect(m_contactsView, &ContactsView::contactActivated, this, &MainWindow::openContact);
    // Every edit, undo and redo passes through the stack: the screens that sum up
    // the data read it again (when shown), and the status bar's counts follow.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        m_dashboard->invalidate();
        m_contactsView->invalidate();
        updateStatus();
    });

    m_showDashboardAction = new QAction(tr("&Dashboard"), this);
    m_showDashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_showDashboardAction->setStatusTip(tr("Follow-ups and commitments due, accounts to contact or at risk"));
    connect(m_showDashboardAction, &QAction::triggered, this, [this] { m_ui->tabs->setCurrentWidget(m_dashboard); });
    m_showContactsAction = new QAction(tr("&Contacts"), this);
    m_showContactsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_showContactsAction->setStatusTip(tr("Everyone at every account, filtered as you type"));
    connect(m_showContactsAction, &QAction::triggered, this, [this] {
        m_ui->tabs->setCurrentWidget(m_contactsView);
        m_contactsView->focusFilter();
    });
    m_showDashboardAction->setIcon(actionIcon(ActionIcon::Dashboard));
    m_showContactsAction->setIcon(actionIcon(ActionIcon::Contacts));
    m_showSegmentsAction->setIcon(actionIcon(ActionIcon::Segments));
    m_showAccountsAction->setText(tr("&Accounts"));
    m_showFollowUpsAction->setText(tr("&Follow-ups"));
    auto* go = new QMenu(tr("&Go"), this);
    go->addAction(m_showDashboardAction);
    go->addAction(m_showAccountsAction);
    go->addAction(m_showSegmentsAction);
    go->addAction(m_showFollowUpsAction);
    go->addAction(m_showContactsAction);
    // Before Help, which stays last.
    const auto menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.last(), go);
}

SegmentsView* MainWindow::segmentsView()
{
    if (!m_segments) {
        m_segments = new SegmentsView(m_segmentsPage);
        m_segmentsPage->layout()->addWidget(m_segments);
        connect(m_segments, &SegmentsView::accountActivated, this, &MainWindow::openAccount);
        if (m_workspace)
            m_segments->setWorkspace(m_workspace.get());
        m_segments->show();
    }
    return m_segments;
}

void MainWindow::openFollowUp(AccountId account, FollowUpId followUp)
{
    if (auto* tab = openAccount(account))
        tab->showFollowUp(followUp);
}

void MainWindow::openContact(AccountId account, ContactId contact)
{
    if (auto* tab = openAccount(account))
        tab->showContact(contact);
}

void MainWindow::showSearchTab()
{
    if (m_ui->tabs->indexOf(m_search) < 0) {
        const int index = m_ui->tabs->addTab(m_search, tr("Search"));
        m_ui->tabs->setTabToolTip(index, tr("Results of the search in the tool bar (Ctrl+K)"));
    }
    m_ui->tabs->setCurrentWidget(m_search);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (m_shownBefore)
        return;
    m_shownBefore = true;
    // The first paint comes first: the screens' reads on worker threads (the dashboard, the status
    // bar's counts) wait until the window has been exposed and painted, else they would share the
    // two cores of a small machine with it. At most a second, should no exposure ever come.
    BackgroundReader::holdRequests();
    m_holdingReaders = true;
    if (QWindow* window = windowHandle())
        window->installEventFilter(this);
    QTimer::singleShot(1000, this, &MainWindow::releaseReaders);
}

void MainWindow::releaseReaders()
{
    if (!m_holdingReaders)
        return;
    m_holdingReaders = false;
    if (QWindow* window = windowHandle())
        window->removeEventFilter(this);
    BackgroundReader::releaseRequests();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // Seen before the window handles it: the exposure is painted first, then the readers go.
    if (m_holdingReaders && watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed())
        QMetaObject::invokeMethod(this, &MainWindow::releaseReaders, Qt::QueuedConnection);
    // Down from the search field goes to its results, as in a completer.
    if (watched == m_searchField && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && m_search->model()->rowCount() > 0) {
        showSearchTab();
        m_search->table()->setFocus();
        m_search->table()->setCurrentIndex(m_search->model()->index(0, 0));
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createMenus()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addMenu(m_interchange->importMenu());
    file->addMenu(m_interchange->exportMenu());
    file->addSeparator();
    file->addAction(m_backupAction);
    file->addSeparator();
    file->addAction(m_reports->printSegmentsAction());
    file->addAction(m_reports->exportSegmentsAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_searchAction);

    auto* accounts = menuBar()->addMenu(tr("&Accounts"));
    accounts->addAction(m_exportAction);
    // Bulk actions on the list's selection, archive and hand-over (gui/accounts/AccountBulkActions).
    m_bulk = new AccountBulkActions(
        m_accounts, m_undo, [this] { return m_workspace.get(); }, [this] { return m_interactive; }, this);
    connect(m_bulk, &AccountBulkActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_bulk, &AccountBulkActions::accountsChanged, this, [this](const std::vector<AccountId>& ids) {
        for (const AccountId id : ids) {
            auto* tab = accountTab(id);
            try {
                if (tab)
                    tab->reload();
            } catch (const NotFoundError&) {
                m_ui->tabs->removeTab(m_ui->tabs->indexOf(tab)); // deleted permanently
                tab->deleteLater();
            } catch (const std::exception& e) {
                reportUndoFailure(QString::fromUtf8(e.what()));
            }
        }
        reloadFollowUps();
        updateStatus();
    });
    accounts->addSeparator();
    accounts->addActions(m_bulk->menuActions());
    accounts->addSeparator();
    accounts->addAction(m_saveDossierAction);
    accounts->addAction(m_doneAction);
    accounts->addAction(m_reports->printDossierAction());
    accounts->addAction(m_reports->exportDossierAction());
    accounts->addAction(m_closeTabAction);
    accounts->addSeparator();
    accounts->addAction(m_refreshAction);

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentDatabases::list();
    for (int i = 0; i < files.size(); ++i) {
        const QString& path = files[i];
        // &1 ... &8 make the entries reachable from the keyboard.
        auto* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
            QDir::toNativeSeparators(path).replace(QLatin1Char('&'), QLatin1String("&&"))));
        connect(action, &QAction::triggered, this, [this, path] { openRecent(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [] { RecentDatabases::clear(); });
}

bool MainWindow::openRecent(const QString& path)
{
    if (QFileInfo::exists(path))
        return openDatabase(path);
    RecentDatabases::remove(path);
    const QString message = tr("%1 no longer exists; it has been removed from the recent databases.")
                                .arg(QDir::toNativeSeparators(path));
    if (m_interactive)
        QMessageBox::information(this, tr("Database Not Found"), message);
    else
        statusBar()->showMessage(message);
    return false;
}

bool MainWindow::openDatabase(const QString& path)
{
    if (!closeDatabase())
        return false;
    setNoDatabaseText(tr("Create a new database or open an existing one."));
    const std::filesystem::path file(path.toStdU16String());
    OpenFailure failure;
    m_workspace = openWorkspace(file, m_clock, failure);
    if (!m_workspace) {
        m_lastFailure = failure;
        showFailure(failure);
        updateTitle();
        updateStatus();
        updateActions();
        return false;
    }
    bool startOnDashboard = false;
    try {
        // The views are hidden here; each reads when first shown (the start screen, below).
        m_accounts->setWorkspace(m_workspace.get());
        m_followUpsView->setWorkspace(m_workspace.get());
        m_dashboard->setWorkspace(m_workspace.get());
        m_contactsView->setWorkspace(m_workspace.get());
        // The dashboard is the start screen; a new, empty database starts where the
        // accounts list offers the demo company instead.
        startOnDashboard = m_workspace->hasMoreAccountsThan(0, false);
    } catch (const std::exception& e) {
        // Opened, but unreadable where it matters (a damaged page, say).
        m_accounts->setWorkspace(nullptr);
        m_followUpsView->setWorkspace(nullptr);
        m_dashboard->setWorkspace(nullptr);
        m_contactsView->setWorkspace(nullptr);
        m_workspace.reset();
        m_lastFailure =
            describeOpenFailure(OpenError::Reason::Corrupt, path, QString::fromUtf8(e.what()));
        showFailure(*m_lastFailure);
        updateTitle();
        updateStatus();
        updateActions();
        return false;
    }
    m_lastFailure.reset();
    m_search->setDatabase(m_workspace->path());
    if (m_segments)
        m_segments->setWorkspace(m_workspace.get());
    RecentDatabases::add(path);
    // The start tab first, so that only it is shown (and read) when the tabs appear.
    m_ui->tabs->setCurrentWidget(startOnDashboard ? static_cast<QWidget*>(m_dashboard) : m_accounts);
    m_ui->pages->setCurrentWidget(m_ui->tabs);
    updateTitle();
    updateStatus();
    updateActions();
    return true;
}

bool MainWindow::closeDatabase()
{
    if (!m_workspace)
        return true;
    for (int i = m_ui->tabs->count() - 1; i >= 0; --i) {
        QWidget* tab = m_ui->tabs->widget(i);
        if ((qobject_cast<AccountWorkspace*>(tab) || tab == m_search) && !closeAccountTab(i))
            return false;
    }
    m_searchField->clear();
    m_search->setQuery(QString());
    m_search->setDatabase({});
    if (m_segments)
        m_segments->setWorkspace(nullptr);
    m_undo->clear();
    m_accounts->setWorkspace(nullptr);
    m_followUpsView->setWorkspace(nullptr);
    m_dashboard->setWorkspace(nullptr);
    m_contactsView->setWorkspace(nullptr);
    m_workspace.reset();
    m_countsReader->stop();
    m_countsLabel->clear();
    m_ui->pages->setCurrentWidget(m_ui->noDatabasePage);
    return true;
}

void MainWindow::setNoDatabaseText(const QString& text)
{
    // The layout keeps the height of the label's first text; a longer one needs
    // the room its narrowest width takes.
    auto* label = m_ui->noDatabaseText;
    label->setText(text);
    label->setMinimumHeight(label->heightForWidth(label->minimumWidth()));
}

void MainWindow::showFailure(const OpenFailure& failure)
{
    // The page behind the dialog keeps saying it, for after the dialog is gone.
    setNoDatabaseText(tr("%1 %2").arg(failure.what, failure.todo));
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::Critical, failure.title, failure.what, QMessageBox::Ok, this);
    box.setInformativeText(failure.todo);
    box.setDetailedText(failure.details);
    box.exec();
}

AccountWorkspace* MainWindow::accountTab(AccountId id) const
{
    for (int i = 1; i < m_ui->tabs->count(); ++i)
        if (auto* tab = qobject_cast<AccountWorkspace*>(m_ui->tabs->widget(i)); tab && tab->accountId() == id)
            return tab;
    return nullptr;
}

AccountWorkspace* MainWindow::currentAccountTab() const
{
    return qobject_cast<AccountWorkspace*>(m_ui->tabs->currentWidget());
}

AccountWorkspace* MainWindow::openAccount(AccountId id)
{
    if (!m_workspace)
        return nullptr;
    if (auto* existing = accountTab(id)) {
        m_ui->tabs->setCurrentWidget(existing);
        return existing;
    }
    AccountWorkspace* tab = nullptr;
    try {
        tab = new AccountWorkspace(*m_workspace, id, m_ui->tabs);
    } catch (const std::exception& e) {
        if (m_interactive)
            QMessageBox::warning(this, tr("Cannot Open Account"), QString::fromUtf8(e.what()));
        return nullptr;
    }
    const int index = m_ui->tabs->addTab(tab, tab->title());
    m_ui->tabs->setTabToolTip(index, tab->accountName());
    connect(tab, &AccountWorkspace::titleChanged, this, [this, tab] {
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(tab),
                               tab->title().replace(QLatin1Char('&'), QLatin1String("&&")));
        updateTitle();
    });
    connect(
        tab, &AccountWorkspace::dossierSaved, this,
        [this, id](const Dossier& before, const Dossier& after) { recordDossierSave(id, before, after); });
    connect(tab, &AccountWorkspace::interactionLogged, this, [this, tab](const LoggedInteraction& logged) {
        m_undo->push(new InteractionLogCommand(
            *m_workspace, logged, tab->accountName(), [this](AccountId changed) { showAccountChanged(changed); },
            [this](const QString& message) { reportUndoFailure(message); }));
        statusBar()->showMessage(tr("Interaction added to %1").arg(tab->accountName()), 4000);
        updateStatus();
    });
    connect(tab, &AccountWorkspace::followUpDone, this, &MainWindow::recordFollowUpDone);
    // People, tenders and competitors edited in the tab (gui/account/AccountEditCommand.h).
    tab->setInteractive(m_interactive);
    connect(tab, &AccountWorkspace::edited, this, [this](const AccountEdit& edit) {
        m_undo->push(new AccountEditCommand(
            edit, [this](AccountId changed) { showAccountChanged(changed); },
            [this](const QString& message) { reportUndoFailure(message); }));
        statusBar()->showMessage(edit.text, 4000);
        updateStatus();
    });
    m_ui->tabs->setCurrentIndex(index);
    return tab;
}

bool MainWindow::closeAccountTab(int index)
{
    if (m_ui->tabs->widget(index) == m_search) {
        m_ui->tabs->removeTab(index); // kept, with its results, for the next search
        return true;
    }
    auto* tab = qobject_cast<AccountWorkspace*>(m_ui->tabs->widget(index));
    if (!tab)
        return false; // the accounts list stays
    if (m_interactive && !tab->confirmClose())
        return false;
    m_ui->tabs->removeTab(index);
    tab->deleteLater();
    updateTitle();
    return true;
}

void MainWindow::recordDossierSave(AccountId id, const Dossier& before, const Dossier& after)
{
    auto* tab = accountTab(id);
    const QString name = tab ? tab->accountName() : QString::number(id);
    m_undo->push(new DossierSaveCommand(
        *m_workspace, before, after, name, [this, id](const Dossier& saved) { showDossierSaved(id, saved); },
        [this](const QString& message) {
            if (m_interactive)
                QMessageBox::warning(this, tr("Dossier Not Saved"), message);
            else
                statusBar()->showMessage(message);
        }));
    statusBar()->showMessage(tr("Dossier of %1 saved").arg(name), 4000);
}

void MainWindow::recordFollowUpDone(const FollowUp& after)
{
    m_undo->push(new FollowUpDoneCommand(
        *m_workspace, after, [this](AccountId changed) { showAccountChanged(changed); },
        [this](const QString& message) { reportUndoFailure(message); }));
    statusBar()->showMessage(tr("“%1” done").arg(toQString(after.title)), 4000);
    updateStatus();
}

void MainWindow::reloadFollowUps()
{
    // Exceptions must not cross the event loop: a failed read is reported, not fatal.
    try {
        m_followUpsView->reload();
    } catch (const std::exception& e) {
        reportUndoFailure(QString::fromUtf8(e.what()));
    }
}

void MainWindow::showAccountChanged(AccountId id)
{
    // Exceptions must not cross the event loop: a failed read is reported, not fatal.
    try {
        m_followUpsView->reload();
        if (auto* tab = accountTab(id)) {
            tab->reload();
            if (m_ui->tabs->currentWidget() != m_followUpsView)
                m_ui->tabs->setCurrentWidget(tab);
        }
        updateStatus();
    } catch (const std::exception& e) {
        reportUndoFailure(QString::fromUtf8(e.what()));
    }
}

void MainWindow::reportUndoFailure(const QString& message)
{
    if (m_interactive)
        QMessageBox::warning(this, tr("Not Changed"), message);
    else
        statusBar()->showMessage(message);
}

void MainWindow::showDossierSaved(AccountId id, const Dossier& dossier)
{
    if (auto* tab = accountTab(id)) {
        tab->showSavedDossier(dossier);
        m_ui->tabs->setCurrentWidget(tab);
    }
}

bool MainWindow::fillWithDemoData()
{
    if (!m_workspace ||
        m_workspace->store().counts().accounts + m_workspace->store().counts().archivedAccounts > 0)
        return false;
    DemoOptions options;
    QProgressDialog progress(tr("Writing demo accounts…"), QString(), 0, options.accounts, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        DemoGenerator generator(m_workspace->store(), options);
        generator.run([&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        });
    } catch (const std::exception& e) {
        if (m_interactive)
            QMessageBox::warning(this, tr("Demo Data Not Written"), QString::fromUtf8(e.what()));
        return false;
    }
    m_accounts->reload();
    // New managers for the choosers, new data for every screen.
    m_followUpsView->setWorkspace(m_workspace.get());
    m_dashboard->setWorkspace(m_workspace.get());
    m_contactsView->setWorkspace(m_workspace.get());
    updateStatus();
    return true;
}

void MainWindow::updateTitle()
{
    bool modified = false;
    for (int i = 1; i < m_ui->tabs->count(); ++i)
        if (auto* tab = qobject_cast<AccountWorkspace*>(m_ui->tabs->widget(i)))
            modified = modified || tab->hasUnsavedChanges();
    if (m_workspace) {
        const QString path = QString::fromStdString(m_workspace->path().string());
        setWindowTitle(tr("%1[*] — Keystone").arg(QFileInfo(path).fileName()));
        setWindowFilePath(path);
    } else {
        setWindowTitle(tr("Keystone"));
        setWindowFilePath(QString());
    }
    setWindowModified(modified);
}

void MainWindow::updateStatus()
{
    if (!m_workspace) {
        m_pathLabel->setText(tr("No database open"));
        m_countsReader->stop();
        m_countsLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(QString::fromStdString(m_workspace->path().string())));
    // Counted on the worker; until the answer comes the previous counts stay, or, for a
    // database just opened, the label says that they are being counted.
    if (m_countsLabel->text().isEmpty())
        m_countsLabel->setText(tr("Counting…"));
    m_countsReader->request(m_workspace->path(), m_clock);
}

void MainWindow::updateActions()
{
    const bool open = m_workspace != nullptr;
    m_backupAction->setEnabled(open);
    m_findAction->setEnabled(open);
    m_searchAction->setEnabled(open);
    m_searchField->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_showAccountsAction->setEnabled(open);
    m_showFollowUpsAction->setEnabled(open);
    m_showDashboardAction->setEnabled(open);
    m_showContactsAction->setEnabled(open);
    m_showSegmentsAction->setEnabled(open);
    m_refreshAction->setEnabled(open);
    const bool onAccount = currentAccountTab() != nullptr;
    m_saveDossierAction->setEnabled(onAccount);
    m_closeTabAction->setEnabled(onAccount);
    m_doneAction->setEnabled(onAccount || (open && m_ui->tabs->currentWidget() == m_followUpsView));
    m_interchange->updateActions();
    m_reports->updateActions();
}

void MainWindow::reloadViews()
{
    m_refreshAction->trigger();
}

void MainWindow::newDatabase()
{
    const QString start =
        m_workspace ? QString::fromStdString(m_workspace->path().parent_path().string()) : QDir::homePath();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QDir(start).filePath(tr("keystone.db")),
        tr("Keystone databases (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(this, tr("File Exists"),
                                 tr("%1 already exists. Keystone never overwrites a database: choose another "
                                    "name, or open this one with File > Open.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString start =
        m_workspace ? QString::fromStdString(m_workspace->path().parent_path().string()) : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), start,
                                                      tr("Keystone databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveBackup()
{
    if (!m_workspace)
        return;
    const QFileInfo current(QString::fromStdString(m_workspace->path().string()));
    const QString suggested = current.dir().filePath(
        tr("%1-backup-%2.db").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Backup"), suggested,
                                                      tr("Keystone databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        saveBackupTo(path);
}

bool MainWindow::saveBackupTo(const QString& path)
{
    if (!m_workspace)
        return false;
    const QFileInfo current(QString::fromStdString(m_workspace->path().string()));
    QString problem;
    if (QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        problem = tr("A backup must go to another file than the database.");
    } else {
        try {
            m_workspace->backup(std::filesystem::path(path.toStdU16String()));
            statusBar()->showMessage(tr("Backup saved to %1").arg(QDir::toNativeSeparators(path)), 6000);
            return true;
        } catch (const std::exception& e) {
            problem = tr("The backup could not be written to %1: %2")
                          .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what()));
        }
    }
    if (m_interactive)
        QMessageBox::warning(this, tr("Backup Not Saved"), problem);
    else
        statusBar()->showMessage(problem);
    return false;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Keystone"),
        tr("<h3>Keystone %1</h3><p>Key-account management: dossiers, people, interactions and "
           "follow-ups, so that what is known about a key customer lives in the system, not in one "
           "head.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!closeDatabase()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

} // namespace keystone::gui
