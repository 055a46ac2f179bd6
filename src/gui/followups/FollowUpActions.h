// The actions on follow-ups and commitments that the three lists showing them share
// (an account's Follow-ups tab, the Follow-ups screen, the Dashboard's two follow-up
// panes): New, Edit, Reschedule…, Reassign…, Delete, Mark Done and Reopen, as
// buttons' actions, a context menu and shortcuts scoped to the list. Each writes
// through app/FollowUpEditing and hands the write over as one AccountEdit named after
// it ("Reschedule Commitment “…”"), whose undo and redo are FollowUpEditing's
// undo/redo (a deletion's restore), so Edit > Undo names it.
#pragma once

#include "domain/Enums.h"
#include "gui/account/AccountEditCommand.h"

#include <QObject>
#include <functional>
#include <optional>

class QAbstractItemView;
class QAction;
class QWidget;

namespace keystone {
class Workspace;
struct FollowUp;
} // namespace keystone

namespace keystone::gui {

class FollowUpEditor;

class FollowUpActions : public QObject
{
    Q_OBJECT
public:
    enum Action
    {
        New,
        Edit,
        Reschedule,
        Reassign,
        Delete,
        Done,
        Reopen,
        ActionCount
    };
    // The follow-up selected in the list, if any.
    using Current = std::function<std::optional<FollowUp>()>;

    // The actions belong to `view`; their shortcuts work in the list attached.
    FollowUpActions(QWidget* view, Current current);

    // nullptr when no database is open; the workspace must outlive the edits made here.
    void setWorkspace(Workspace* workspace)
    {
        m_workspace = workspace;
        updateState();
    }
    // The account a new follow-up is for; 0: the editor asks.
    void setAccount(AccountId account) { m_account = account; }
    // What a new one is at first (the Dashboard's Commitments pane makes commitments).
    void setNewKind(FollowUpKind kind) { m_newKind = kind; }
    // Marking done another way (a list that already records it so); unset: written here.
    void setDoneHandler(std::function<void()> done) { m_doneHandler = std::move(done); }
    // Dialogs ask before unsaved edits are dropped (off in tests).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // The list's context menu offers the actions.
    void attach(QAbstractItemView* list);
    QAction* action(Action action) const { return m_actions[action]; }
    // Enables what the current follow-up allows.
    void updateState();

signals:
    // A follow-up was written; the receiver puts the edit on the undo stack and shows it.
    void edited(const keystone::gui::AccountEdit& edit);

private:
    void openEditor(Action action);
    void remove();
    void setDone(bool done);
    // "Reschedule Commitment “Send the offer”"
    static QString editText(Action action, const FollowUp& followUp);

    QWidget* m_view;
    Current m_current;
    Workspace* m_workspace = nullptr;
    AccountId m_account = 0;
    FollowUpKind m_newKind = FollowUpKind::Task;
    std::function<void()> m_doneHandler;
    bool m_interactive = true;
    QAction* m_actions[ActionCount] = {};
};

} // namespace keystone::gui
