#include "gui/main/MainWindow.h"

#include "gui/account/AccountWorkspace.h"
#include "gui/accounts/AccountBulkActions.h"
#include "gui/accounts/AccountsView.h"
#include "gui/accounts/NewAccountActions.h"
#include "gui/common/BackgroundReader.h"
#include "gui/common/ProblemText.h"
#include "gui/contacts/ContactsView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpActions.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/interchange/InterchangeActions.h"
#include "gui/main/DatabaseSession.h"
#include "gui/main/EditRecorder.h"
#include "gui/main/MainActions.h"
#include "gui/main/MainTabs.h"
#include "gui/main/StoreCountsReader.h"
#include "gui/reports/ReportActions.h"
#include "gui/segments/SegmentsView.h"
#include "gui/search/SearchResultModel.h"
#include "gui/search/SearchView.h"
#include "gui/team/TeamActions.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QWindow>

namespace keystone::gui {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
} // namespace

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_clock(clock)
{
    m_ui->setupUi(this);
    m_undo = new QUndoStack(this);
    m_tabs = new MainTabs(m_ui->tabs, clock, this);
    m_tabs->setUndoStack(m_undo);
    m_session = new DatabaseSession(this, clock, *m_tabs, m_undo,
                                    {m_ui->pages, m_ui->noDatabasePage, m_ui->noDatabaseText});
    m_edits = new EditRecorder(*m_tabs, m_undo, this);
    m_searchField = new QLineEdit(this);
    createStatusBar();
    m_actions = new MainActions(this, *m_tabs, *m_session, m_undo);
    m_interchange = new InterchangeActions(this);
    createMenus();
    createSearch();

    connect(m_tabs, &MainTabs::accountOpened, m_edits, &EditRecorder::watch);
    connect(m_tabs, &MainTabs::titleChanged, this, &MainWindow::updateTitle);
    connect(m_tabs, &MainTabs::problem, this, &MainWindow::showProblem);
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_tabs->accounts(), &AccountsView::demoRequested, this, &MainWindow::fillWithDemoData);
    connect(m_tabs->followUps(), &FollowUpsView::followUpDone, m_edits, &EditRecorder::recordFollowUpDone);
    connect(m_tabs->followUps(), &FollowUpsView::edited, m_edits, &EditRecorder::recordEdit);
    connect(m_tabs->dashboard(), &DashboardView::edited, m_edits, &EditRecorder::recordEdit);
    connect(m_edits, &EditRecorder::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 4000); });
    connect(m_edits, &EditRecorder::failed, this, &MainWindow::showProblem);
    connect(m_edits, &EditRecorder::changed, this, &MainWindow::updateStatus);
    connect(m_session, &DatabaseSession::changed, this, [this] {
        updateTitle();
        updateStatus();
        updateActions();
    });
    connect(m_session, &DatabaseSession::closed, this, [this] {
        m_searchField->clear();
        m_countsReader->stop();
        m_countsLabel->clear();
    });
    connect(m_session, &DatabaseSession::message, statusBar(), &QStatusBar::showMessage);
    // Every edit, undo and redo passes through the stack: the screens that sum up
    // the data read it again (when shown), and the status bar's counts follow.
    connect(m_undo, &QUndoStack::indexChanged, this, [this] {
        m_tabs->dashboard()->invalidate();
        m_tabs->contacts()->invalidate();
        updateStatus();
    });
    connect(m_ui->newButton, &QPushButton::clicked, m_session, &DatabaseSession::newDatabase);
    connect(m_ui->openButton, &QPushButton::clicked, m_session, &DatabaseSession::openDialog);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(kStateKey).toByteArray());
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

bool MainWindow::openDatabase(const QString& path)
{
    return m_session->open(path);
}
bool MainWindow::openRecent(const QString& path)
{
    return m_session->openRecent(path);
}
const std::optional<OpenFailure>& MainWindow::lastOpenFailure() const
{
    return m_session->lastFailure();
}
Workspace* MainWindow::workspace() const
{
    return m_session->workspace();
}
BackupActions* MainWindow::backupActions() const { return m_actions->backupActions(); }

bool MainWindow::saveBackupTo(const QString& path)
{
    return m_session->saveBackupTo(path);
}
bool MainWindow::fillWithDemoData()
{
    return m_session->fillWithDemoData();
}
AccountsView* MainWindow::accountsView() const
{
    return m_tabs->accounts();
}
SearchView* MainWindow::searchView() const
{
    return m_tabs->search();
}
FollowUpsView* MainWindow::followUpsView() const
{
    return m_tabs->followUps();
}
DashboardView* MainWindow::dashboardView() const
{
    return m_tabs->dashboard();
}
ContactsView* MainWindow::contactsView() const
{
    return m_tabs->contacts();
}
SegmentsView* MainWindow::segmentsView()
{
    return m_tabs->segmentsView();
}
AccountWorkspace* MainWindow::openAccount(AccountId id)
{
    return m_tabs->openAccount(id);
}
AccountWorkspace* MainWindow::accountTab(AccountId id) const
{
    return m_tabs->accountTab(id);
}
AccountWorkspace* MainWindow::currentAccountTab() const
{
    return m_tabs->currentAccountTab();
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    m_session->setInteractive(interactive);
    m_tabs->setInteractive(interactive);
    // The follow-up editors these screens open ask before dropping what was typed only when interactive.
    m_tabs->followUps()->actions()->setInteractive(interactive);
    for (auto section : {DashboardView::FollowUps, DashboardView::Commitments})
        m_tabs->dashboard()->actions(section)->setInteractive(interactive);
}

void MainWindow::createStatusBar()
{
    m_pathLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_countsReader = new StoreCountsReader(this);
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
}

