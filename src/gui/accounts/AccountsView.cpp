#include "gui/accounts/AccountsView.h"

#include "app/AccountBulk.h"
#include "app/AccountColumns.h"
#include "app/TableExport.h"
#include "app/Workspace.h"
#include "domain/Text.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/ExportListDialog.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/common/TableViews.h"
#include "ui_AccountsView.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <map>
#include <set>

#include <algorithm>

namespace keystone::gui {

namespace {
// An owner choice of 0 means "no manager"; -1 (not stored) means "any".
constexpr qlonglong kAnyOwner = -1;
// Column widths, order, visibility and sorting, kept between starts.
const QString kHeaderKey = QStringLiteral("accounts/header");
} // namespace

AccountsView::AccountsView(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AccountsView>()), m_model(new AccountTableModel(this)),
      m_filter(new AccountFilterModel(this)), m_filterDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_filter->setAccounts(m_model);
    m_ui->accountTable->setModel(m_filter);
    makeCompact(m_ui->accountTable);
    m_ui->accountTable->sortByColumn(AccountTableModel::Name, Qt::AscendingOrder);
    auto* header = m_ui->accountTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(AccountTableModel::Name, 300);
    header->resizeSection(AccountTableModel::Reference, 110);
    // As wide as the longest status in the user's language ("Потенциальный").
    int statusWidth = 100;
    for (const auto& entry : EnumKeys<AccountStatus>::table)
        statusWidth = std::max(statusWidth, m_ui->accountTable->fontMetrics().horizontalAdvance(
                                                statusLabel(entry.value)) + 16);
    header->resizeSection(AccountTableModel::Status, statusWidth);
    header->resizeSection(AccountTableModel::Owner, 170);
    header->resizeSection(AccountTableModel::Kinds, 200);
    header->restoreState(QSettings().value(kHeaderKey).toByteArray());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &AccountsView::showHeaderMenu);

    m_ui->statusCombo->addItem(tr("Any"));
    for (const auto& entry : EnumKeys<AccountStatus>::table)
        m_ui->statusCombo->addItem(statusLabel(entry.value), static_cast<int>(entry.value));

    // Typing restarts a short timer so that a fast typist filters once, not per key.
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(120);
    connect(m_filterDelay, &QTimer::timeout, this, &AccountsView::applyFilter);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &AccountsView::applyFilter);
    connect(m_ui->ownerCombo, &QComboBox::currentIndexChanged, this, &AccountsView::applyFilter);
    for (auto* combo : {m_ui->kindCombo, m_ui->cellCombo, m_ui->countryCombo, m_ui->tagCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &AccountsView::applyFilter);
    m_ui->kindCombo->addItem(tr("Any"));
    for (const auto& entry : EnumKeys<KeyAccountKind>::table)
        m_ui->kindCombo->addItem(kindLabel(entry.value), static_cast<int>(entry.value));
    m_ui->accountTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_ui->accountTable, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (m_contextActions.isEmpty() && !m_createAction)
            return;
        QMenu menu(this);
        if (m_createAction) {
            menu.addAction(m_createAction);
            menu.addSeparator();
        }
        menu.addActions(m_contextActions);
        menu.exec(m_ui->accountTable->viewport()->mapToGlobal(pos));
    });
    connect(m_ui->accountTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccountsView::selectionChanged);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AccountsView::exportList);
    // Enter in the filter field goes to the first match, where Enter again opens it.
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_filter->rowCount() == 0)
            return;
        m_ui->accountTable->setCurrentIndex(m_filter->index(0, AccountTableModel::Name));
        m_ui->accountTable->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->demoButton, &QPushButton::clicked, this, &AccountsView::demoRequested);
    connect(m_ui->accountTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit accountActivated(index.data(AccountTableModel::AccountIdRole).toLongLong());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AccountsView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AccountsView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AccountsView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AccountsView::updateCount);
    setFocusProxy(m_ui->filterEdit);
}

AccountsView::~AccountsView()
{
    ++m_loadGeneration; // an answer still on its way is dropped
    waitForLoader();
    QSettings().setValue(kHeaderKey, m_ui->accountTable->horizontalHeader()->saveState());
}

