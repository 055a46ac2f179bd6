#include "gui/team/TeamActions.h"

#include "app/Identity.h"
#include "app/Team.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/team/TeamCommand.h"
#include "gui/team/TeamDialog.h"
#include "gui/team/WhoAreYouDialog.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QUndoStack>

namespace keystone::gui {

TeamActions::TeamActions(QMainWindow* window, QUndoStack* undo, WorkspaceSource workspace,
                         std::function<bool()> interactive)
    : QObject(window), m_window(window), m_undo(undo), m_workspace(std::move(workspace)),
      m_interactive(std::move(interactive)), m_switchUser(new QAction(tr("Switch &User…"), this)),
      m_team(new QAction(tr("&Team…"), this)), m_userLabel(new QLabel(window))
{
    m_switchUser->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUser->setStatusTip(tr("Choose who you are in this database"));
    m_team->setObjectName(QStringLiteral("teamAction"));
    m_team->setStatusTip(tr("The team members: add, edit, deactivate and reactivate"));
    m_userLabel->setObjectName(QStringLiteral("currentUser"));
    window->statusBar()->addPermanentWidget(m_userLabel);
    connect(m_switchUser, &QAction::triggered, this, [this] { askWhoYouAre(); });
    connect(m_team, &QAction::triggered, this, [this] { openTeam(); });
    sessionChanged();
}

void TeamActions::sessionChanged()
{
    Workspace* workspace = m_workspace();
    m_switchUser->setEnabled(workspace != nullptr);
    m_team->setEnabled(workspace != nullptr);
    if (workspace == m_identified)
        return;
    m_identified = workspace;
    if (workspace)
        identify(*workspace);
    showUser();
}

void TeamActions::identify(Workspace& workspace)
{
    std::optional<Manager> user;
    // Exceptions must not cross the event loop: a failed read is reported, not fatal.
    try {
        Identity identity(workspace);
        user = m_actAs.isEmpty() ? identity.resume() : identity.actAs(m_actAs.toStdString());
    } catch (const ValidationError& e) {
        emit message(tr("--as %1: %2").arg(m_actAs, problemText(e.errors().front().message)));
    } catch (const std::exception& e) {
        emit message(errorText(e));
    }
    emit userChanged(user ? std::optional<ManagerId>(user->id) : std::nullopt);
    if (!user && m_interactive())
        askWhoYouAre();
}

void TeamActions::showUser()
{
    Workspace* workspace = m_workspace();
    std::optional<Manager> user;
    if (workspace) {
        try {
            user = Identity(*workspace).current();
        } catch (const std::exception&) {
        }
    }
    m_userLabel->setVisible(workspace != nullptr);
    m_userLabel->setText(user ? tr("You: %1").arg(toQString(user->name)) : tr("You: nobody (File > Switch User…)"));
}

WhoAreYouDialog* TeamActions::askWhoYouAre()
{
    Workspace* workspace = m_workspace();
    if (!workspace)
        return nullptr;
    std::vector<Manager> team;
    std::optional<ManagerId> current;
    try {
        team = Team(*workspace).list();
        if (const auto me = Identity(*workspace).current())
            current = me->id;
    } catch (const std::exception& e) {
        emit message(errorText(e));
        return nullptr;
    }
    auto* dialog = new WhoAreYouDialog(team, current, [this, workspace](const Manager& m) {
        const Manager added = Team(*workspace).add(m);
        m_undo->push(new TeamCommand(*workspace, TeamCommand::Kind::Add, {added, added},
                                     [this] { emit teamChanged(); }, nullptr));
        emit teamChanged();
        return added;
    }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, workspace] {
        const auto id = dialog->chosen();
        if (!id || workspace != m_workspace())
            return;
        try {
            const Manager me = Identity(*workspace).remember(*id);
            emit message(tr("You are %1 in this database").arg(toQString(me.name)));
        } catch (const std::exception& e) {
            emit message(errorText(e));
        }
        showUser();
        emit userChanged(*id);
    });
    dialog->open();
    return dialog;
}

TeamDialog* TeamActions::openTeam()
{
    Workspace* workspace = m_workspace();
    if (!workspace)
        return nullptr;
    auto* dialog = new TeamDialog(*workspace, m_undo, [this] {
        showUser();
        emit teamChanged();
    }, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace keystone::gui
