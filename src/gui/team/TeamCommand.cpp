#include "gui/team/TeamCommand.h"

#include "gui/common/Labels.h"

namespace keystone::gui {

TeamCommand::TeamCommand(Workspace& workspace, Kind kind, Change<Manager> change, Applied applied, Failed failed)
    : m_workspace(workspace), m_kind(kind), m_change(std::move(change)), m_applied(std::move(applied)),
      m_failed(std::move(failed))
{
    const QString name = toQString(m_change.after.name);
    switch (kind) {
    case Kind::Add:
        setText(tr("Add Team Member %1").arg(name));
        break;
    case Kind::Edit:
        setText(tr("Edit Team Member %1").arg(name));
        break;
    case Kind::Reactivate:
        setText(tr("Reactivate %1").arg(name));
        break;
    case Kind::Deactivate:
        setText(tr("Deactivate %1").arg(name));
        break;
    }
}

TeamCommand::TeamCommand(Workspace& workspace, Deactivation deactivation, std::optional<ManagerId> handOverTo,
                         Applied applied, Failed failed)
    : TeamCommand(workspace, Kind::Deactivate, {deactivation.before, deactivation.after}, std::move(applied),
                  std::move(failed))
{
    m_deactivation = std::move(deactivation);
    m_handOverTo = handOverTo;
}

void TeamCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    const ManagerId id = m_change.after.id;
    run([this, id](Team& team) {
        switch (m_kind) {
        case Kind::Add:
        case Kind::Reactivate:
            team.reactivate(id);
            break;
        case Kind::Edit:
            team.edit(m_change.after);
            break;
        case Kind::Deactivate:
            m_deactivation = team.deactivate(id, m_handOverTo);
            break;
        }
    });
}

void TeamCommand::undo()
{
    const ManagerId id = m_change.after.id;
    run([this, id](Team& team) {
        switch (m_kind) {
        case Kind::Add:
        case Kind::Reactivate:
            // Whatever was given to the member since has been undone first: they own nothing new.
            team.deactivate(id);
            break;
        case Kind::Edit:
            team.edit(m_change.before);
            break;
        case Kind::Deactivate:
            team.undoDeactivation(m_deactivation);
            break;
        }
    });
}

void TeamCommand::run(const std::function<void(Team&)>& write)
{
    // Exceptions must not cross the event loop: a failed write is reported, not fatal.
    try {
        Team team(m_workspace);
        write(team);
    } catch (const std::exception& e) {
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
    if (m_applied)
        m_applied();
}

} // namespace keystone::gui
