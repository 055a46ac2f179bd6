// The Contacts tab: everyone at every account (not archived) in one table, with
// a filter as you type that folds case and marks for every script, sorting by
// any column, people who left hidden unless asked for; Enter, a double-click or
// Open Account opens the person's account on its People tab. A large database is
// read on a worker thread (gui/common/BackgroundReader): the tab shows at once and
// says that it is reading.
#pragma once

#include "app/Workspace.h"
#include "gui/contacts/ContactListModel.h"

#include <QWidget>
#include <cstdint>
#include <memory>
#include <vector>

class QTableView;

namespace Ui {
class ContactsView;
}

namespace keystone::gui {

class BackgroundReader;
class ContactFilterModel;

class ContactsView : public QWidget
{
    Q_OBJECT
public:
    explicit ContactsView(QWidget* parent = nullptr);
    ~ContactsView() override;

    // nullptr when no database is open. The workspace must outlive the view or be unset first.
    void setWorkspace(Workspace* workspace);
    // Reads the contacts again, keeping the filter, the sorting and the selection where it
    // can; throws what the app layer throws. A database with more accounts than the
    // background threshold is read on a worker thread over a read-only connection of its
    // own: the rows shown so far stay (none the first time, with a note that it is
    // reading; the filter applies once they are in) and are replaced when it is done.
    void reload();
    void setBackgroundThreshold(std::int64_t accounts) { m_backgroundThreshold = accounts; }
    // True while a background read is under way.
    bool isLoading() const;
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
    void showEntries(std::vector<ContactListModel::Entry> entries);
    void updateCount();
    void activateCurrent();

    std::unique_ptr<Ui::ContactsView> m_ui;
    Workspace* m_workspace = nullptr;
    ContactListModel* m_model;
    ContactFilterModel* m_filter;
    bool m_stale = false;
    BackgroundReader* m_reader;
    // About 5.5 contacts an account: 1,000 accounts fold in a tenth of a second.
    std::int64_t m_backgroundThreshold = 1000;
    QString m_error; // why the last background read failed
};

} // namespace keystone::gui
