#include "gui/accounts/NewAccountCommand.h"

#include "app/AccountBulk.h"
#include "gui/common/Labels.h"

#include <QCoreApplication>

namespace keystone::gui {

NewAccountCommand::NewAccountCommand(Workspace& workspace, Account created, Applied applied, Failed failed)
    : m_workspace(workspace), m_account(std::move(created)), m_applied(std::move(applied)),
      m_failed(std::move(failed))
{
    setText(
        QCoreApplication::translate("NewAccountCommand", "New Account %1").arg(toQString(m_account.name)));
}

void NewAccountCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    // Exceptions must not cross the event loop: a failed write is reported, not fatal.
    try {
        m_account = m_workspace.addAccount(m_account);
        if (m_applied)
            m_applied(m_account.id, true);
    } catch (const std::exception& e) {
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
}

void NewAccountCommand::undo()
{
    try {
        AccountBulk(m_workspace).purge({m_account.id});
        if (m_applied)
            m_applied(m_account.id, false);
    } catch (const std::exception& e) {
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
}

} // namespace keystone::gui
