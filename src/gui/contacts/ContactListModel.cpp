#include "gui/contacts/ContactListModel.h"

#include "domain/Text.h"
#include "gui/common/Labels.h"

#include <QBrush>
#include <QPalette>
#include <algorithm>

namespace keystone::gui {

ContactListModel::ContactListModel(QObject* parent) : QAbstractTableModel(parent) {}

std::vector<ContactListModel::Entry> ContactListModel::prepare(std::vector<ContactListing> contacts)
{
    std::vector<Entry> entries;
    entries.reserve(contacts.size());
    for (auto& listing : contacts) {
        Entry row;
        QStringList phones;
        for (const auto& p : listing.contact.phones)
            phones << toQString(p.number);
        row.phones = phones.join(QStringLiteral(", "));
        row.listing = std::move(listing);
        for (int c = 0; c < ColumnCount; ++c)
            row.keys[c] = foldKey(toStdString(text(row, static_cast<Column>(c))));
        const Contact& contact = row.listing.contact;
        row.searchKey = foldKey(contact.name + ' ' + row.listing.accountName + ' ' + contact.position + ' ' +
                                contact.department + ' ' + contact.email + ' ' + toStdString(row.phones));
        entries.push_back(std::move(row));
    }
    return entries;
}

void ContactListModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

int ContactListModel::rowOf(ContactId id) const
{
    const auto found =
        std::find_if(m_rows.begin(), m_rows.end(), [id](const Entry& e) { return e.listing.contact.id == id; });
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

const std::string& ContactListModel::sortKey(int row, Column column) const
{
    return m_rows.at(static_cast<std::size_t>(row)).keys[column];
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ContactListModel::text(const Entry& row, Column column)
{
    const Contact& c = row.listing.contact;
    switch (column) {
    case Name:
        return toQString(c.name);
    case Account:
        return toQString(row.listing.accountName);
    case Title:
        return toQString(c.position);
    case Role:
        return roleLabel(c.role);
    case Attitude:
        return attitudeLabel(c.attitude);
    case Email:
        return toQString(c.email);
    case Phone:
        return row.phones;
    case Left:
        return c.leftCompany ? tr("Left") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, static_cast<Column>(index.column()));
    case Qt::ForegroundRole:
        // People who left are shown greyed, as history rather than someone to call.
        return row.listing.contact.leftCompany ? QVariant(QPalette().brush(QPalette::Disabled, QPalette::Text))
                                               : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Title && !row.listing.contact.department.empty())
            return toQString(row.listing.contact.department);
        return {};
    case AccountIdRole:
        return static_cast<qlonglong>(row.listing.contact.accountId);
    case ContactIdRole:
        return static_cast<qlonglong>(row.listing.contact.id);
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Account:
        return tr("Account");
    case Title:
        return tr("Title");
    case Role:
        return tr("Decision role");
    case Attitude:
        return tr("Attitude");
    case Email:
        return tr("E-mail");
    case Phone:
        return tr("Phone");
    case Left:
        return tr("Left");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
