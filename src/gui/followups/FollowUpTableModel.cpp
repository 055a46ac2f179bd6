#include "gui/followups/FollowUpTableModel.h"

#include "gui/common/Labels.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

namespace keystone::gui {

FollowUpTableModel::FollowUpTableModel(Scope scope, QObject* parent)
    : QAbstractTableModel(parent), m_scope(scope)
{
}

void FollowUpTableModel::setFollowUps(const std::vector<FollowUp>& followUps, Date today)
{
    std::vector<FollowUpListRow> rows;
    rows.reserve(followUps.size());
    for (const auto& f : followUps)
        rows.push_back({f, {}, {}, {}}); // no manager filter within one account
    setRows(std::move(rows), today);
}

void FollowUpTableModel::setRows(std::vector<FollowUpListRow> rows, Date today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    choose();
    endResetModel();
}

void FollowUpTableModel::setManager(qlonglong manager)
{
    beginResetModel();
    m_manager = manager;
    choose();
    endResetModel();
}

void FollowUpTableModel::removeFollowUp(FollowUpId id)
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

void FollowUpTableModel::choose()
{
    m_shown.clear();
    m_shown.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_manager == AllManagers || m_rows[i].managerId.value_or(Nobody) == m_manager)
            m_shown.push_back(i);
}

int FollowUpTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_scope == Scope::OneAccount ? Kind + 1 : ColumnCount;
}

// How a cell looks (colour, weight, tip), apart from its text.
QVariant FollowUpTableModel::look(const FollowUp& f, int column, int role) const
{
    const bool overdue = f.isOverdue(m_today);
    switch (role) {
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(overdueColor());
        if (f.done)
            return QBrush(QColor(0x70, 0x70, 0x70));
        return {};
    case Qt::FontRole: {
        // Across accounts, what is due today is the day's work: it stands out too.
        const bool today = m_scope == Scope::AcrossAccounts && f.dueDate == m_today;
        // A commitment is a promise to the customer, the follow-up most dangerous to miss: its kind and
        // title stand out in every list.
        const bool promise = f.kind == FollowUpKind::Commitment && (column == Kind || column == Title);
        if (((overdue || today) && column == State) || promise) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    case Qt::ToolTipRole:
        return f.notes.empty() ? QVariant() : QVariant(toQString(f.notes));
    default:
        return {};
    }
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FollowUpListRow& row = rowAt(index.row());
    const FollowUp& f = row.followUp;
    if (role == AccountIdRole)
        return static_cast<qlonglong>(f.accountId);
    if (role != Qt::DisplayRole)
        return look(f, index.column(), role);
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
