#include "gui/segments/ReportList.h"

#include "app/TableExport.h"
#include "gui/accounts/ExportListDialog.h"
#include "gui/common/ProblemText.h"
#include "gui/common/TableViews.h"
#include "ui_ReportList.h"

#include <QHeaderView>
#include <QMessageBox>

namespace keystone::gui {

ReportList::ReportList(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ReportList>()), m_model(new ReportTableModel(this)),
      m_filter(new ReportFilterModel(this))
{
    m_ui->setupUi(this);
    m_filter->setReport(m_model);
    m_ui->table->setModel(m_filter);
    makeCompact(m_ui->table);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->horizontalHeader()->setSortIndicatorShown(true);
    m_ui->titleLabel->hide();
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, &ReportList::setFilterText);
    connect(m_ui->filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 0)
            return;
        m_ui->table->setCurrentIndex(m_filter->index(0, 0));
        m_ui->table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportList::exportList);
    connect(m_ui->table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const AccountId id = index.data(ReportTableModel::AccountIdRole).toLongLong();
        if (id != 0)
            emit accountActivated(id);
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReportList::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ReportList::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ReportList::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ReportList::updateCount);
    updateCount();
}

ReportList::~ReportList() = default;

QTableView* ReportList::table() const
{
    return m_ui->table;
}

void ReportList::setTitle(const QString& title)
{
    m_ui->titleLabel->setText(title);
    m_ui->titleLabel->setVisible(!title.isEmpty());
}

void ReportList::setTable(Table table, std::vector<ReportTableModel::ColumnSpec> columns,
                          std::vector<AccountId> accountIds)
{
    const bool first = m_model->columnCount() == 0;
    m_model->setTable(std::move(table), std::move(columns), std::move(accountIds));
    if (first && m_model->columnCount() > 0)
        m_ui->table->sortByColumn(-1, Qt::AscendingOrder); // the order given, until a header is clicked
    if (m_model->rowCount() > 0)
        m_ui->table->resizeColumnsToContents();
    updateCount();
}

void ReportList::setFilterText(const QString& text)
{
    if (m_ui->filterEdit->text() != text)
        m_ui->filterEdit->setText(text);
    m_filter->setText(text);
    updateCount();
}

void ReportList::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    if (all == 0)
        m_ui->countLabel->setText(m_emptyText);
    else if (shown == all)
        m_ui->countLabel->setText(tr("%Ln row(s)", nullptr, all));
    else
        m_ui->countLabel->setText(tr("%1 of %Ln row(s)", nullptr, all).arg(shown));
    m_ui->exportButton->setEnabled(shown > 0);
}

void ReportList::exportVisible(const std::filesystem::path& file, const csv::WriterOptions& options) const
{
    exportCsv(m_filter->visibleTable(), file, options);
}

void ReportList::exportList()
{
    ExportListDialog dialog(m_filter->rowCount(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        exportVisible(dialog.file(), dialog.options());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("The list was not exported to %1: %2")
                                 .arg(QString::fromStdString(dialog.file().string()), errorText(e)));
    }
}

} // namespace keystone::gui
