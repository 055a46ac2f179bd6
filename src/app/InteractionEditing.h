// Opening, correcting and deleting logged interactions, with every field: kind,
// time, the account's contacts and our colleagues who took part, subject, notes,
// sentiment, outcome and the product concerned. Each write is one transaction; an
// edit returns the interaction before and after, a delete returns everything needed
// to put it back exactly (restore), so a face can undo both.
#pragma once

#include "app/Change.h"
#include "app/Workspace.h"

#include <vector>

namespace keystone {

// A deleted interaction as it was: the record with its participants, who created and
// last changed it, and the follow-ups that named it as theirs (they stay, unlinked).
struct InteractionRecord
{
    Interaction interaction;
    Attribution attribution;
    std::vector<FollowUpId> followUps;
};

class InteractionEditing
{
public:
    // The workspace must outlive this object.
    explicit InteractionEditing(Workspace& workspace) : m_workspace(workspace) {}

    // Logs an interaction, and its next step (a task or a commitment) when given, in
    // one transaction: Workspace::logInteraction, whose "by" defaults to the current
    // user. Undo: Workspace::removeLoggedInteraction.
    LoggedInteraction log(Interaction interaction, std::optional<FollowUp> nextStep = std::nullopt);
    // Throws NotFoundError.
    Interaction find(InteractionId id);
    // Writes every field of the interaction (it cannot move to another account).
    // Undo: edit(change.before). Throws ValidationError, NotFoundError.
    Change<Interaction> edit(Interaction interaction);
    // Deletes the interaction; its follow-ups stay, without it. Undo: restore(record).
    InteractionRecord remove(InteractionId id);
    // Puts a deleted interaction back under its id, with its participants, attribution
    // and the follow-ups' links to it.
    void restore(const InteractionRecord& record);

private:
    Workspace& m_workspace;
};

} // namespace keystone
