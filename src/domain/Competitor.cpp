#include "domain/Competitor.h"

#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> Competitor::validate() const
{
    Validator v;
    v.text("name", name, 300, true);
    v.text("website", website, 500);
    v.text("notes", notes, 100'000);
    return v.take();
}

std::vector<FieldError> CompetitorPresence::validate() const
{
    Validator v;
    v.check(accountId > 0, "account", "is required");
    v.check(competitorId > 0, "competitor", "is required");
    v.text("products", products, 10'000);
    v.text("strengths", strengths, 10'000);
    v.text("notes", notes, 100'000);
    return v.take();
}

} // namespace keystone
