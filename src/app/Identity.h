// The current user: the team member on whose behalf this session writes. It is the
// store's actor (every record written is stamped with it as created_by/updated_by)
// and it is remembered in the database per operating-system user, so two people
// sharing one database file each come back as themselves, and a moved or copied
// file keeps who everyone is.
#pragma once

#include "app/Workspace.h"

#include <optional>
#include <string>
#include <string_view>

namespace keystone {

class Identity
{
public:
    // The workspace must outlive this object.
    explicit Identity(Workspace& workspace) : m_workspace(workspace) {}

    // The operating-system user's login name ($USER, $LOGNAME, $USERNAME, else the
    // password database); "unknown" when none can be found.
    static std::string osUser();

    // The team member the session writes as, or none.
    std::optional<Manager> current();
    // Writes as this member from now on (this session only). Throws ValidationError on
    // the field "user" for an unknown e-mail or a deactivated member.
    Manager actAs(std::string_view email);
    Manager actAs(ManagerId id);
    // The member remembered for the operating-system user, whether active or not.
    std::optional<Manager> remembered();
    // actAs, and remembers the member for the operating-system user.
    Manager remember(ManagerId id);
    // Forgets the remembered member and writes as nobody.
    void forget();
    // Starts a session: writes as the remembered member when there is one and it is
    // active; returns it. The GUI asks "who are you?" when this returns none.
    std::optional<Manager> resume();
    // The only active member, when the team has exactly one (the CLI's fallback).
    std::optional<Manager> soleActiveMember();

private:
    Workspace& m_workspace;
};

} // namespace keystone
