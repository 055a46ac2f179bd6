// A bulk change of accounts (owner, status, tags, archive, hand-over) on the undo
// stack. The caller writes first through app/AccountBulk; undo writes the previous
// values back, redo the new ones, each in one transaction, and `applied` is told
// which accounts changed so the views show them.
#pragma once

#include "app/AccountBulk.h"

#include <QUndoCommand>
#include <functional>

namespace keystone::gui {

class AccountBulkCommand : public QUndoCommand
{
public:
    using Applied = std::function<void(const std::vector<AccountId>& accounts)>;
    using Failed = std::function<void(const QString& message)>;

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
    Failed m_failed;
    bool m_firstRedo = true;
};

} // namespace keystone::gui
