#include "gui/contacts/ContactFilterModel.h"

#include "domain/Text.h"
#include "gui/common/Labels.h"
#include "gui/contacts/ContactListModel.h"

namespace keystone::gui {

ContactFilterModel::ContactFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void ContactFilterModel::setContacts(ContactListModel* model)
{
    m_contacts = model;
    setSourceModel(model);
}

void ContactFilterModel::setText(const QString& text)
{
    FilterWords query = filterWords(text);
    if (query.folded == m_text)
        return;
    m_text = std::move(query.folded);
    m_words = std::move(query.words);
    invalidateFilter();
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
    const std::string& key = m_contacts->searchKey(sourceRow);
    for (const auto& word : m_words)
        if (key.find(word) == std::string::npos)
            return false;
    return true;
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
    const int c = m_contacts->sortKey(left.row(), column).compare(m_contacts->sortKey(right.row(), column));
    if (c != 0)
        return c < 0;
    // Equal keys: by name, then id, so the order is stable and total.
    const int n = m_contacts->sortKey(left.row(), ContactListModel::Name)
                      .compare(m_contacts->sortKey(right.row(), ContactListModel::Name));
    return n != 0 ? n < 0 : a.id < b.id;
}

} // namespace keystone::gui
