#include "app/Identity.h"

#include "domain/Text.h"

#include <cstdlib>

#ifndef _WIN32
#include <pwd.h>
#include <unistd.h>
#endif

namespace keystone {

std::string Identity::osUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"})
        if (const char* value = std::getenv(name); value && *value)
            return value;
#ifndef _WIN32
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name && *pw->pw_name)
        return pw->pw_name;
#endif
    return "unknown";
}

std::optional<Manager> Identity::current()
{
    Store& s = m_workspace.store();
    const auto id = s.actor();
    return id ? s.managers().find(*id) : std::nullopt;
}

Manager Identity::actAs(std::string_view email)
{
    const auto m = m_workspace.store().managers().findByEmail(trim(email));
    if (!m)
        throw ValidationError(std::vector<FieldError>{{"user", "no team member has the e-mail address '" +
                                                                   std::string(trim(email)) +
                                                                   "' (see 'keystone-cli managers list')"}});
    return actAs(m->id);
}

Manager Identity::actAs(ManagerId id)
{
    Store& s = m_workspace.store();
    const auto m = s.managers().find(id);
    if (!m)
        throw ValidationError(
            std::vector<FieldError>{{"user", "manager " + std::to_string(id) + " does not exist"}});
    if (!m->active)
        throw ValidationError(
            std::vector<FieldError>{{"user", m->email + " is deactivated and cannot work in Keystone"}});
    s.setActor(m->id);
    return *m;
}

std::optional<Manager> Identity::remembered()
{
    Store& s = m_workspace.store();
    const auto id = s.managers().rememberedUser(osUser());
    return id ? s.managers().find(*id) : std::nullopt;
}

Manager Identity::remember(ManagerId id)
{
    const Manager m = actAs(id);
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    s.managers().rememberUser(osUser(), m.id);
    tx.commit();
    return m;
}

void Identity::forget()
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    s.managers().rememberUser(osUser(), std::nullopt);
    tx.commit();
    s.setActor(std::nullopt);
}

std::optional<Manager> Identity::resume()
{
    auto m = remembered();
    if (!m || !m->active)
        return std::nullopt;
    m_workspace.store().setActor(m->id);
    return m;
}

std::optional<Manager> Identity::soleActiveMember()
{
    std::optional<Manager> found;
    for (auto& m : m_workspace.store().managers().list()) {
        if (!m.active)
            continue;
        if (found)
            return std::nullopt;
        found = std::move(m);
    }
    return found;
}

} // namespace keystone
