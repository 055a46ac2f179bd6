#include "domain/Tender.h"

#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> Tender::validate() const
{
    Validator v;
    v.check(accountId > 0, "account", "is required");
    v.text("title", title, 500, true);
    v.text("reason", reason, 100'000);
    v.text("notes", notes, 100'000);
    v.check(!value || value->units() >= 0, "value", "must not be negative");
    v.check(!winnerId || outcome == TenderOutcome::Lost, "winner",
            "a winning competitor is recorded only for a lost tender");
    return v.take();
}

} // namespace keystone
