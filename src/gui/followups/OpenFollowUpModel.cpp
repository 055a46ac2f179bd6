#include "gui/followups/OpenFollowUpModel.h"

#include "gui/common/Labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace keystone::gui {

OpenFollowUpModel::OpenFollowUpModel(QObject* parent) : QAbstractTableModel(parent) {}

void OpenFollowUpModel::setRows(std::vector<FollowUpListRow> rows, Date today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    choose();
    endResetModel();
}

void OpenFollowUpModel::setManager(qlonglong manager)
{
    beginResetModel();
    m_manager = manager;
    choose();
    endResetModel();
}

void OpenFollowUpModel::removeFollowUp(FollowUpId id)
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [id](const FollowUpListRow& r) { return r.followUp.id == id; });
    if (found == m_rows.end())
        return;
    beginResetModel();
    m_rows.erase(found);
    choose();
    endResetModel();
}

void OpenFollowUpModel::choose()
{
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_manager == AllManagers || m_rows[i].managerId.value_or(Nobody) == m_manager)
            m_shown.push_back(i);
}

int OpenFollowUpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int OpenFollowUpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpenFollowUpModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpListRow& row = rowAt(index.row());
    const FollowUp& f = row.followUp;
    const bool overdue = f.isOverdue(m_today);
    const bool today = f.dueDate == m_today;
    switch (role) {
    case AccountIdRole:
        return static_cast<qlonglong>(f.accountId);
    case Qt::ForegroundRole:
        return overdue ? QVariant(QBrush(overdueColor())) : QVariant();
    case Qt::FontRole:
        if ((overdue || today) && index.column() == State) {
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
    case Account:
        return toQString(row.accountName);
    case Manager:
        return row.managerName.empty() ? tr("nobody") : toQString(row.managerName);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant OpenFollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case Account:
        return tr("Account");
    case Manager:
        return tr("Manager");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
