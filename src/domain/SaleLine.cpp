#include "domain/SaleLine.h"

#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> SaleLine::validate() const
{
    Validator v;
    v.check(accountId > 0, "account", "is required");
    v.text("product", product, 200);
    v.text("document", document, 200);
    return v.take();
}

} // namespace keystone
