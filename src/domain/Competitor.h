// Another company trying to win our accounts, and its presence at each of them.
#pragma once

#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Ids.h"

#include <string>
#include <vector>

namespace keystone {

struct Competitor
{
    CompetitorId id = 0;
    std::string name; // unique, compared folded
    std::string website;
    std::string notes;

    std::vector<FieldError> validate() const;
    bool operator==(const Competitor&) const = default;
};

struct CompetitorPresence
{
    PresenceId id = 0;
    AccountId accountId = 0;
    CompetitorId competitorId = 0;
    std::string products;  // what it sells there
    std::string strengths; // and how it tries to win
    ThreatLevel threat = ThreatLevel::Medium;
    std::string notes;

    std::vector<FieldError> validate() const;
    bool operator==(const CompetitorPresence&) const = default;
};

// What merging a duplicate competitor into the one kept did, so that it can be undone
// exactly: the duplicate as it was, the presences and tenders moved to the kept one,
// and the duplicate's presences at accounts where the kept one was already present
// (those are dropped: one presence per account and competitor).
struct CompetitorMerge
{
    CompetitorId keptId = 0;
    Competitor removed;
    std::vector<PresenceId> movedPresences;
    std::vector<CompetitorPresence> droppedPresences;
    std::vector<TenderId> movedTenders;
};

} // namespace keystone