void AccountsView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    // A list hidden in a window on screen (behind the dashboard, the start screen of a database
    // that holds accounts) is read when first shown: reading it now would only delay the window's
    // first paint. Off screen altogether (a window not shown yet) it reads at once. Nothing of the
    // previous database stays meanwhile.
    if (m_workspace && !isVisible() && window()->isVisible()) {
        ++m_loadGeneration; // an answer still on its way is for the previous database
        m_loading = false;
        m_pendingSelection.reset();
        m_model->setRows({});
        m_stale = true;
        return;
    }
    reload();
}

void AccountsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_stale)
        return;
    try {
        reload();
    } catch (const std::exception& e) {
        // Read again when next shown; an exception must not leave an event handler.
        m_stale = true;
        m_ui->pages->setCurrentWidget(m_ui->listPage);
        m_ui->countLabel->setText(tr("The accounts could not be read: %1").arg(errorText(e)));
    }
}

void AccountsView::setCreateAction(QAction* action)
{
    m_createAction = action;
    connect(m_ui->newAccountButton, &QPushButton::clicked, action, &QAction::trigger);
}

void AccountsView::reload()
{
    m_stale = false;
    ++m_loadGeneration; // a paged load still running is for the list as it was
    m_loading = false;
    m_pendingSelection.reset();
    const QSignalBlocker blocker(m_ui->ownerCombo);
    const QVariant previousOwner = m_ui->ownerCombo->currentData();
    m_ui->ownerCombo->clear();
    m_ui->ownerCombo->addItem(tr("Any"), kAnyOwner);
    m_ui->ownerCombo->addItem(tr("Nobody"), qlonglong{0});
    if (!m_workspace) {
        m_model->setRows({});
        fillChoices();
        m_ui->pages->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    // Up to the paged-load threshold everything is read here: say that we are busy.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    for (const auto& m : m_workspace->store().managers().list())
        m_ui->ownerCombo->addItem(toQString(m.name), static_cast<qlonglong>(m.id));
    if (const int i = m_ui->ownerCombo->findData(previousOwner); i >= 0)
        m_ui->ownerCombo->setCurrentIndex(i);
    AccountQuery query;
    query.includeArchived = m_showArchived;
    // Whether the list is large is asked of the name index, archived accounts included; a
    // count would read every account before the window could paint. The worker counts.
    if (!m_workspace->hasMoreAccountsThan(m_pagedThreshold, true)) {
        m_model->setRows(m_workspace->listAccounts(query), latestSegmentCells(m_workspace->store()));
    } else {
        // The first screen by name (the index's order) now, everything else from the worker.
        AccountQuery firstPage = query;
        firstPage.limit = m_firstPage;
        m_loading = true;
        m_expected = -1; // until the worker has counted
        m_model->setRows(m_workspace->listAccounts(firstPage));
        startLoader(query);
    }
    fillChoices();
    applyFilter();
    m_ui->pages->setCurrentWidget(m_model->rowCount() == 0 ? m_ui->emptyPage : m_ui->listPage);
    if (!m_loading)
        emit loaded();
}

void AccountsView::waitForLoader()
{
    if (!m_loader)
        return;
    m_loader->wait();
    delete m_loader;
    m_loader = nullptr;
}

void AccountsView::startLoader(const AccountQuery& query)
{
    waitForLoader(); // an earlier one finishes; its answer is dropped by generation
    const quint64 generation = m_loadGeneration;
    const std::filesystem::path path = m_workspace->path();
    const Clock& clock = m_workspace->clock();
    m_loader = QThread::create([this, generation, path, &clock, query] {
        auto entries = std::make_shared<std::vector<AccountTableModel::Entry>>();
        QString error;
        try {
            OpenOptions options;
            options.readOnly = true;
            options.create = false;
            Workspace reader(path, clock, options);
            const std::int64_t total = reader.store().accounts().count(query);
            QMetaObject::invokeMethod(
                this, [this, generation, total] { showExpected(generation, total); }, Qt::QueuedConnection);
            *entries = AccountTableModel::prepare(reader.listAccounts(query), latestSegmentCells(reader.store()));
        } catch (const std::exception& e) {
            error = errorText(e);
        }
        // Runs in the view's thread; dropped if the view is gone (it waits for this thread first).
        QMetaObject::invokeMethod(
            this, [this, generation, entries, error] { finishLoad(generation, std::move(*entries), error); },
            Qt::QueuedConnection);
    });
    m_loader->start();
}

void AccountsView::showExpected(quint64 generation, std::int64_t total)
{
    if (generation != m_loadGeneration || !m_loading)
        return;
    m_expected = total;
    updateCount();
}

void AccountsView::finishLoad(quint64 generation, std::vector<AccountTableModel::Entry> entries, const QString& error)
{
    if (generation != m_loadGeneration || !m_workspace)
        return;
    const auto selected = m_pendingSelection.value_or(selectedAccountIds());
    m_pendingSelection.reset();
    m_loading = false;
    // Exceptions must not cross the event loop: a failed read falls back to reading here.
    try {
        if (!error.isEmpty()) {
            AccountQuery query;
            query.includeArchived = m_showArchived;
            entries = AccountTableModel::prepare(m_workspace->listAccounts(query), latestSegmentCells(m_workspace->store()));
        }
        m_model->setEntries(std::move(entries));
    } catch (const std::exception& e) {
        m_ui->countLabel->setText(errorText(e));
        return;
    }
    fillChoices();
    applyFilter();
    if (!selected.empty())
        selectAccounts(selected);
    emit loaded();
}

void AccountsView::fillChoices()
{
    // The cells, countries and tags that occur, each once, sorted folded; a choice
    // made before a reload is kept when it still occurs.
    std::map<std::string, QString> cells, countries, tags;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto& account = m_model->accountRow(r).account;
        if (!m_model->cell(r).empty())
            cells.emplace(m_model->cell(r), toQString(m_model->cell(r)));
        if (!m_model->countryKey(r).empty())
            countries.emplace(m_model->countryKey(r), toQString(trim(account.country)));
        for (std::size_t t = 0; t < account.tags.size(); ++t)
            tags.emplace(m_model->tagKeys(r)[t], toQString(trim(account.tags[t])));
    }
    const auto refill = [](QComboBox* combo, const std::map<std::string, QString>& values) {
        const QSignalBlocker blocker(combo);
        const QString previous = combo->currentData().toString();
        combo->clear();
        combo->addItem(tr("Any"), QString());
        for (const auto& [key, label] : values)
            combo->addItem(label, label);
        if (const int i = combo->findData(previous); i >= 0)
            combo->setCurrentIndex(i);
        combo->setEnabled(!values.empty());
    };
    refill(m_ui->cellCombo, cells);
    refill(m_ui->countryCombo, countries);
    refill(m_ui->tagCombo, tags);
    m_ui->cellCombo->setToolTip(cells.empty() ? tr("No segmentation has been saved yet")
                                              : tr("Accounts in this cell of the latest saved segmentation"));
}

