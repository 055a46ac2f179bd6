#include "gui/dashboard/DashboardSectionModel.h"

#include "gui/common/Labels.h"

#include <QBrush>
#include <QFont>
#include <algorithm>

namespace keystone::gui {

DashboardSectionModel::DashboardSectionModel(QStringList headers, QObject* parent)
    : QAbstractTableModel(parent), m_headers(std::move(headers))
{
}

void DashboardSectionModel::setItems(std::vector<Item> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int DashboardSectionModel::overdueCount() const
{
    return static_cast<int>(std::count_if(m_items.begin(), m_items.end(), [](const Item& i) { return i.overdue; }));
}

int DashboardSectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int DashboardSectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant DashboardSectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < item.cells.size() ? item.cells.at(index.column()) : QString();
    case Qt::ToolTipRole:
        return item.toolTip.isEmpty() ? QVariant() : QVariant(item.toolTip);
    case Qt::ForegroundRole:
        return item.overdue ? QVariant(QBrush(overdueColor())) : QVariant();
    case Qt::FontRole:
        if (index.column() == item.emphasisedColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case AccountIdRole:
        return static_cast<qlonglong>(item.accountId);
    case FollowUpIdRole:
        return static_cast<qlonglong>(item.followUpId);
    case OverdueRole:
        return item.overdue;
    default:
        return {};
    }
}

QVariant DashboardSectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace keystone::gui
