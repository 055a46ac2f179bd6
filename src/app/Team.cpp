#include "app/Team.h"

#include "domain/Text.h"
#include "domain/Validation.h"

namespace keystone {

namespace {

Manager load(Store& s, ManagerId id)
{
    auto m = s.managers().find(id);
    if (!m)
        throw NotFoundError("manager " + std::to_string(id) + " does not exist");
    return *m;
}

// The repository's unique e-mail conflict, as a validation error beside the field; addresses are
// compared without case, as findByEmail finds them.
template <typename Write> void writeMember(Store& s, Manager& m, Write write)
{
    if (const auto other = s.managers().findByEmail(m.email); other && other->id != m.id)
        throw ValidationError(std::vector<FieldError>{
            {"email", "another team member already has the address " + other->email}});
    try {
        write(m);
    } catch (const ConflictError&) {
        throw ValidationError(
            std::vector<FieldError>{{"email", "another team member already has the address " + m.email}});
    }
}

} // namespace

std::vector<Manager> Team::list()
{
    return m_workspace.store().managers().list();
}

Manager Team::byEmail(std::string_view email, std::string_view field)
{
    if (auto m = m_workspace.store().managers().findByEmail(trim(email)))
        return *m;
    throw ValidationError(std::vector<FieldError>{
        {std::string(field), "no team member has the e-mail address '" + std::string(trim(email)) + "'"}});
}

Manager Team::add(Manager member)
{
    member.name = std::string(trim(member.name));
    member.email = std::string(trim(member.email));
    if (member.email.empty())
        throw ValidationError(std::vector<FieldError>{
            {"email", "is required: a team member is known by their e-mail address"}});
    throwIfInvalid(member.validate());
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    member.active = true;
    writeMember(s, member, [&](Manager& m) { s.managers().create(m); });
    tx.commit();
    return load(s, member.id);
}

Change<Manager> Team::edit(Manager member)
{
    Store& s = m_workspace.store();
    member.name = std::string(trim(member.name));
    member.email = std::string(trim(member.email));
    auto tx = s.transaction();
    Change<Manager> change{load(s, member.id), {}};
    if (member.email.empty())
        throw ValidationError(std::vector<FieldError>{
            {"email", "is required: a team member is known by their e-mail address"}});
    member.active = change.before.active;
    writeMember(s, member, [&](Manager& m) { s.managers().update(m); });
    tx.commit();
    change.after = load(s, member.id);
    return change;
}

std::int64_t Team::accountsOwnedBy(ManagerId member)
{
    AccountQuery query;
    query.ownerId = member;
    query.includeArchived = true;
    return m_workspace.store().accounts().count(query);
}

Deactivation Team::deactivate(ManagerId member, std::optional<ManagerId> handOverTo)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    Deactivation d;
    d.before = load(s, member);
    if (!d.before.active)
        throw ValidationError(
            std::vector<FieldError>{{"active", d.before.email + " is deactivated already"}});
    const std::int64_t owned = accountsOwnedBy(member);
    if (handOverTo) {
        requireActive(s, handOverTo, "handover_to");
        if (*handOverTo == member)
            throw ValidationError(std::vector<FieldError>{
                {"handover_to", "hand the accounts over to another member than " + d.before.email}});
        AccountBulk bulk(m_workspace);
        d.handOver = bulk.handOver(bulk.planHandOver(member, *handOverTo));
    } else if (owned > 0) {
        throw ValidationError(
            std::vector<FieldError>{{"handover_to", d.before.email + " still owns " + std::to_string(owned) +
                                                        " account(s); name the member who takes them over"}});
    }
    Manager m = d.before;
    m.active = false;
    s.managers().update(m);
    tx.commit();
    d.after = load(s, member);
    return d;
}

void Team::undoDeactivation(const Deactivation& d)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    Manager m = load(s, d.before.id);
    m.active = true;
    s.managers().update(m);
    if (d.handOver)
        AccountBulk(m_workspace).undo(*d.handOver);
    tx.commit();
}

Change<Manager> Team::reactivate(ManagerId member)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    Change<Manager> change{load(s, member), {}};
    Manager m = change.before;
    m.active = true;
    s.managers().update(m);
    tx.commit();
    change.after = load(s, member);
    return change;
}

void Team::requireActive(Store& store, std::optional<ManagerId> member, std::string_view field)
{
    if (!member)
        return;
    const auto m = store.managers().find(*member);
    if (!m)
        throw ValidationError(std::vector<FieldError>{
            {std::string(field), "manager " + std::to_string(*member) + " does not exist"}});
    if (!m->active)
        throw ValidationError(
            std::vector<FieldError>{{std::string(field), (m->email.empty() ? m->name : m->email) +
                                                             " is deactivated and can own nothing new"}});
}

} // namespace keystone