QTableView* AccountsView::table() const
{
    return m_ui->accountTable;
}

std::vector<AccountId> AccountsView::selectedAccountIds() const
{
    auto rows = m_ui->accountTable->selectionModel()->selectedRows(AccountTableModel::Name);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    std::vector<AccountId> ids;
    ids.reserve(static_cast<std::size_t>(rows.size()));
    for (const auto& index : rows)
        ids.push_back(index.data(AccountTableModel::AccountIdRole).toLongLong());
    return ids;
}

void AccountsView::selectAccounts(const std::vector<AccountId>& ids)
{
    if (m_loading)
        m_pendingSelection = ids; // again once every row is in
    const std::set<AccountId> wanted(ids.begin(), ids.end());
    QItemSelection selection;
    int first = -1;
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex index = m_filter->index(r, 0);
        if (!wanted.count(index.data(AccountTableModel::AccountIdRole).toLongLong()))
            continue;
        selection.select(index, index);
        if (first < 0)
            first = r;
    }
    auto* selectionModel = m_ui->accountTable->selectionModel();
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first >= 0) {
        selectionModel->setCurrentIndex(m_filter->index(first, 0), QItemSelectionModel::NoUpdate);
        m_ui->accountTable->scrollTo(m_filter->index(first, 0));
    }
}

