#include "app/FollowUpEditing.h"

#include "app/Team.h"

namespace keystone {

FollowUp FollowUpEditing::add(FollowUp followUp)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    const auto account = s.accounts().find(followUp.accountId);
    if (!account)
        throw ValidationError(std::vector<FieldError>{
            {"account", "account " + std::to_string(followUp.accountId) + " does not exist"}});
    if (!followUp.ownerId)
        followUp.ownerId = s.actor() ? s.actor() : account->ownerId;
    Team::requireActive(s, followUp.ownerId, "owner");
    if (followUp.interactionId) {
        const auto i = s.interactions().find(*followUp.interactionId);
        if (i && i->accountId != followUp.accountId)
            throw ValidationError(std::vector<FieldError>{
                {"interaction", "interaction " + std::to_string(i->id) + " is at another account"}});
    }
    s.followUps().create(followUp);
    tx.commit();
    return find(followUp.id);
}

FollowUp FollowUpEditing::find(FollowUpId id)
{
    auto f = m_workspace.store().followUps().find(id);
    if (!f)
        throw NotFoundError("follow-up " + std::to_string(id) + " does not exist");
    return *f;
}

std::vector<FollowUp> FollowUpEditing::list(const FollowUpQuery& query)
{
    return m_workspace.store().followUps().list(query);
}

FollowUpChange FollowUpEditing::write(FollowUp before, FollowUp after, std::string reason)
{
    Store& s = m_workspace.store();
    if (after.accountId != before.accountId)
        throw ValidationError(
            std::vector<FieldError>{{"account", "a follow-up cannot move to another account"}});
    if (after.ownerId != before.ownerId)
        Team::requireActive(s, after.ownerId, "owner");
    after.createdAt = before.createdAt;
    FollowUpChange change{before, after, std::nullopt};
    auto tx = s.transaction();
    s.followUps().update(change.after);
    if (after.dueDate != before.dueDate) {
        FollowUpReschedule r;
        r.followUpId = before.id;
        r.from = before.dueDate;
        r.to = after.dueDate;
        r.reason = std::move(reason);
        s.followUps().addReschedule(r);
        change.reschedule = r;
    }
    tx.commit();
    change.after = find(before.id);
    return change;
}

FollowUpChange FollowUpEditing::edit(FollowUp followUp)
{
    return write(find(followUp.id), followUp, {});
}

FollowUpChange FollowUpEditing::reschedule(FollowUpId id, Date due, std::string reason)
{
    FollowUp before = find(id);
    if (due == before.dueDate)
        throw ValidationError(
            std::vector<FieldError>{{"due", "the follow-up is due on " + due.toIso() + " already"}});
    FollowUp after = before;
    after.dueDate = due;
    return write(before, after, std::move(reason));
}

FollowUpChange FollowUpEditing::reassign(FollowUpId id, ManagerId owner)
{
    FollowUp before = find(id);
    FollowUp after = before;
    after.ownerId = owner;
    return write(before, after, {});
}

FollowUpChange FollowUpEditing::setDone(FollowUpId id, bool done)
{
    FollowUp before = find(id);
    FollowUp after = before;
    after.done = done;
    after.doneAt.reset(); // stamped now by the store when done
    return write(before, after, {});
}

void FollowUpEditing::undo(const FollowUpChange& change)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    FollowUp f = change.before;
    s.followUps().update(f);
    if (change.reschedule)
        s.followUps().removeReschedule(change.reschedule->id);
    tx.commit();
}

void FollowUpEditing::redo(const FollowUpChange& change)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    FollowUp f = change.after;
    s.followUps().update(f);
    if (change.reschedule) {
        FollowUpReschedule r = *change.reschedule;
        s.followUps().addReschedule(r);
    }
    tx.commit();
}

std::vector<FollowUpReschedule> FollowUpEditing::history(FollowUpId id)
{
    return m_workspace.store().followUps().reschedules(id);
}

FollowUpRecord FollowUpEditing::remove(FollowUpId id)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    FollowUpRecord record{find(id), s.attribution(RecordTable::FollowUps, id), history(id)};
    s.followUps().remove(id);
    tx.commit();
    return record;
}

void FollowUpEditing::restore(const FollowUpRecord& record)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    FollowUp f = record.followUp;
    if (f.interactionId && !s.interactions().find(*f.interactionId))
        f.interactionId.reset(); // its interaction was deleted meanwhile
    s.followUps().restore(f);
    s.restoreAttribution(RecordTable::FollowUps, f.id, record.attribution);
    for (auto r : record.history)
        s.followUps().addReschedule(r);
    tx.commit();
}

} // namespace keystone
