// Marking a follow-up done (or open again) on the undo stack. The caller writes
// first; undo and redo write the other state and tell `applied` which account
// changed, so that its views show it.
#pragma once

#include "app/Workspace.h"
#include "gui/common/WriteCommand.h"

#include <functional>

namespace keystone::gui {

class FollowUpDoneCommand : public WriteCommand
{
public:
    using Applied = std::function<void(AccountId account)>;

    FollowUpDoneCommand(Workspace& workspace, const FollowUp& after, Applied applied, Failed failed);

    void undo() override;
    void redo() override;

private:
    void write(bool done);

    Workspace& m_workspace;
    FollowUpId m_id;
    AccountId m_accountId;
    bool m_done;
    Applied m_applied;
};

} // namespace keystone::gui
