// Bulk reads for analytics over the whole book: who bought on which day, who was
// contacted when, where lost tenders went. One pass each instead of a query per
// account, so that 50,000 accounts stay fast.
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Ids.h"
#include "domain/Money.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace keystone {

struct InteractionBrief
{
    AccountId accountId = 0;
    std::optional<ManagerId> managerId;
    InteractionKind kind = InteractionKind::Call;
    DateTime occurredAt;
};

// The few fields of an account that analytics needs, without tags and texts.
struct AccountBrief
{
    AccountId id = 0;
    std::string ref;
    std::string name;
    std::optional<ManagerId> ownerId;
    AccountStatus status = AccountStatus::Active;
    KindSet kinds;
};

class ActivityReader
{
public:
    virtual ~ActivityReader() = default;
    // Accounts that are not archived, by id.
    virtual std::vector<AccountBrief> accounts() const = 0;
    // Days with a positive net amount on or before `to`, ordered by account, then day.
    virtual void forEachPurchaseDay(Date to, const std::function<void(AccountId, Date, Money)>& visit) const = 0;
    // Interactions that occurred in [from, to], ordered by account, then time.
    virtual void forEachInteraction(DateTime from, DateTime to,
                                    const std::function<void(const InteractionBrief&)>& visit) const = 0;
    // Per account with any, the time of its latest interaction at or before `to`.
    virtual std::map<AccountId, DateTime> lastInteractions(DateTime to) const = 0;
    // Per account, the competitor that won its most recent lost tender (that records a winner).
    virtual std::map<AccountId, std::string> lostTenderWinners() const = 0;
    // Per account, the title of its open follow-up with the latest due date.
    virtual std::map<AccountId, std::string> latestOpenFollowUps() const = 0;
};

} // namespace keystone
