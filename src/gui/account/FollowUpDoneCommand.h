// Marking a follow-up done (or open again) on the undo stack. The caller writes
// first; undo and redo write the other state and tell `applied` which account
// changed, so that its views show it.
#pragma once

#include "app/Workspace.h"

#include <QUndoCommand>
#include <functional>

namespace keystone::gui {

class FollowUpDoneCommand : public QUndoCommand
{
public:
    using Applied = std::function<void(AccountId account)>;
    using Failed = std::function<void(const QString& message)>;

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
    Failed m_failed;
    bool m_firstRedo = true;
};

} // namespace keystone::gui
