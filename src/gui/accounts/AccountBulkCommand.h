// A bulk change of accounts (owner, status, tags, archive, hand-over) on the undo
// stack. The caller writes first through app/AccountBulk; undo writes the previous
// values back, redo the new ones, each in one transaction, and `applied` is told
// which accounts changed so the views show them.
#pragma once

#include "app/AccountBulk.h"
#include "gui/common/WriteCommand.h"

#include <functional>

namespace keystone::gui {

class AccountBulkCommand : public WriteCommand
{
public:
    using Applied = std::function<void(const std::vector<AccountId>& accounts)>;

    AccountBulkCommand(Workspace& workspace, BulkChange change, const QString& text, Applied applied, Failed failed);

    void undo() override;
    void redo() override;

    const BulkChange& change() const { return m_change; }

private:
    void write(bool after);

    Workspace& m_workspace;
    BulkChange m_change;
    std::vector<AccountId> m_ids;
    Applied m_applied;
};

} // namespace keystone::gui
