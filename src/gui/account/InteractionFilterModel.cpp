#include "gui/account/InteractionFilterModel.h"

#include "gui/account/InteractionTableModel.h"

#include <algorithm>

namespace keystone::gui {

InteractionFilterModel::InteractionFilterModel(InteractionTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

void InteractionFilterModel::setKind(std::optional<InteractionKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void InteractionFilterModel::setContact(std::optional<ContactId> contact)
{
    if (contact == m_contact)
        return;
    m_contact = contact;
    invalidateRowsFilter();
}

bool InteractionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const Interaction& i = m_source->interactionAt(sourceRow);
    if (m_kind && i.kind != *m_kind)
        return false;
    if (m_contact && std::find(i.contactIds.begin(), i.contactIds.end(), *m_contact) == i.contactIds.end())
        return false;
    return true;
}

} // namespace keystone::gui
