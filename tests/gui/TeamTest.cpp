// Who are you (File > Switch User…, asked when a database opens with nobody remembered)
// and the Team dialog (Accounts > Team…): each action driven through its widgets, found
// by objectName, and each write undone and redone from the window's undo stack.
#include "app/Team.h"

#include "GuiFixture.h"
#include "app/Identity.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/main/MainWindow.h"
#include "gui/team/DeactivateMemberDialog.h"
#include "gui/team/TeamActions.h"
#include "gui/team/TeamDialog.h"
#include "gui/team/TeamMemberEditor.h"
#include "gui/team/TeamTableModel.h"
#include "gui/team/WhoAreYouDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

struct Window
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    Window()
    {
        window.setInteractive(false);
        REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    }
    Workspace& ws() { return *window.workspace(); }
    QString userLabel() const { return window.findChild<QLabel*>(QStringLiteral("currentUser"))->text(); }
};

void fill(TeamMemberEditor* editor, const QString& name, const QString& email, ManagerRole role)
{
    editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(name);
    editor->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(email);
    auto* roles = editor->findChild<QComboBox*>(QStringLiteral("roleCombo"));
    roles->setCurrentIndex(roles->findData(static_cast<int>(role)));
}

void save(QDialog* dialog)
{
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    const auto list = buttons->buttons();
    for (auto* b : list)
        if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->click();
}

// A member who owns accounts, and another active one.
std::pair<Manager, Manager> ownerAndOther(Workspace& ws)
{
    Team team(ws);
    std::optional<Manager> owner, other;
    for (const auto& m : team.list()) {
        if (!m.active)
            continue;
        if (!owner && team.accountsOwnedBy(m.id) > 0)
            owner = m;
        else if (!other)
            other = m;
    }
    REQUIRE(owner);
    REQUIRE(other);
    return {*owner, *other};
}

} // namespace

TEST_CASE("with nobody remembered, nobody is the user and the non-interactive window asks nothing", "[team]")
{
    Window w;
    CHECK_FALSE(Identity(w.ws()).current());
    CHECK(w.window.findChild<WhoAreYouDialog*>() == nullptr);
    CHECK(w.userLabel().contains(QStringLiteral("nobody")));
    CHECK_FALSE(w.window.dashboardView()->manager().has_value());
}

TEST_CASE("who are you: choosing an active member remembers them in the database", "[team][identity]")
{
    Window w;
    WhoAreYouDialog* dialog = w.window.teamActions()->askWhoYouAre();
    REQUIRE(dialog);
    auto* list = dialog->findChild<QListWidget*>(QStringLiteral("memberList"));
    int active = 0;
    for (const auto& m : Team(w.ws()).list())
        active += m.active ? 1 : 0;
    CHECK(list->count() == active); // deactivated demo members are not offered
    list->setCurrentRow(0);
    const ManagerId chosen = *dialog->chosen();
    save(dialog);
    REQUIRE(Identity(w.ws()).current());
    CHECK(Identity(w.ws()).current()->id == chosen);
    CHECK(Identity(w.ws()).remembered()->id == chosen);
    CHECK(w.window.dashboardView()->manager() == chosen);
    CHECK(w.userLabel().contains(toQString(Identity(w.ws()).current()->name)));

    // Opened again, the database says who you are: nothing is asked.
    REQUIRE(w.window.openDatabase(QString::fromStdString(w.db.path().string())));
    CHECK(Identity(*w.window.workspace()).current()->id == chosen);
    CHECK(w.window.dashboardView()->manager() == chosen);
}

TEST_CASE("who are you: a newcomer adds themselves, a bad address shows under its field", "[team][identity]")
{
    Window w;
    WhoAreYouDialog* dialog = w.window.teamActions()->askWhoYouAre();
    REQUIRE(dialog);
    TeamMemberEditor* editor = dialog->addYourself();
    fill(editor, QStringLiteral("Nadia Petrova"), QStringLiteral("not an address"), ManagerRole::Lead);
    save(editor);
    auto* emailError = editor->findChild<QLabel*>(QStringLiteral("emailError"));
    CHECK_FALSE(emailError->isHidden());
    CHECK_FALSE(emailError->text().isEmpty());
    CHECK(editor->isVisible());

    editor->findChild<QLineEdit*>(QStringLiteral("emailEdit"))->setText(QStringLiteral("nadia@example.com"));
    save(editor);
    const auto added = w.ws().store().managers().findByEmail("nadia@example.com");
    REQUIRE(added);
    CHECK(added->role == ManagerRole::Lead);
    CHECK(dialog->chosen() == added->id);
    save(dialog);
    CHECK(Identity(w.ws()).current()->id == added->id);
}

