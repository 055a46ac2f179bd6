#include "domain/Interaction.h"

#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> Interaction::validate() const
{
    Validator v;
    v.check(accountId > 0, "account", "is required");
    v.check(occurredAt.unixSeconds() != 0, "occurred_at", "is required");
    v.text("subject", subject, 500, true);
    v.text("summary", summary, 1'000'000);
    v.text("outcome", outcome, 10'000);
    v.text("product", product, 500);
    return v.take();
}

bool concernsProduct(InteractionKind kind)
{
    return kind == InteractionKind::Feedback || kind == InteractionKind::ModificationRequest ||
           kind == InteractionKind::BetaTest || kind == InteractionKind::Complaint;
}

} // namespace keystone
