// Adds or edits one team member: name, e-mail address and role (ui/TeamMemberEditor.ui).
// Whether a member is active is changed by Deactivate and Reactivate, not here. The
// save is the caller's (Team::add or Team::edit through an undo step); a problem it
// throws shows under the field it names and the dialog stays open.
#pragma once

#include "domain/Manager.h"
#include "gui/account/RecordEditor.h"

#include <functional>
#include <memory>

namespace Ui {
class TeamMemberEditor;
}

namespace keystone::gui {

class TeamMemberEditor : public RecordEditor
{
    Q_OBJECT
public:
    // Writes the member; throws ValidationError ("name", "email") to be shown.
    using Save = std::function<void(const Manager&)>;

    // A new member when `member.id` is 0, else an edit of it.
    TeamMemberEditor(const Manager& member, Save save, QWidget* parent = nullptr);
    ~TeamMemberEditor() override;

    bool isModified() const override;
    // The form read back over the member it was given.
    Manager member() const;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::TeamMemberEditor> m_ui;
    Manager m_original;
    Save m_save;
};

} // namespace keystone::gui
