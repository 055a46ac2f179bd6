// Who the window works as, and the team: File > Switch User…, Accounts > Team…, and
// the status bar's "You: …". When a database opens, the current user is resumed from
// it (app/Identity, remembered per database and operating-system user) or, with
// `--as EMAIL`, is that member for this session; when there is nobody and the window
// is interactive, "Who are you?" opens window-modal (never blocking: tests and the
// screenshot tour run non-interactive and are never asked).
#pragma once

#include "domain/Ids.h"

#include <QObject>
#include <QString>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QMainWindow;
class QUndoStack;

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class TeamDialog;
class WhoAreYouDialog;

class TeamActions : public QObject
{
    Q_OBJECT
public:
    using WorkspaceSource = std::function<Workspace*()>;

    TeamActions(QMainWindow* window, QUndoStack* undo, WorkspaceSource workspace, std::function<bool()> interactive);

    QAction* switchUserAction() const { return m_switchUser; }
    QAction* teamAction() const { return m_team; }
    // `--as EMAIL`: every database opened from now on is worked in as this member (not remembered).
    void setActAs(const QString& email) { m_actAs = email; }

    // A database was opened or closed: who works in it, and whether to ask.
    void sessionChanged();
    // The database was closed: the next one opened is identified anew.
    void sessionClosed()
    {
        m_identified = nullptr;
        sessionChanged();
    }
    WhoAreYouDialog* askWhoYouAre();
    TeamDialog* openTeam();

signals:
    // The current user changed (nobody: none).
    void userChanged(std::optional<keystone::ManagerId> user);
    // The team or the accounts' owners changed: what shows them reads again.
    void teamChanged();
    void message(const QString& text);

private:
    void identify(Workspace& workspace);
    void showUser();

    QMainWindow* m_window;
    QUndoStack* m_undo;
    WorkspaceSource m_workspace;
    std::function<bool()> m_interactive;
    QAction* m_switchUser;
    QAction* m_team;
    QLabel* m_userLabel;
    QString m_actAs;
    Workspace* m_identified = nullptr; // the workspace last identified, so each opening is once
};

} // namespace keystone::gui