TEST_CASE("a member named with --as writes for the session without being remembered", "[team][identity]")
{
    Window w;
    const Manager someone = ownerAndOther(w.ws()).second;
    w.window.teamActions()->setActAs(toQString(someone.email));
    REQUIRE(w.window.openDatabase(QString::fromStdString(w.db.path().string())));
    CHECK(Identity(w.ws()).current()->id == someone.id);
    CHECK_FALSE(Identity(w.ws()).remembered());
}

TEST_CASE("the Team dialog adds, edits, deactivates with a hand-over and reactivates, each undoable",
          "[team]")
{
    Window w;
    QUndoStack* undo = w.window.undoStack();
    TeamDialog* dialog = w.window.teamActions()->openTeam();
    REQUIRE(dialog);
    TeamTableModel* model = dialog->model();
    CHECK(model->rowCount() == static_cast<int>(Team(w.ws()).list().size()));

    SECTION("add, with the e-mail address required")
    {
        TeamMemberEditor* editor = dialog->addMember();
        fill(editor, QStringLiteral("Oleg Sokolov"), QString(), ManagerRole::Manager);
        save(editor);
        CHECK_FALSE(editor->findChild<QLabel*>(QStringLiteral("emailError"))->isHidden());
        editor->findChild<QLineEdit*>(QStringLiteral("emailEdit"))
            ->setText(QStringLiteral("oleg@example.com"));
        save(editor);
        const auto added = w.ws().store().managers().findByEmail("oleg@example.com");
        REQUIRE(added);
        CHECK(model->rowOf(added->id) >= 0);
        CHECK(undo->undoText() == QStringLiteral("Add Team Member Oleg Sokolov"));
        undo->undo();
        CHECK_FALSE(w.ws().store().managers().find(added->id)->active);
        undo->redo();
        CHECK(w.ws().store().managers().find(added->id)->active);
    }
    SECTION("edit the role")
    {
        const Manager member = ownerAndOther(w.ws()).second;
        dialog->select(member.id);
        TeamMemberEditor* editor = dialog->editSelected();
        REQUIRE(editor);
        fill(editor, toQString(member.name), toQString(member.email), ManagerRole::Admin);
        save(editor);
        CHECK(w.ws().store().managers().find(member.id)->role == ManagerRole::Admin);
        CHECK(undo->undoText().startsWith(QStringLiteral("Edit Team Member")));
        undo->undo();
        CHECK(w.ws().store().managers().find(member.id)->role == member.role);
    }
    SECTION("deactivate one who owns accounts: the hand-over names an active member")
    {
        const auto [owner, other] = ownerAndOther(w.ws());
        const std::int64_t owned = Team(w.ws()).accountsOwnedBy(owner.id);
        dialog->select(owner.id);
        DeactivateMemberDialog* ask = dialog->deactivateSelected();
        REQUIRE(ask);
        auto* to = ask->findChild<QComboBox*>(QStringLiteral("handOverCombo"));
        for (int i = 0; i < to->count(); ++i) {
            const auto m = w.ws().store().managers().find(to->itemData(i).toLongLong());
            CHECK(m->active);
            CHECK(m->id != owner.id);
        }
        ask->setHandOverTo(other.id);
        const std::int64_t otherBefore = Team(w.ws()).accountsOwnedBy(other.id);
        save(ask);
        CHECK_FALSE(w.ws().store().managers().find(owner.id)->active);
        CHECK(Team(w.ws()).accountsOwnedBy(owner.id) == 0);
        CHECK(Team(w.ws()).accountsOwnedBy(other.id) == otherBefore + owned);
        CHECK(undo->undoText() == QStringLiteral("Deactivate %1").arg(toQString(owner.name)));
        CHECK(model->data(model->index(model->rowOf(owner.id), TeamTableModel::Active)).toString() ==
              QStringLiteral("Deactivated"));

        undo->undo();
        CHECK(w.ws().store().managers().find(owner.id)->active);
        CHECK(Team(w.ws()).accountsOwnedBy(owner.id) == owned);
        undo->redo();
        CHECK_FALSE(w.ws().store().managers().find(owner.id)->active);

        // Reactivated: active again, owning nothing of what was handed over.
        dialog->select(owner.id);
        dialog->reactivateSelected();
        CHECK(w.ws().store().managers().find(owner.id)->active);
        CHECK(undo->undoText() == QStringLiteral("Reactivate %1").arg(toQString(owner.name)));
        undo->undo();
        CHECK_FALSE(w.ws().store().managers().find(owner.id)->active);
    }
}
