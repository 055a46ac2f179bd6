// New Account (Ctrl+N), for the Accounts menu, the list's context menu and the
// list's empty state: opens the account editor blank, owned by the current user.
// A reference in use is refused under its field; a name that folds to an existing
// account's asks whether to open that one instead. The creation is one transaction
// and one step on the undo stack, and the new account's tab opens.
#pragma once

#include "domain/Account.h"
#include "gui/account/AccountEditor.h"

#include <QObject>
#include <functional>
#include <optional>
#include <vector>

class QAction;
class QUndoStack;
class QWidget;

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class AccountsView;

class NewAccountActions : public QObject
{
    Q_OBJECT
public:
    using WorkspaceSource = std::function<Workspace*()>;

    // `interactive` says whether message boxes and the discard question may open.
    NewAccountActions(AccountsView* view, QUndoStack* undo, WorkspaceSource workspace,
                      std::function<bool()> interactive, QWidget* window);

    QAction* action() const { return m_new; }
    // Opens the blank editor window-modal; nullptr when no database is open or it cannot be read.
    AccountEditor* openEditor();
    // Writes the account, records the undo step and shows it; throws ValidationError
    // (a reference in use on "ref") for the editor to show under the field.
    AccountId create(const Account& account);

signals:
    // After a creation, its undo or its redo: the account now exists, or no longer.
    void accountChanged(AccountId id, bool exists);
    void openRequested(AccountId id);
    void message(const QString& text);

private:
    // Asks about a name another account has; Stay when the answer was Cancel.
    AccountEditor::Verdict checkName(AccountEditor* editor, const Account& account);
    void showChanged(AccountId id, bool exists);
    void reportFailure(const QString& text);

    AccountsView* m_view;
    QUndoStack* m_undo;
    WorkspaceSource m_workspace;
    std::function<bool()> m_interactive;
    QWidget* m_window;
    QAction* m_new;
};

} // namespace keystone::gui
