#include "gui/segments/ReportTableModel.h"

#include "domain/Text.h"
#include "gui/common/Labels.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QStringList>

namespace keystone::gui {

namespace {

double numberOf(const Cell& cell)
{
    try {
        return cell.text.empty() ? 0.0 : std::stod(cell.text);
    } catch (const std::exception&) {
        return 0.0;
    }
}

QString display(const Cell& cell, ReportTableModel::Kind kind)
{
    if (cell.isNull || cell.text.empty())
        return {};
    const QLocale locale;
    switch (kind) {
    case ReportTableModel::Kind::Money:
        return locale.toString(numberOf(cell), 'f', 2);
    case ReportTableModel::Kind::Share:
        return QCoreApplication::translate("ReportTableModel", "%1%").arg(locale.toString(numberOf(cell) * 100, 'f', 2));
    case ReportTableModel::Kind::Number:
        return locale.toString(numberOf(cell), 'f', 2);
    case ReportTableModel::Kind::Index:
        return locale.toString(numberOf(cell), 'f', 4);
    case ReportTableModel::Kind::Count:
        return locale.toString(static_cast<qlonglong>(numberOf(cell)));
    case ReportTableModel::Kind::Text:
        break;
    }
    return toQString(cell.text);
}

} // namespace

ReportTableModel::ReportTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ReportTableModel::setTable(Table table, std::vector<ColumnSpec> columns, std::vector<AccountId> accountIds)
{
    beginResetModel();
    m_table = std::move(table);
    m_columns = std::move(columns);
    m_columns.resize(m_table.headers.size());
    m_ids = std::move(accountIds);
    m_emphasis.clear();
    m_ids.resize(m_table.rows.size(), 0);
    m_keys.clear();
    m_sort.clear();
    m_keys.reserve(m_table.rows.size());
    m_sort.reserve(m_table.rows.size());
    for (const auto& row : m_table.rows) {
        std::string key;
        std::vector<QVariant> sort;
        for (std::size_t c = 0; c < row.size() && c < m_columns.size(); ++c) {
            if (m_columns[c].kind == Kind::Text) {
                const std::string shown =
                    m_columns[c].label ? toStdString(m_columns[c].label(row[c].text)) : row[c].text;
                std::string folded = foldKey(shown);
                key += folded;
                key += '\n';
                sort.emplace_back(QByteArray::fromStdString(folded));
            } else {
                sort.emplace_back(row[c].isNull || row[c].text.empty() ? QVariant() : QVariant(numberOf(row[c])));
            }
        }
        m_keys.push_back(std::move(key));
        m_sort.push_back(std::move(sort));
    }
    endResetModel();
}

void ReportTableModel::setEmphasis(std::vector<bool> emphasis)
{
    m_emphasis = std::move(emphasis);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ForegroundRole, Qt::FontRole});
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.headers.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    const auto column = static_cast<std::size_t>(index.column());
    const Cell& cell = m_table.rows[row][column];
    const Kind kind = m_columns[column].kind;
    switch (role) {
    case Qt::DisplayRole:
        if (m_columns[column].label && !cell.isNull)
            return m_columns[column].label(cell.text);
        return display(cell, kind);
    case Qt::ForegroundRole:
        return row < m_emphasis.size() && m_emphasis[row] ? QVariant(QBrush(overdueColor())) : QVariant();
    case Qt::FontRole:
        if (row < m_emphasis.size() && m_emphasis[row]) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return kind == Kind::Text && !cell.text.empty() ? QVariant(toQString(cell.text)) : QVariant();
    case Qt::TextAlignmentRole:
        return kind == Kind::Text ? QVariant(int(Qt::AlignLeading | Qt::AlignVCenter))
                                  : QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter));
    case SortRole:
        return m_sort[row][column];
    case AccountIdRole:
        return static_cast<qlonglong>(m_ids[row]);
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns[static_cast<std::size_t>(section)].title;
    return {};
}

ReportFilterModel::ReportFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ReportTableModel::SortRole);
}

void ReportFilterModel::setReport(ReportTableModel* model)
{
    m_report = model;
    setSourceModel(model);
}

void ReportFilterModel::setText(const QString& text)
{
    std::vector<std::string> words = filterWords(text).words;
    if (words == m_words)
        return;
    m_words = std::move(words);
    invalidateFilter();
}

bool ReportFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_report || m_words.empty())
        return true;
    const std::string& key = m_report->filterKey(sourceRow);
    for (const auto& word : m_words)
        if (key.find(word) == std::string::npos)
            return false;
    return true;
}

bool ReportFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(ReportTableModel::SortRole);
    const QVariant b = right.data(ReportTableModel::SortRole);
    if (!a.isValid() || !b.isValid())
        return !a.isValid() && b.isValid(); // empty first
    if (a.typeId() == QMetaType::Double)
        return a.toDouble() < b.toDouble();
    return a.toByteArray() < b.toByteArray();
}

Table ReportFilterModel::visibleTable() const
{
    Table out;
    if (!m_report)
        return out;
    out.headers = m_report->table().headers;
    out.rows.reserve(static_cast<std::size_t>(rowCount()));
    for (int row = 0; row < rowCount(); ++row)
        out.rows.push_back(m_report->table().rows[static_cast<std::size_t>(mapToSource(index(row, 0)).row())]);
    return out;
}

} // namespace keystone::gui
