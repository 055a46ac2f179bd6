// Storage of competitors and their presence at accounts.
#pragma once

#include "domain/Competitor.h"

#include <optional>
#include <string_view>
#include <vector>

namespace keystone {

class CompetitorRepository
{
public:
    virtual ~CompetitorRepository() = default;
    virtual void create(Competitor& competitor) = 0;
    virtual void update(Competitor& competitor) = 0;
    virtual std::optional<Competitor> find(CompetitorId id) const = 0;
    virtual std::optional<Competitor> findByName(std::string_view name) const = 0;
    virtual std::vector<Competitor> list() const = 0;
    virtual void remove(CompetitorId id) = 0;

    // One presence per account and competitor: saving again updates it.
    virtual void savePresence(CompetitorPresence& presence) = 0;
    virtual std::vector<CompetitorPresence> presenceAt(AccountId accountId) const = 0;
    virtual void removePresence(PresenceId id) = 0;

    // Merges a duplicate into the competitor kept: its presences and the tenders it
    // won move over (where both were present at an account, the kept one's presence
    // stays), then the duplicate goes. unmerge puts everything back as it was.
    virtual CompetitorMerge merge(CompetitorId keep, CompetitorId drop) = 0;
    virtual void unmerge(const CompetitorMerge& merge) = 0;
};

} // namespace keystone
