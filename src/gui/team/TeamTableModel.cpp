#include "gui/team/TeamTableModel.h"

#include "gui/common/Labels.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace keystone::gui {

void TeamTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TeamTableModel::rowOf(ManagerId id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].member.id == id)
            return static_cast<int>(i);
    return -1;
}

QString TeamTableModel::roleLabel(ManagerRole role)
{
    switch (role) {
    case ManagerRole::Lead:
        return tr("Sales lead");
    case ManagerRole::Admin:
        return tr("Administrator");
    case ManagerRole::Manager:
        break;
    }
    return tr("Account manager");
}

int TeamTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TeamTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& r = rowAt(index.row());
    if (role == Qt::ForegroundRole && !r.member.active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text); // history, not someone to give work to
    if (role == Qt::TextAlignmentRole && index.column() == Accounts)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return toQString(r.member.name);
    case Email:
        return toQString(r.member.email);
    case Role:
        return roleLabel(r.member.role);
    case Active:
        return r.member.active ? tr("Active") : tr("Deactivated");
    case Accounts:
        return QLocale().toString(static_cast<qlonglong>(r.accounts));
    default:
        return {};
    }
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Role");
    case Active:
        return tr("State");
    case Accounts:
        return tr("Accounts");
    default:
        return {};
    }
}

} // namespace keystone::gui
