// The team: the members (managers) of a database, added, edited, deactivated and
// reactivated. A deactivated member keeps their history (what they logged and
// created still names them) and can own nothing new; one who still owns accounts is
// deactivated only with a hand-over of those accounts, in the same transaction.
// Each write is one transaction and returns what undoing it needs.
#pragma once

#include "app/AccountBulk.h"
#include "app/Change.h"
#include "app/Workspace.h"

#include <optional>
#include <string_view>
#include <vector>

namespace keystone {

// What a deactivation did: the member as they were, and the hand-over of their
// accounts and open follow-ups, if any. Undone by Team::undoDeactivation.
struct Deactivation
{
    Manager before;
    Manager after;
    std::optional<BulkChange> handOver;
};

class Team
{
public:
    // The workspace must outlive this object.
    explicit Team(Workspace& workspace) : m_workspace(workspace) {}

    // Every member, active or not, by folded name.
    std::vector<Manager> list();
    // A member by e-mail address (case-insensitive); throws ValidationError on `field`.
    Manager byEmail(std::string_view email, std::string_view field = "email");

    // Adds a member; the e-mail address is required and unique. Returns it as stored.
    // Throws ValidationError ("name", "email").
    Manager add(Manager member);
    // Writes the member's name, e-mail address and role (whether they are active is
    // changed only by deactivate and reactivate). Undo: edit(change.before).
    Change<Manager> edit(Manager member);
    // The accounts (archived ones too) the member owns.
    std::int64_t accountsOwnedBy(ManagerId member);
    // Deactivates a member; with `handOverTo`, their accounts and the open follow-ups
    // they own on them go to that member first, in the same transaction. Without it a
    // member who still owns accounts is refused (ValidationError on "handover_to",
    // saying how many).
    Deactivation deactivate(ManagerId member, std::optional<ManagerId> handOverTo = std::nullopt);
    // Reactivates the member and gives back what the deactivation handed over.
    void undoDeactivation(const Deactivation& deactivation);
    // Makes a deactivated member active again; returns the change (undo: edit cannot
    // deactivate, so undo a reactivation with deactivate).
    Change<Manager> reactivate(ManagerId member);

    // Refuses an owner who is missing or deactivated, naming `field` ("owner" ...).
    static void requireActive(Store& store, std::optional<ManagerId> member, std::string_view field);

private:
    Workspace& m_workspace;
};

} // namespace keystone