void AccountsView::setShowArchived(bool show)
{
    if (show == m_showArchived)
        return;
    m_showArchived = show;
    reload();
}

void AccountsView::applyFilter()
{
    m_filterDelay->stop();
    m_filter->setText(m_ui->filterEdit->text());
    const QVariant status = m_ui->statusCombo->currentData();
    m_filter->setStatus(status.isValid() ? std::optional(static_cast<AccountStatus>(status.toInt()))
                                         : std::nullopt);
    const qlonglong owner = m_ui->ownerCombo->currentData().toLongLong();
    m_filter->setOwner(owner == kAnyOwner || !m_ui->ownerCombo->currentData().isValid()
                           ? std::nullopt
                           : std::optional<ManagerId>(owner));
    const QVariant kind = m_ui->kindCombo->currentData();
    m_filter->setKind(kind.isValid() ? std::optional(static_cast<KeyAccountKind>(kind.toInt())) : std::nullopt);
    m_filter->setCell(m_ui->cellCombo->currentData().toString());
    m_filter->setCountry(m_ui->countryCombo->currentData().toString());
    m_filter->setTag(m_ui->tagCombo->currentData().toString());
    updateCount();
}

void AccountsView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const QLocale locale;
    if (m_loading) {
        m_ui->countLabel->setText(m_expected < 0 ? tr("Loading all accounts; %1 shown so far…").arg(locale.toString(shown))
                                                 : tr("Loading all %1 accounts; %2 shown so far…")
                                                       .arg(locale.toString(m_expected), locale.toString(shown)));
        m_ui->exportButton->setEnabled(false);
        return;
    }
    if (shown == 0 && all > 0)
        m_ui->countLabel->setText(tr("No account matches the filter; %Ln account(s) in all.", nullptr, all));
    else if (shown == all)
        m_ui->countLabel->setText(tr("%Ln account(s)", nullptr, all));
    else
        m_ui->countLabel->setText(tr("%1 of %2 accounts").arg(locale.toString(shown), locale.toString(all)));
    m_ui->exportButton->setEnabled(shown > 0);
}

void AccountsView::showHeaderMenu(const QPoint& pos)
{
    auto* header = m_ui->accountTable->horizontalHeader();
    QMenu menu(this);
    for (int c = 0; c < AccountTableModel::ColumnCount; ++c) {
        auto* action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // The name identifies the row; it always stays.
        action->setEnabled(c != AccountTableModel::Name);
        connect(action, &QAction::toggled, header,
                [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

Table AccountsView::visibleTable() const
{
    const auto* header = m_ui->accountTable->horizontalHeader();
    std::vector<std::string_view> keys;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            keys.push_back(AccountTableModel::columnKey(static_cast<AccountTableModel::Column>(logical)));
    }
    std::vector<AccountListRow> rows;
    rows.reserve(static_cast<std::size_t>(m_filter->rowCount()));
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows.push_back(m_model->accountRow(m_filter->mapToSource(m_filter->index(r, 0)).row()));
    return makeTable(selectColumns(accountColumns(), keys), rows);
}

void AccountsView::exportVisible(const std::filesystem::path& file, const csv::WriterOptions& options) const
{
    exportCsv(visibleTable(), file, options);
}

void AccountsView::exportList()
{
    ExportListDialog dialog(m_filter->rowCount(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        exportVisible(dialog.file(), dialog.options());
    } catch (const std::exception& e) {
        QMessageBox::warning(
            this, tr("Export Failed"),
            tr("The list was not exported to %1: %2")
                .arg(QString::fromStdString(dialog.file().string()), errorText(e)));
    }
}

void AccountsView::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

bool AccountsView::filterPending() const
{
    return m_filterDelay->isActive();
}

} // namespace keystone::gui
