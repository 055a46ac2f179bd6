// Filters and sorts the Contacts screen in memory: every word typed must occur in
// the contact's folded name, account, title, department, e-mail or phones
// (gui/common/FoldedTextFilterModel), and people who left are hidden unless asked for.
#pragma once

#include "gui/common/FoldedTextFilterModel.h"

namespace keystone::gui {

class ContactListModel;

class ContactFilterModel : public FoldedTextFilterModel
{
    Q_OBJECT
public:
    explicit ContactFilterModel(QObject* parent = nullptr);

    void setContacts(ContactListModel* model);
    void setShowLeft(bool show);
    bool showsLeft() const { return m_showLeft; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    const std::string& searchKey(int sourceRow) const override;
    const std::string& sortKey(int sourceRow, int column) const override;

private:
    ContactListModel* m_contacts = nullptr;
    bool m_showLeft = false;
};

} // namespace keystone::gui
