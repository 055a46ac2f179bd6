// The accounts list's bulk actions for the Accounts menu and the list's context
// menu: Change Manager, Change Status, Edit Tags, Hand Over, Archive (Delete; asks,
// says how many), Restore from Archive, Delete Permanently (a separate, explicit
// question; cannot be undone) and Show Archived. Each change is one transaction
// through app/AccountBulk and one step on the undo stack.
#pragma once

#include "app/AccountBulk.h"

#include <QList>
#include <QObject>
#include <functional>
#include <optional>
#include <vector>

class QAction;
class QUndoStack;
class QWidget;

namespace keystone::gui {

class AccountsView;

class AccountBulkActions : public QObject
{
    Q_OBJECT
public:
    using WorkspaceSource = std::function<Workspace*()>;
    // Asked before archiving or deleting; true goes ahead. The default asks in a message box.
    using Confirm = std::function<bool(const QString& title, const QString& question)>;

    // `interactive` says whether message boxes may open (off in tests and screenshots).
    AccountBulkActions(AccountsView* view, QUndoStack* undo, WorkspaceSource workspace,
                       std::function<bool()> interactive, QWidget* window);

    QList<QAction*> menuActions() const { return m_menuActions; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    QAction* archiveAction() const { return m_archive; }
    QAction* showArchivedAction() const { return m_showArchived; }
    QAction* handOverAction() const { return m_handOver; }

    // What the menu's dialogs end in; each writes, records one undo step and shows
    // the change. They throw ValidationError for the dialogs to show under the field.
    void changeOwner(const std::vector<AccountId>& ids, std::optional<ManagerId> owner);
    void changeStatus(const std::vector<AccountId>& ids, AccountStatus status);
    void editTags(const std::vector<AccountId>& ids, const std::vector<std::string>& add,
                  const std::vector<std::string>& remove);
    void handOver(const HandOverPlan& plan);
    // Ask first (through Confirm); false when the answer was no or nothing is selected.
    bool archive(const std::vector<AccountId>& ids);
    bool restore(const std::vector<AccountId>& ids);
    bool purge(const std::vector<AccountId>& ids);

public slots:
    void updateActions();

signals:
    // After a change, its undo or its redo: these accounts are different now.
    void accountsChanged(const std::vector<AccountId>& ids);
    void message(const QString& text);

private:
    void record(BulkChange change, const QString& text, const QString& done);
    void showChanged(const std::vector<AccountId>& ids);
    void reportFailure(const QString& text);
    void openChangeDialog(int mode);
    void openHandOver();
    bool ask(const QString& title, const QString& question);

    AccountsView* m_view;
    QUndoStack* m_undo;
    WorkspaceSource m_workspace;
    QWidget* m_window;
    Confirm m_confirm;
    std::function<bool()> m_interactive;
    QList<QAction*> m_menuActions;
    QAction* m_changeOwner;
    QAction* m_changeStatus;
    QAction* m_editTags;
    QAction* m_handOver;
    QAction* m_archive;
    QAction* m_restore;
    QAction* m_purge;
    QAction* m_showArchived;
};

} // namespace keystone::gui
