// Storage of follow-ups and commitments.
#pragma once

#include "domain/FollowUp.h"
#include "domain/FollowUpReschedule.h"

#include <optional>
#include <vector>

namespace keystone {

struct FollowUpQuery
{
    std::optional<AccountId> accountId;
    std::optional<ManagerId> ownerId;
    std::optional<Date> dueOnOrBefore;
    bool openOnly = true;
};

class FollowUpRepository
{
public:
    virtual ~FollowUpRepository() = default;
    virtual void create(FollowUp& followUp) = 0;
    virtual void update(FollowUp& followUp) = 0;
    virtual std::optional<FollowUp> find(FollowUpId id) const = 0;
    // Ordered by due date, then id.
    virtual std::vector<FollowUp> list(const FollowUpQuery& query) const = 0;
    virtual void remove(FollowUpId id) = 0;
    // Puts back a removed follow-up exactly as it was, under its id (undoing a delete).
    virtual void restore(const FollowUp& followUp) = 0;

    // The history of a follow-up's due date. A new entry (id 0) is stamped with the
    // time and the actor; one with an id is put back as it was (undo, redo).
    virtual void addReschedule(FollowUpReschedule& reschedule) = 0;
    // Oldest first.
    virtual std::vector<FollowUpReschedule> reschedules(FollowUpId id) const = 0;
    virtual void removeReschedule(RescheduleId id) = 0;
};

} // namespace keystone
