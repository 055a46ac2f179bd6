// A tender the account ran and we took part in, and why we won or lost it.
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Ids.h"
#include "domain/Money.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone {

struct Tender
{
    TenderId id = 0;
    AccountId accountId = 0;
    std::string title;
    Date date;
    std::optional<Money> value;
    TenderOutcome outcome = TenderOutcome::Open;
    std::string reason; // why it was won, lost or withdrawn: the free-text detail of reasonId
    std::optional<CompetitorId> winnerId; // the competitor that won it
    std::string notes;
    std::optional<ReasonId> reasonId; // from the managed list of reasons, so they can be counted

    std::vector<FieldError> validate() const;
    bool operator==(const Tender&) const = default;
};

} // namespace keystone
