#include "gui/accounts/NewAccountCommand.h"

#include "app/AccountBulk.h"
#include "gui/common/Labels.h"

#include <QCoreApplication>

namespace keystone::gui {

NewAccountCommand::NewAccountCommand(Workspace& workspace, Account created, Applied applied, Failed failed)
    : WriteCommand(std::move(failed)), m_workspace(workspace), m_account(std::move(created)),
      m_applied(std::move(applied))
{
    setText(
        QCoreApplication::translate("NewAccountCommand", "New Account %1").arg(toQString(m_account.name)));
}

void NewAccountCommand::redo()
{
    if (firstRedo())
        return;
    attempt([this] {
        m_account = m_workspace.addAccount(m_account);
        if (m_applied)
            m_applied(m_account.id, true);
    });
}

void NewAccountCommand::undo()
{
    attempt([this] {
        AccountBulk(m_workspace).purge({m_account.id});
        if (m_applied)
            m_applied(m_account.id, false);
    });
}

} // namespace keystone::gui
