// The interactions of one account narrowed to one kind and to those one person
// took part in; the order stays the source's (newest first).
#pragma once

#include "domain/Interaction.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace keystone::gui {

class InteractionTableModel;

class InteractionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InteractionFilterModel(InteractionTableModel* source, QObject* parent = nullptr);

    void setKind(std::optional<InteractionKind> kind);
    void setContact(std::optional<ContactId> contact);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    InteractionTableModel* m_source;
    std::optional<InteractionKind> m_kind;
    std::optional<ContactId> m_contact;
};

} // namespace keystone::gui
