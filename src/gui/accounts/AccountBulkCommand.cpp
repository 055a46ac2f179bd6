#include "gui/accounts/AccountBulkCommand.h"

namespace keystone::gui {

AccountBulkCommand::AccountBulkCommand(Workspace& workspace, BulkChange change, const QString& text, Applied applied,
                                       Failed failed)
    : m_workspace(workspace), m_change(std::move(change)), m_applied(std::move(applied)), m_failed(std::move(failed))
{
    setText(text);
    for (const auto& state : m_change.before)
        m_ids.push_back(state.id);
}

void AccountBulkCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(true);
}

void AccountBulkCommand::undo()
{
    write(false);
}

void AccountBulkCommand::write(bool after)
{
    // Exceptions must not cross the event loop: a failed write is reported, not fatal.
    try {
        AccountBulk bulk(m_workspace);
        if (after)
            bulk.redo(m_change);
        else
            bulk.undo(m_change);
        if (m_applied)
            m_applied(m_ids);
    } catch (const std::exception& e) {
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
}

} // namespace keystone::gui
