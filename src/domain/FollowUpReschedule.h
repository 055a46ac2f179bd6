// One move of a follow-up's due date and why, kept so that a commitment pushed back
// again and again shows it.
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"

#include <optional>
#include <string>

namespace keystone {

struct FollowUpReschedule
{
    RescheduleId id = 0;
    FollowUpId followUpId = 0;
    Date from;
    Date to;
    std::string reason;
    DateTime at;
    std::optional<ManagerId> by;

    bool operator==(const FollowUpReschedule&) const = default;
};

} // namespace keystone
