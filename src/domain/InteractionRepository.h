// Storage of the interaction history.
#pragma once

#include "domain/Interaction.h"

#include <optional>
#include <vector>

namespace keystone {

class InteractionRepository
{
public:
    virtual ~InteractionRepository() = default;
    virtual void create(Interaction& interaction) = 0;
    virtual void update(Interaction& interaction) = 0;
    virtual std::optional<Interaction> find(InteractionId id) const = 0;
    // Newest first; limit -1 for all.
    virtual std::vector<Interaction> listForAccount(AccountId accountId, int limit = -1) const = 0;
    // Interactions of every account that occurred in [from, to], newest first, with
    // their participants; in bulk, not one query per account.
    virtual std::vector<Interaction> listBetween(DateTime from, DateTime to) const = 0;
    virtual void remove(InteractionId id) = 0;
    // Puts back a removed interaction exactly as it was: its id, created_at and
    // participants (undoing a delete).
    virtual void restore(const Interaction& interaction) = 0;
};

} // namespace keystone
