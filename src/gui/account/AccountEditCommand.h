// An edit made in an account's tab (a contact added, edited or marked as left, a
// tender or a competitor's presence saved or removed) on the main window's undo
// stack. The tab writes the change first, so a failure shows in its form and
// nothing is pushed; undo and redo run the edit's own functions and tell
// `applied` which account changed so that an open tab shows it.
#pragma once

#include "domain/Ids.h"

#include <QString>
#include <QUndoCommand>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <utility>

namespace keystone {
class Workspace;
}

namespace keystone::gui {

// Undoing a removal creates the record again under a new id; every later command
// that names the old id finds the new one here. One map per open workspace,
// shared by its tabs and commands, so it outlives a closed tab.
class RecordIds
{
public:
    enum class Kind
    {
        Contact,
        Tender,
        Presence,
        Competitor // the managed list (gui/competitors)
    };
    static std::shared_ptr<RecordIds> forWorkspace(const Workspace& workspace);

    // The id the record has now, following every re-creation.
    std::int64_t current(Kind kind, std::int64_t id) const;
    void moved(Kind kind, std::int64_t from, std::int64_t to);

private:
    std::map<std::pair<Kind, std::int64_t>, std::int64_t> m_moved;
};

struct AccountEdit
{
    QString text; // "Add Contact Анна Петрова"
    AccountId account = 0;
    std::function<void()> undo; // both throw on failure
    std::function<void()> redo;
};

class AccountEditCommand : public QUndoCommand
{
public:
    using Applied = std::function<void(AccountId account)>;
    using Failed = std::function<void(const QString& message)>;

    AccountEditCommand(AccountEdit edit, Applied applied, Failed failed);

    void undo() override;
    void redo() override;

private:
    void run(const std::function<void()>& step);

    AccountEdit m_edit;
    Applied m_applied;
    Failed m_failed;
    bool m_firstRedo = true;
};

} // namespace keystone::gui
