// Something to do by a date: a task for us, or a commitment made to the customer
// (a delivery date, a promised offer). Late commitments lose key accounts.
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone {

struct FollowUp
{
    FollowUpId id = 0;
    AccountId accountId = 0;
    std::string title;
    std::string notes;
    Date dueDate;
    std::optional<ManagerId> ownerId;
    FollowUpKind kind = FollowUpKind::Task;
    bool done = false;
    std::optional<DateTime> doneAt;
    std::optional<InteractionId> interactionId; // the interaction that created it
    DateTime createdAt;

    bool isOverdue(Date today) const { return !done && dueDate < today; }
    std::vector<FieldError> validate() const;
    bool operator==(const FollowUp&) const = default;
};

} // namespace keystone
