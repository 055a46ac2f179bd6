// A reason a tender was won or lost, from a managed list (price, quality, delivery
// terms ...), so that outcomes can be counted by reason; the tender keeps the free
// text detail beside it.
#pragma once

#include "domain/Errors.h"
#include "domain/Ids.h"

#include <string>
#include <vector>

namespace keystone {

struct TenderReason
{
    ReasonId id = 0;
    std::string name; // unique, compared folded

    std::vector<FieldError> validate() const;
    bool operator==(const TenderReason&) const = default;
};

} // namespace keystone
