// Logging an interaction (and the follow-up its next step created) on the undo
// stack. The caller logs it first, so a failure shows in the form and nothing is
// pushed; undo removes both records, redo writes them again (under new ids).
#pragma once

#include "app/Workspace.h"
#include "gui/common/WriteCommand.h"

#include <functional>

namespace keystone::gui {

class InteractionLogCommand : public WriteCommand
{
public:
    using Applied = std::function<void(AccountId account)>;

    InteractionLogCommand(Workspace& workspace, LoggedInteraction logged, const QString& accountName,
                          Applied applied, Failed failed);

    void undo() override;
    void redo() override;
    const LoggedInteraction& logged() const { return m_logged; }

private:
    Workspace& m_workspace;
    LoggedInteraction m_logged;
    Applied m_applied;
};

} // namespace keystone::gui
