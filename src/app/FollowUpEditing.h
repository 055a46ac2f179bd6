// Follow-ups and commitments as records of their own: created directly on an
// account (a task or a commitment, a due date, an owner who is an active member,
// optionally the interaction it comes from), edited, rescheduled with the reason
// kept, reassigned, marked done, reopened and deleted. Each write is one transaction
// and returns what undoing it needs.
#pragma once

#include "app/Change.h"
#include "app/Workspace.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone {

// One write to a follow-up: the record before and after, and the entry it added to
// the reschedule history when the due date moved. Undo with FollowUpEditing::undo,
// redo with redo.
struct FollowUpChange
{
    FollowUp before;
    FollowUp after;
    std::optional<FollowUpReschedule> reschedule;
};

// A deleted follow-up as it was, with who created and changed it and its history.
struct FollowUpRecord
{
    FollowUp followUp;
    Attribution attribution;
    std::vector<FollowUpReschedule> history;
};

class FollowUpEditing
{
public:
    // The workspace must outlive this object.
    explicit FollowUpEditing(Workspace& workspace) : m_workspace(workspace) {}

    // Creates the follow-up; without an owner it is the current user's, else the
    // account's manager's. Returns it as stored. Undo: remove(id).
    FollowUp add(FollowUp followUp);
    // Throws NotFoundError.
    FollowUp find(FollowUpId id);
    // The follow-ups of the query, by due date.
    std::vector<FollowUp> list(const FollowUpQuery& query);
    // Writes every field; a new due date is recorded in the history (without a reason).
    FollowUpChange edit(FollowUp followUp);
    // Moves the due date and records why.
    FollowUpChange reschedule(FollowUpId id, Date due, std::string reason);
    // Gives the follow-up to another active member.
    FollowUpChange reassign(FollowUpId id, ManagerId owner);
    // Marks it done (now) or open again.
    FollowUpChange setDone(FollowUpId id, bool done);
    // Writes `before` back and takes the reschedule entry out of the history.
    void undo(const FollowUpChange& change);
    // Writes `after` again and puts the reschedule entry back.
    void redo(const FollowUpChange& change);
    // The due date's history, oldest first.
    std::vector<FollowUpReschedule> history(FollowUpId id);
    // Deletes the follow-up (and its history). Undo: restore(record).
    FollowUpRecord remove(FollowUpId id);
    void restore(const FollowUpRecord& record);

private:
    FollowUpChange write(FollowUp before, FollowUp after, std::string reason);

    Workspace& m_workspace;
};

} // namespace keystone
