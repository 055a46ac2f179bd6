#include "domain/Manager.h"

#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> Manager::validate() const
{
    Validator v;
    v.text("name", name, 300, true);
    v.text("email", email, 320);
    v.email("email", email);
    return v.take();
}

} // namespace keystone
