#include "gui/accounts/AccountsView.h"

#include "app/AccountColumns.h"
#include "app/TableExport.h"
#include "app/Workspace.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/accounts/ExportListDialog.h"
#include "gui/common/Labels.h"
#include "gui/common/TableViews.h"
#include "ui_AccountsView.h"

#include <QApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QTimer>

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
    QSettings().setValue(kHeaderKey, m_ui->accountTable->horizontalHeader()->saveState());
}

void AccountsView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    reload();
}

void AccountsView::reload()
{
    const QSignalBlocker blocker(m_ui->ownerCombo);
    const QVariant previousOwner = m_ui->ownerCombo->currentData();
    m_ui->ownerCombo->clear();
    m_ui->ownerCombo->addItem(tr("Any"), kAnyOwner);
    m_ui->ownerCombo->addItem(tr("Nobody"), qlonglong{0});
    if (!m_workspace) {
        m_model->setRows({});
        m_ui->pages->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    // About a second at 50,000 accounts, most of it the query: say that we are busy.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto restoreCursor = qScopeGuard([] { QApplication::restoreOverrideCursor(); });
    for (const auto& m : m_workspace->store().managers().list())
        m_ui->ownerCombo->addItem(toQString(m.name), static_cast<qlonglong>(m.id));
    if (const int i = m_ui->ownerCombo->findData(previousOwner); i >= 0)
        m_ui->ownerCombo->setCurrentIndex(i);
    m_model->setRows(m_workspace->listAccounts(AccountQuery{}));
    applyFilter();
    m_ui->pages->setCurrentWidget(m_model->rowCount() == 0 ? m_ui->emptyPage : m_ui->listPage);
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
    updateCount();
}

void AccountsView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const QLocale locale;
    if (shown == 0 && all > 0)
        m_ui->countLabel->setText(tr("No account matches the filter; %n account(s) in all.", nullptr, all));
    else if (shown == all)
        m_ui->countLabel->setText(tr("%n account(s)", nullptr, all));
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
                .arg(QString::fromStdString(dialog.file().string()), QString::fromUtf8(e.what())));
    }
}

void AccountsView::focusFilter()
{
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

} // namespace keystone::gui
