// An account tab's People (ui/AccountPeopleTab.ui): the account's contacts as a
// table and as an organisation chart, which select the same person, and the
// contact editor. Edits are written at once and handed on through `edited`.
#pragma once

#include "gui/account/AccountEditingTab.h"

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class AccountPeopleTab;
}

namespace keystone::gui {

class ContactEditor;
class ContactTableModel;
class OrgChart;

class AccountPeopleTab : public AccountEditingTab
{
    Q_OBJECT
public:
    AccountPeopleTab(Workspace& workspace, AccountEdits edits, QWidget* parent = nullptr);
    ~AccountPeopleTab() override;

    void showContacts(const std::vector<Contact>& contacts);
    // Selects the contact in the table and gives the table the focus.
    void showContact(ContactId id);
    // Opens the contact editor (window-modal, not blocking) for a new person or the given one.
    ContactEditor* addContact();
    ContactEditor* editContact(ContactId id);
    // The person selected in the table or the chart.
    std::optional<ContactId> selectedContact() const;
    void selectContact(ContactId id);
    // Marks the person as having left, or back; undoable. False when it failed.
    bool setContactLeft(ContactId id, bool left);
    OrgChart* orgChart() const { return m_orgChart; }

private:
    void connectSelection();
    void updateButtons();
    void saveContact(const Contact& contact);
    ContactEditor* openEditor(const Contact& contact);

    std::unique_ptr<Ui::AccountPeopleTab> m_ui;
    ContactTableModel* m_contacts;
    OrgChart* m_orgChart;
    std::vector<Contact> m_people;
};

} // namespace keystone::gui
