#include "domain/TenderReason.h"

#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> TenderReason::validate() const
{
    Validator v;
    v.text("name", name, 200, true);
    return v.take();
}

} // namespace keystone
