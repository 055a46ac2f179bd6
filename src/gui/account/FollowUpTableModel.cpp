#include "gui/account/FollowUpTableModel.h"

#include "gui/common/Labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace keystone::gui {

FollowUpTableModel::FollowUpTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FollowUpTableModel::setFollowUps(std::vector<FollowUp> followUps, Date today)
{
    beginResetModel();
    m_followUps = std::move(followUps);
    m_today = today;
    endResetModel();
}

int FollowUpTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_followUps.size());
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& f = m_followUps[static_cast<std::size_t>(index.row())];
    const bool overdue = f.isOverdue(m_today);
    switch (role) {
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(overdueColor());
        if (f.done)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == State) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return f.notes.empty() ? QVariant() : QVariant(toQString(f.notes));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (static_cast<Column>(index.column())) {
    case Due:
        return formatDate(f.dueDate);
    case State:
        return followUpStateLabel(f, m_today);
    case Title:
        return toQString(f.title);
    case Kind:
        return followUpKindLabel(f.kind);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Due:
        return tr("Due");
    case State:
        return tr("State");
    case Title:
        return tr("Title");
    case Kind:
        return tr("Kind");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