void MainWindow::createMenus()
{
    m_reports = new ReportActions(
        this, [this] { return workspace(); },
        [this]() -> std::optional<AccountId> {
            if (auto* tab = currentAccountTab())
                return tab->accountId();
            return std::nullopt;
        });
    // The segment report is of what the Segments screen shows (built for it if need be).
    m_reports->setSegmentOptions([this] { return m_tabs->segmentsView()->reportOptions(); });
    connect(m_reports, &ReportActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_tabs, &MainTabs::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    // Bulk actions on the list's selection, archive and hand-over (gui/accounts/AccountBulkActions).
    m_bulk = new AccountBulkActions(
        m_tabs->accounts(), m_undo, [this] { return workspace(); }, [this] { return m_interactive; }, this);
    connect(m_bulk, &AccountBulkActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_bulk, &AccountBulkActions::accountsChanged, this, [this](const std::vector<AccountId>& ids) {
        m_tabs->reloadAccounts(ids);
        m_edits->reloadFollowUps();
        updateStatus();
    });
    m_newAccount = new NewAccountActions(
        m_tabs->accounts(), m_undo, [this] { return workspace(); }, [this] { return m_interactive; }, this);
    connect(m_newAccount, &NewAccountActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    connect(m_newAccount, &NewAccountActions::openRequested, this, &MainWindow::openAccount);
    connect(m_newAccount, &NewAccountActions::accountChanged, this, [this](AccountId id, bool) {
        m_tabs->reloadAccounts({id}); // an undone account loses its tab
        updateStatus();
    });
    m_team = new TeamActions(this, m_undo, [this] { return workspace(); }, [this] { return m_interactive; });
    connect(m_session, &DatabaseSession::changed, m_team, &TeamActions::sessionChanged);
    connect(m_session, &DatabaseSession::closed, m_team, &TeamActions::sessionClosed);
    connect(m_team, &TeamActions::userChanged, m_tabs->dashboard(), &DashboardView::setManager);
    connect(m_team, &TeamActions::teamChanged, this, &MainWindow::reloadViews);
    connect(m_team, &TeamActions::teamChanged, m_tabs->dashboard(), &DashboardView::refreshTeam);
    connect(m_team, &TeamActions::message, this, [this](const QString& text) { statusBar()->showMessage(text, 6000); });
    m_actions->createMenus({m_interchange->importMenu(),
                            m_interchange->exportMenu(),
                            {m_reports->printSegmentsAction(), m_reports->exportSegmentsAction()},
                            m_bulk->menuActions(),
                            {m_reports->printDossierAction(), m_reports->exportDossierAction()},
                            m_newAccount->action(), m_team->switchUserAction(), m_team->teamAction()});
    connect(m_actions, &MainActions::refreshRequested, this, &MainWindow::reloadViews);
    connect(m_actions, &MainActions::problem, this, &MainWindow::showProblem);
}

void MainWindow::createSearch()
{
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
        m_tabs->showSearchTab();
        m_tabs->search()->setQuery(text);
    });
    connect(m_searchField, &QLineEdit::returnPressed, m_tabs->search(), &SearchView::activateCurrent);
    connect(m_actions, &MainActions::searchRequested, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
        if (!m_searchField->text().isEmpty())
            m_tabs->showSearchTab();
    });
}

void MainWindow::showProblem(const QString& title, const QString& message)
{
    if (m_interactive)
        QMessageBox::warning(this, title, message);
    else
        statusBar()->showMessage(message);
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
    if (m_holdingReaders && watched == windowHandle() && event->type() == QEvent::Expose &&
        windowHandle()->isExposed())
        QMetaObject::invokeMethod(this, &MainWindow::releaseReaders, Qt::QueuedConnection);
    // Down from the search field goes to its results, as in a completer.
    SearchView* search = m_tabs->search();
    if (watched == m_searchField && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down && search->model()->rowCount() > 0) {
        m_tabs->showSearchTab();
        search->table()->setFocus();
        search->table()->setCurrentIndex(search->model()->index(0, 0));
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::updateTitle()
{
    if (const Workspace* open = workspace()) {
        const QString path = QString::fromStdString(open->path().string());
        setWindowTitle(tr("%1[*] — Keystone").arg(QFileInfo(path).fileName()));
        setWindowFilePath(path);
    } else {
        setWindowTitle(tr("Keystone"));
        setWindowFilePath(QString());
    }
    setWindowModified(m_tabs->hasUnsavedChanges());
}

void MainWindow::updateStatus()
{
    const Workspace* open = workspace();
    if (!open) {
        m_pathLabel->setText(tr("No database open"));
        m_countsReader->stop();
        m_countsLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(QString::fromStdString(open->path().string())));
    // Counted on the worker; until the answer comes the previous counts stay, or, for a
    // database just opened, the label says that they are being counted.
    if (m_countsLabel->text().isEmpty())
        m_countsLabel->setText(tr("Counting…"));
    m_countsReader->request(open->path(), m_clock);
}

void MainWindow::updateActions()
{
    const bool open = workspace() != nullptr;
    m_actions->updateActions(open);
    m_searchField->setEnabled(open);
    m_interchange->updateActions();
    m_reports->updateActions();
}

void MainWindow::reloadViews()
{
    if (!workspace())
        return;
    // Exceptions must not cross the event loop: a failed read is reported, not fatal.
    try {
        m_tabs->refresh();
        updateStatus();
    } catch (const std::exception& e) {
        if (m_interactive)
            QMessageBox::warning(this, tr("Cannot Refresh"), errorText(e));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_session->close()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    event->accept();
}

} // namespace keystone::gui
