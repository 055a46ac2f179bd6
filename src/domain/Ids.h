// Row identities. Zero means "not stored yet"; references to other records that
// may be absent are std::optional.
#pragma once

#include <cstdint>

namespace keystone {

using AccountId = std::int64_t;
using ContactId = std::int64_t;
using InteractionId = std::int64_t;
using FollowUpId = std::int64_t;
using TenderId = std::int64_t;
using CompetitorId = std::int64_t;
using PresenceId = std::int64_t;
using SaleId = std::int64_t;
using ManagerId = std::int64_t;
using BatchId = std::int64_t;
using ReasonId = std::int64_t;
using RescheduleId = std::int64_t;

} // namespace keystone
