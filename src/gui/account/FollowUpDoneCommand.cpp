#include "gui/account/FollowUpDoneCommand.h"

#include "gui/common/Labels.h"

#include <QCoreApplication>

namespace keystone::gui {

FollowUpDoneCommand::FollowUpDoneCommand(Workspace& workspace, const FollowUp& after, Applied applied,
                                         Failed failed)
    : WriteCommand(std::move(failed)), m_workspace(workspace), m_id(after.id), m_accountId(after.accountId),
      m_done(after.done), m_applied(std::move(applied))
{
    setText(after.done ? QCoreApplication::translate("FollowUpDoneCommand", "Mark “%1” Done")
                             .arg(toQString(after.title))
                       : QCoreApplication::translate("FollowUpDoneCommand", "Reopen “%1”")
                             .arg(toQString(after.title)));
}

void FollowUpDoneCommand::redo()
{
    if (firstRedo())
        return;
    write(m_done);
}

void FollowUpDoneCommand::undo()
{
    write(!m_done);
}

void FollowUpDoneCommand::write(bool done)
{
    attempt([&] {
        m_workspace.setFollowUpDone(m_id, done);
        if (m_applied)
            m_applied(m_accountId);
    });
}

} // namespace keystone::gui
