// Who created a record and who last changed it. Kept beside the record rather than
// in the entity, so that comparing an entity with its stored self (imports count
// unchanged rows that way) is not about who touched it.
#pragma once

#include "domain/Ids.h"

#include <optional>

namespace keystone {

// The records that keep their attribution.
enum class RecordTable
{
    Accounts,
    Dossiers,
    Contacts,
    Interactions,
    FollowUps,
    Tenders,
    Presences,
    Competitors,
    Managers,
    Reasons
};

struct Attribution
{
    std::optional<ManagerId> createdBy;
    std::optional<ManagerId> updatedBy;
    bool operator==(const Attribution&) const = default;
};

} // namespace keystone
