#include "gui/contacts/ContactFilterModel.h"

#include "gui/contacts/ContactListModel.h"

namespace keystone::gui {

ContactFilterModel::ContactFilterModel(QObject* parent) : FoldedTextFilterModel(parent) {}

void ContactFilterModel::setContacts(ContactListModel* model)
{
    m_contacts = model;
    setSourceModel(model);
}

void ContactFilterModel::setShowLeft(bool show)
{
    if (show == m_showLeft)
        return;
    m_showLeft = show;
    invalidateFilter();
}

bool ContactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_contacts)
        return true;
    if (!m_showLeft && m_contacts->contactAt(sourceRow).contact.leftCompany)
        return false;
    return matchesText(sourceRow);
}

const std::string& ContactFilterModel::searchKey(int sourceRow) const
{
    return m_contacts->searchKey(sourceRow);
}

const std::string& ContactFilterModel::sortKey(int sourceRow, int column) const
{
    return m_contacts->sortKey(sourceRow, static_cast<ContactListModel::Column>(column));
}

bool ContactFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_contacts)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto column = static_cast<ContactListModel::Column>(left.column());
    const auto& a = m_contacts->contactAt(left.row()).contact;
    const auto& b = m_contacts->contactAt(right.row()).contact;
    // The vocabularies sort in their own order (decision maker before user), not by label.
    if (column == ContactListModel::Role && a.role != b.role)
        return a.role < b.role;
    if (column == ContactListModel::Attitude && a.attitude != b.attitude)
        return a.attitude < b.attitude;
    if (column == ContactListModel::Left && a.leftCompany != b.leftCompany)
        return a.leftCompany < b.leftCompany;
    return lessByKeys(left.row(), right.row(), column, ContactListModel::Name, a.id, b.id);
}

} // namespace keystone::gui
