// Filters and sorts the Contacts screen in memory: every word typed must occur in
// the contact's folded name, account, title, department, e-mail or phones (so
// "иванов" finds "Иванов"), and people who left are hidden unless asked for.
#pragma once

#include <QSortFilterProxyModel>
#include <string>
#include <vector>

namespace keystone::gui {

class ContactListModel;

class ContactFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ContactFilterModel(QObject* parent = nullptr);

    void setContacts(ContactListModel* model);
    void setText(const QString& text);
    void setShowLeft(bool show);
    bool showsLeft() const { return m_showLeft; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ContactListModel* m_contacts = nullptr;
    std::string m_text; // folded
    std::vector<std::string> m_words;
    bool m_showLeft = false;
};

} // namespace keystone::gui
