// A created account on the undo stack. The caller writes first through
// Workspace::addAccount; undo deletes the account again (AccountBulk::purge:
// nothing can refer to a new account but what was added to it since), redo adds
// it once more, and `applied` is told which account changed and whether it exists.
#pragma once

#include "app/Workspace.h"
#include "gui/common/WriteCommand.h"

#include <functional>

namespace keystone::gui {

class NewAccountCommand : public WriteCommand
{
public:
    using Applied = std::function<void(AccountId id, bool exists)>;

    NewAccountCommand(Workspace& workspace, Account created, Applied applied, Failed failed);

    void undo() override;
    void redo() override;

    // The account as last written; its id may change when redo adds it again.
    const Account& account() const { return m_account; }

private:
    Workspace& m_workspace;
    Account m_account;
    Applied m_applied;
};

} // namespace keystone::gui
