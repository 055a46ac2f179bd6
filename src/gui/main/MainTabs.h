// The main window's tab set: the screens that stay (Dashboard, Accounts, Segments,
// Follow-ups, Contacts), every opened account in a tab of its own and the search
// results. It gives the screens the open workspace and reads them again on a refresh.
#pragma once

#include "domain/Ids.h"

#include <QObject>
#include <QString>

class QTabWidget;
class QUndoStack;
class QWidget;

namespace keystone {
class Clock;
class Workspace;
} // namespace keystone

namespace keystone::gui {

class AccountsView;
class AccountWorkspace;
class ContactsView;
class DashboardView;
class FollowUpsView;
class SearchView;
class SegmentsView;

class MainTabs : public QObject
{
    Q_OBJECT
public:
    // The screens are made here, as children of `tabs`; the clock must outlive the tabs.
    MainTabs(QTabWidget* tabs, const Clock& clock, QObject* parent = nullptr);

    QTabWidget* widget() const { return m_tabs; }
    AccountsView* accounts() const { return m_accounts; }
    FollowUpsView* followUps() const { return m_followUps; }
    DashboardView* dashboard() const { return m_dashboard; }
    ContactsView* contacts() const { return m_contacts; }
    SearchView* search() const { return m_search; }
    QWidget* segmentsPage() const { return m_segmentsPage; }
    // Built when the tab is first shown (or asked for here): its charts and report lists
    // are a tenth of the window's construction, and most sessions start on the dashboard.
    SegmentsView* segmentsView();

    // Every screen reads `workspace` (nullptr: nothing open) when it is next shown; the
    // workspace must outlive its use here. Throws when the database cannot be read.
    void setWorkspace(Workspace* workspace);
    Workspace* workspace() const { return m_workspace; }
    // Where the Segments screen puts a saved snapshot; must outlive the tabs.
    void setUndoStack(QUndoStack* undo);
    // Off: closing an account with unsaved changes asks nothing (tests, screenshots).
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // The account's tab, opened or brought to the front; nullptr when it cannot be read.
    AccountWorkspace* openAccount(AccountId id);
    AccountWorkspace* accountTab(AccountId id) const;
    AccountWorkspace* currentAccountTab() const;
    bool hasUnsavedChanges() const;
    // Closes an account's tab (asking first about unsaved changes) or the search results;
    // the screens stay.
    bool closeTab(int index);
    // Closes every account and the search results; false when one was kept open.
    bool closeAccounts();
    // Reads every screen and account again; accounts removed meanwhile lose their tab.
    void refresh();
    // Reads the accounts again after they changed in bulk; the deleted lose their tab.
    void reloadAccounts(const std::vector<AccountId>& ids);
    void showSearchTab();

signals:
    void accountOpened(keystone::gui::AccountWorkspace* tab);
    void titleChanged();
    // A read that failed; shown to the user, never fatal.
    void problem(const QString& title, const QString& message);
    // A short message for the status bar.
    void message(const QString& text);

private:
    void keep(QWidget* screen); // a screen's tab has no close button
    void removeTab(AccountWorkspace* tab);
    // After a snapshot was saved or taken back: the list's segment filter and the
    // accounts' cells and anchor marks are read again.
    void showSnapshotsChanged();

    QTabWidget* m_tabs;
    Workspace* m_workspace = nullptr;
    bool m_interactive = true;
    AccountsView* m_accounts;
    FollowUpsView* m_followUps;
    DashboardView* m_dashboard;
    ContactsView* m_contacts;
    SearchView* m_search;
    QWidget* m_segmentsPage; // the Segments tab; holds m_segments once built
    SegmentsView* m_segments = nullptr;
    QUndoStack* m_undo = nullptr;
};

} // namespace keystone::gui
