#include "gui/account/ContactTableModel.h"

#include "gui/common/Labels.h"

#include <QFont>
#include <QPalette>

namespace keystone::gui {

ContactTableModel::ContactTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContactTableModel::setContacts(std::vector<Contact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& c = m_contacts[static_cast<std::size_t>(index.row())];
    if (role == Qt::FontRole && c.leftCompany) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && c.leftCompany)
        return tr("Has left the company");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name:
        return c.leftCompany ? tr("%1 (left)").arg(toQString(c.name)) : toQString(c.name);
    case Position:
        return toQString(c.position);
    case Role:
        return roleLabel(c.role);
    case Attitude:
        return attitudeLabel(c.attitude);
    case Influence:
        return c.influence;
    case Email:
        return toQString(c.email);
    case Phone:
        return c.phones.empty() ? QString() : toQString(c.phones.front().number);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Position:
        return tr("Position");
    case Role:
        return tr("Decision role");
    case Attitude:
        return tr("Attitude");
    case Influence:
        return tr("Influence");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
