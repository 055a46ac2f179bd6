#include "app/InteractionEditing.h"

namespace keystone {

LoggedInteraction InteractionEditing::log(Interaction interaction, std::optional<FollowUp> nextStep)
{
    return m_workspace.logInteraction(std::move(interaction), std::move(nextStep));
}

Interaction InteractionEditing::find(InteractionId id)
{
    auto i = m_workspace.store().interactions().find(id);
    if (!i)
        throw NotFoundError("interaction " + std::to_string(id) + " does not exist");
    return *i;
}

Change<Interaction> InteractionEditing::edit(Interaction interaction)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    Change<Interaction> change{find(interaction.id), {}};
    if (interaction.accountId != change.before.accountId)
        throw ValidationError(
            std::vector<FieldError>{{"account", "an interaction cannot move to another account"}});
    interaction.createdAt = change.before.createdAt;
    s.interactions().update(interaction);
    tx.commit();
    change.after = find(interaction.id);
    return change;
}

InteractionRecord InteractionEditing::remove(InteractionId id)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    InteractionRecord record{find(id), s.attribution(RecordTable::Interactions, id), {}};
    FollowUpQuery query;
    query.accountId = record.interaction.accountId;
    query.openOnly = false;
    for (const auto& f : s.followUps().list(query))
        if (f.interactionId == id)
            record.followUps.push_back(f.id);
    s.interactions().remove(id);
    tx.commit();
    return record;
}

void InteractionEditing::restore(const InteractionRecord& record)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    s.interactions().restore(record.interaction);
    s.restoreAttribution(RecordTable::Interactions, record.interaction.id, record.attribution);
    for (FollowUpId fid : record.followUps) {
        auto f = s.followUps().find(fid);
        if (!f || f->interactionId)
            continue; // deleted or linked elsewhere meanwhile
        const Attribution kept = s.attribution(RecordTable::FollowUps, fid);
        f->interactionId = record.interaction.id;
        s.followUps().update(*f);
        s.restoreAttribution(RecordTable::FollowUps, fid, kept); // relinking is part of the undo, not an edit
    }
    tx.commit();
}

} // namespace keystone
