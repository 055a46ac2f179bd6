#include "domain/Contact.h"

#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> Contact::validate() const
{
    Validator v;
    v.check(accountId > 0, "account", "is required");
    v.text("name", name, 300, true);
    v.text("position", position, 300);
    v.text("department", department, 300);
    v.text("email", email, 320);
    v.email("email", email);
    v.text("language", language, 35);
    v.check(influence >= 1 && influence <= 5, "influence", "must be from 1 to 5");
    v.check(!reportsTo || id == 0 || *reportsTo != id, "reports_to", "a contact cannot report to themselves");
    v.text("notes", notes, 100'000);
    for (const auto& phone : phones) {
        v.text("phones", phone.number, 64, true);
        v.text("phones", phone.label, 64);
    }
    return v.take();
}

} // namespace keystone
