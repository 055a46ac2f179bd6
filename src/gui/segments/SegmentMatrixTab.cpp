#include "gui/segments/SegmentMatrixTab.h"

#include "app/AnalyticsColumns.h"
#include "gui/common/Labels.h"
#include "gui/segments/ReportList.h"
#include "gui/segments/SegmentListColumns.h"
#include "gui/segments/SegmentMatrixModel.h"
#include "gui/segments/SegmentsWorker.h"
#include "ui_SegmentMatrixTab.h"

#include <QHeaderView>
#include <QLocale>
#include <array>

namespace keystone::gui {

SegmentMatrixTab::SegmentMatrixTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SegmentMatrixTab>()), m_matrix(new SegmentMatrixModel(this))
{
    m_ui->setupUi(this);
    m_ui->matrixTable->setModel(m_matrix);
    m_ui->matrixTable->setWordWrap(true);
    m_ui->matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->matrixTable->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->matrixTable->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_ui->matrixTable->verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
    // The chosen cell is drawn in bold by the model: a selection colour would hide its heat colour.
    m_ui->matrixTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_ui->cellAccounts->setEmptyText(tr("No accounts in this cell."));
    connect(m_ui->cellAccounts, &ReportList::accountActivated, this, &SegmentMatrixTab::accountActivated);

    const auto cellChosen = [this](const QModelIndex& index) {
        if (index.isValid())
            showCell(index.row(), index.column());
    };
    connect(m_ui->matrixTable, &QTableView::clicked, this, cellChosen);
    connect(m_ui->matrixTable->selectionModel(), &QItemSelectionModel::currentChanged, this, cellChosen);
    connect(m_ui->unclassifiedButton, &QPushButton::clicked, this, &SegmentMatrixTab::showUnclassified);
    m_ui->suggestionLabel->setText(tr("Choose a cell of the matrix."));
}

SegmentMatrixTab::~SegmentMatrixTab() = default;

ReportList* SegmentMatrixTab::cellList() const
{
    return m_ui->cellAccounts;
}

void SegmentMatrixTab::showAnswer(const SegmentsAnswer* answer)
{
    m_answer = answer;
    if (!answer) {
        m_listedCell.clear();
        m_matrix->clear();
        m_ui->unclassifiedLabel->clear();
        m_ui->unclassifiedButton->setEnabled(false);
        m_ui->cellAccounts->setTable({}, {});
        return;
    }
    const auto& result = answer->result;
    const int unclassified = static_cast<int>(result.unclassified.size());
    m_matrix->setResult(result);
    std::array<int, 3> reasons{};
    for (const auto& u : result.unclassified)
        ++reasons[static_cast<std::size_t>(u.reason)];
    m_ui->unclassifiedLabel->setText(
        unclassified == 0 ? tr("Every account is classified.")
                          : tr("Not classified: %Ln account(s) (no sales %1, net zero %2, net negative %3).",
                               nullptr, unclassified)
                                .arg(reasons[0])
                                .arg(reasons[1])
                                .arg(reasons[2]));
    m_ui->unclassifiedButton->setEnabled(unclassified > 0);
    // Keep showing the cell the user was looking at; start with AX.
    if (m_listedCell == QLatin1String("unclassified")) {
        showUnclassified();
        return;
    }
    const QString cell = m_listedCell.isEmpty() ? QStringLiteral("AX") : m_listedCell;
    const int row = cell.at(0).unicode() - u'A';
    const int column = cell.at(1).unicode() - u'X';
    const QSignalBlocker blocker(m_ui->matrixTable->selectionModel());
    m_ui->matrixTable->setCurrentIndex(m_matrix->index(row, column));
    showCell(row, column);
}

void SegmentMatrixTab::showCell(int row, int column)
{
    if (!m_answer || row < 0 || row > 2 || column < 0 || column > 2)
        return;
    const QString cell = cellName(row, column);
    const std::string key = toStdString(cell);
    m_listedCell = cell;
    m_matrix->setChosen(row, column);
    const auto& result = m_answer->result;
    Table table;
    table.headers = {"account_name", "account_ref", "owner", "total", "share", "cv", "cell", "flags"};
    std::vector<AccountId> ids;
    for (const auto& r : result.rows) {
        if (r.cell() != key)
            continue;
        table.rows.push_back({textCell(r.name), textCell(r.ref),
                              textCell(toStdString(m_answer->owners.value(r.accountId))),
                              numberCell(r.total.toString()), numberCell(fixed(r.share, 6)),
                              numberCell(fixed(r.cv, 4)), textCell(r.cell()), textCell(r.flags())});
        ids.push_back(r.accountId);
    }
    const auto& summary = m_matrix->summary(row, column);
    m_ui->cellAccounts->setTable(
        table, segmentListColumns(table, result.parameters.measure == analytics::Measure::Margin), ids);
    m_ui->cellAccounts->setTitle(tr("%1: %Ln account(s), %2% of the total", nullptr, summary.accounts)
                                     .arg(cell, QLocale().toString(summary.share * 100, 'f', 2)));
    m_ui->suggestionBox->setTitle(tr("Suggested way of working in %1").arg(cell));
    m_ui->suggestionLabel->setText(cellSuggestion(cell));
}

void SegmentMatrixTab::showUnclassified()
{
    if (!m_answer)
        return;
    m_listedCell = QStringLiteral("unclassified");
    const auto& result = m_answer->result;
    Table table;
    table.headers = {"account_name", "account_ref", "owner", "total", "reason"};
    std::vector<AccountId> ids;
    for (const auto& u : result.unclassified) {
        table.rows.push_back(
            {textCell(u.name), textCell(u.ref), textCell(toStdString(m_answer->owners.value(u.accountId))),
             numberCell(u.total.toString()), textCell(std::string(analytics::toKey(u.reason)))});
        ids.push_back(u.accountId);
    }
    m_matrix->setChosen(-1, -1);
    m_ui->cellAccounts->setTable(
        table, segmentListColumns(table, result.parameters.measure == analytics::Measure::Margin), ids);
    m_ui->cellAccounts->setTitle(tr("Not classified: %Ln account(s) with no positive total in the window",
                                    nullptr, static_cast<int>(table.rows.size())));
    m_ui->suggestionBox->setTitle(tr("Suggested way of working"));
    m_ui->suggestionLabel->setText(tr("Not classified accounts bought nothing in the window, or returned as "
                                      "much as they bought. Check them "
                                      "in the Risk tab: they are lost, or about to be."));
}

} // namespace keystone::gui
