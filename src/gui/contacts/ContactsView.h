// The Contacts tab: everyone at every account (not archived) in one table, with
// a filter as you type that folds case and marks for every script, sorting by
// any column, people who left hidden unless asked for; Enter, a double-click or
// Open Account opens the person's account on its People tab.
#pragma once

#include "app/Workspace.h"

#include <QWidget>
#include <memory>

class QTableView;

namespace Ui {
class ContactsView;
}

namespace keystone::gui {

class ContactFilterModel;
class ContactListModel;

class ContactsView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsView(QWidget* parent = nullptr);
    ~ContactsView() override;

    // nullptr when no database is open. The workspace must outlive the view or be unset first.
    void setWorkspace(Workspace* workspace);
    // Reads the contacts again, keeping the filter, the sorting and the selection where it can.
    void reload();
    // The data changed: read again now when shown, else the next time it is shown.
    void invalidate();
    void focusFilter();

    ContactListModel* contactModel() const { return m_model; }
    ContactFilterModel* filterModel() const { return m_filter; }
    QTableView* table() const;

signals:
    void contactActivated(keystone::AccountId account, keystone::ContactId contact);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateCount();
    void activateCurrent();

    std::unique_ptr<Ui::ContactsView> m_ui;
    Workspace* m_workspace = nullptr;
    ContactListModel* m_model;
    ContactFilterModel* m_filter;
    bool m_stale = false;
};

} // namespace keystone::gui
