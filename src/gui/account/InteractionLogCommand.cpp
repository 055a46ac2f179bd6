#include "gui/account/InteractionLogCommand.h"

#include <QCoreApplication>

namespace keystone::gui {

InteractionLogCommand::InteractionLogCommand(Workspace& workspace, LoggedInteraction logged,
                                             const QString& accountName, Applied applied, Failed failed)
    : WriteCommand(std::move(failed)), m_workspace(workspace), m_logged(std::move(logged)),
      m_applied(std::move(applied))
{
    setText(QCoreApplication::translate("InteractionLogCommand", "Add Interaction with %1").arg(accountName));
}

void InteractionLogCommand::redo()
{
    if (firstRedo())
        return;
    attempt([this] {
        Interaction interaction = m_logged.interaction;
        interaction.id = 0;
        std::optional<FollowUp> next = m_logged.followUp;
        if (next)
            next->id = 0;
        m_logged = m_workspace.logInteraction(std::move(interaction), std::move(next));
        if (m_applied)
            m_applied(m_logged.interaction.accountId);
    });
}

void InteractionLogCommand::undo()
{
    attempt([this] {
        m_workspace.removeLoggedInteraction(m_logged);
        if (m_applied)
            m_applied(m_logged.interaction.accountId);
    });
}

} // namespace keystone::gui
