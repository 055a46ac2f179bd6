// "Who are you?": asked when a database is opened and no current user is remembered
// for this operating-system user (app/Identity::resume gave nobody), and by File >
// Switch User…. Offers the active members; "I Am New to the Team…" adds one
// (gui/team/TeamMemberEditor) and selects them. OK remembers the choice
// (Identity::remember) in the database. Opened window-modal without blocking.
#pragma once

#include "domain/Manager.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class WhoAreYouDialog;
}

namespace keystone::gui {

class TeamMemberEditor;

class WhoAreYouDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a member and returns them as stored; throws ValidationError for the editor.
    using AddMember = std::function<Manager(const Manager&)>;

    WhoAreYouDialog(const std::vector<Manager>& team, std::optional<ManagerId> current, AddMember add,
                    QWidget* parent = nullptr);
    ~WhoAreYouDialog() override;

    std::optional<ManagerId> chosen() const;
    void choose(ManagerId id);
    // "I Am New to the Team…": the editor, open window-modal.
    TeamMemberEditor* addYourself();

private:
    void addItem(const Manager& m);
    void updateOk();

    std::unique_ptr<Ui::WhoAreYouDialog> m_ui;
    AddMember m_add;
};

} // namespace keystone::gui
