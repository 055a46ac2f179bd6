#include "domain/FollowUp.h"

#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> FollowUp::validate() const
{
    Validator v;
    v.check(accountId > 0, "account", "is required");
    v.text("title", title, 500, true);
    v.text("notes", notes, 100'000);
    v.check(!doneAt || done, "done_at", "is set on an open follow-up");
    return v.take();
}

} // namespace keystone
