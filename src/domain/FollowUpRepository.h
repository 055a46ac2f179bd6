// Storage of follow-ups and commitments.
#pragma once

#include "domain/FollowUp.h"

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
};

} // namespace keystone
