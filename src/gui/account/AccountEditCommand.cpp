#include "gui/account/AccountEditCommand.h"

namespace keystone::gui {

std::shared_ptr<RecordIds> RecordIds::forWorkspace(const Workspace& workspace)
{
    // Weak: when the tabs and commands of a workspace are gone, so is its map, and
    // a workspace opened later at the same address starts afresh.
    static std::map<const Workspace*, std::weak_ptr<RecordIds>> maps;
    auto& slot = maps[&workspace];
    auto map = slot.lock();
    if (!map) {
        map = std::make_shared<RecordIds>();
        slot = map;
    }
    return map;
}

std::int64_t RecordIds::current(Kind kind, std::int64_t id) const
{
    // A record removed and created again twice moved twice: follow the chain.
    for (auto it = m_moved.find({kind, id}); it != m_moved.end(); it = m_moved.find({kind, id}))
        id = it->second;
    return id;
}

void RecordIds::moved(Kind kind, std::int64_t from, std::int64_t to)
{
    if (from != to && from != 0)
        m_moved[{kind, from}] = to;
    // SQLite may hand a freed id out again: a record now under `to` is no longer elsewhere.
    m_moved.erase({kind, to});
}

AccountEditCommand::AccountEditCommand(AccountEdit edit, Applied applied, Failed failed)
    : WriteCommand(std::move(failed)), m_edit(std::move(edit)), m_applied(std::move(applied))
{
    setText(m_edit.text);
}

void AccountEditCommand::redo()
{
    if (firstRedo())
        return;
    run(m_edit.redo);
}

void AccountEditCommand::undo()
{
    run(m_edit.undo);
}

void AccountEditCommand::run(const std::function<void()>& step)
{
    attempt([&] {
        step();
        if (m_applied)
            m_applied(m_edit.account);
    });
}

} // namespace keystone::gui
