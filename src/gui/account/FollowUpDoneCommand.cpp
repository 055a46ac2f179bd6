#include "gui/account/FollowUpDoneCommand.h"

#include "gui/common/Labels.h"

#include <QCoreApplication>

namespace keystone::gui {

FollowUpDoneCommand::FollowUpDoneCommand(Workspace& workspace, const FollowUp& after, Applied applied,
                                         Failed failed)
    : m_workspace(workspace), m_id(after.id), m_accountId(after.accountId), m_done(after.done),
      m_applied(std::move(applied)), m_failed(std::move(failed))
{
    setText(after.done ? QCoreApplication::translate("FollowUpDoneCommand", "Mark “%1” Done")
                             .arg(toQString(after.title))
                       : QCoreApplication::translate("FollowUpDoneCommand", "Reopen “%1”")
                             .arg(toQString(after.title)));
}

void FollowUpDoneCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_done);
}

void FollowUpDoneCommand::undo()
{
    write(!m_done);
}

void FollowUpDoneCommand::write(bool done)
{
    try {
        m_workspace.setFollowUpDone(m_id, done);
        if (m_applied)
            m_applied(m_accountId);
    } catch (const std::exception& e) {
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
}

} // namespace keystone::gui
