// A write to the team (a member added, edited, deactivated with or without a
// hand-over, reactivated) on the undo stack, named for Edit > Undo. The caller
// writes first through app/Team; the first redo does nothing. The team has no
// delete (a member's history must keep naming them), so undoing an addition
// deactivates the new member and redoing it reactivates them.
#pragma once

#include "app/Team.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>
#include <functional>

namespace keystone::gui {

class TeamCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommand)

public:
    enum class Kind
    {
        Add,
        Edit,
        Deactivate,
        Reactivate
    };
    // Told after every undo and redo, so that what shows the team and the accounts reads again.
    using Applied = std::function<void()>;
    using Failed = std::function<void(const QString& message)>;

    // Add and Reactivate: `change.after` is the member as written; Edit: before and after.
    TeamCommand(Workspace& workspace, Kind kind, Change<Manager> change, Applied applied, Failed failed);
    // A deactivation, and the member who took the accounts over, if any.
    TeamCommand(Workspace& workspace, Deactivation deactivation, std::optional<ManagerId> handOverTo,
                Applied applied, Failed failed);

    void undo() override;
    void redo() override;

private:
    void run(const std::function<void(Team&)>& write);

    Workspace& m_workspace;
    Kind m_kind;
    Change<Manager> m_change;
    Deactivation m_deactivation;
    std::optional<ManagerId> m_handOverTo;
    Applied m_applied;
    Failed m_failed;
    bool m_firstRedo = true;
};

} // namespace keystone::gui
