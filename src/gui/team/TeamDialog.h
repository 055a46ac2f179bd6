// Accounts > Team…: every member of the team with role, state and the accounts they
// own (ui/TeamDialog.ui); Add, Edit, Deactivate (with the hand-over of what they
// still own) and Reactivate. Each write is one step on the window's undo stack
// (gui/team/TeamCommand). The editors open window-modal without blocking, so tests
// and the screenshot tour drive them like a user.
#pragma once

#include "app/Team.h"
#include "gui/team/TeamCommand.h"

#include <QDialog>
#include <functional>
#include <memory>

class QUndoStack;

namespace Ui {
class TeamDialog;
}

namespace keystone::gui {

class DeactivateMemberDialog;
class TeamMemberEditor;
class TeamTableModel;

class TeamDialog : public QDialog
{
    Q_OBJECT
public:
    // The workspace and the undo stack must outlive the dialog; `applied` is told after
    // every write, undo and redo.
    TeamDialog(Workspace& workspace, QUndoStack* undo, TeamCommand::Applied applied, QWidget* parent = nullptr);
    ~TeamDialog() override;

    TeamTableModel* model() const { return m_model; }
    void reload();
    void select(ManagerId id);
    std::optional<Manager> selected() const;

    // The buttons' work, each returning the dialog it opened (nullptr when none).
    TeamMemberEditor* addMember();
    TeamMemberEditor* editSelected();
    // Deactivates at once when the member owns nothing, else asks who takes over.
    DeactivateMemberDialog* deactivateSelected();
    void reactivateSelected();

private:
    void push(TeamCommand* command);
    void deactivate(const Manager& member, std::optional<ManagerId> handOverTo);
    void showProblem(const QString& text);
    void updateButtons();

    std::unique_ptr<Ui::TeamDialog> m_ui;
    Workspace& m_workspace;
    QUndoStack* m_undo;
    TeamCommand::Applied m_applied;
    TeamTableModel* m_model;
};

} // namespace keystone::gui
