#include "gui/accounts/AccountBulkCommand.h"

namespace keystone::gui {

AccountBulkCommand::AccountBulkCommand(Workspace& workspace, BulkChange change, const QString& text, Applied applied,
                                       Failed failed)
    : WriteCommand(std::move(failed)), m_workspace(workspace), m_change(std::move(change)),
      m_applied(std::move(applied))
{
    setText(text);
    for (const auto& state : m_change.before)
        m_ids.push_back(state.id);
}

void AccountBulkCommand::redo()
{
    if (firstRedo())
        return;
    write(true);
}

void AccountBulkCommand::undo()
{
    write(false);
}

void AccountBulkCommand::write(bool after)
{
    attempt([&] {
        AccountBulk bulk(m_workspace);
        if (after)
            bulk.redo(m_change);
        else
            bulk.undo(m_change);
        if (m_applied)
            m_applied(m_ids);
    });
}

} // namespace keystone::gui
