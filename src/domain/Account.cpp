#include "domain/Account.h"

#include "domain/Text.h"
#include "domain/Validation.h"

namespace keystone {

std::vector<FieldError> Account::validate() const
{
    Validator v;
    v.text("name", name, 300, true);
    v.text("ref", ref, 100);
    v.check(ref == trim(ref), "ref", "must not start or end with spaces");
    v.text("legal_name", legalName, 300);
    v.text("industry", industry, 200);
    v.text("country", country, 100);
    v.text("region", region, 200);
    v.text("website", website, 500);
    v.check(!headcount || *headcount >= 0, "headcount", "must be zero or more");
    v.check(!parentId || id == 0 || *parentId != id, "parent", "an account cannot be its own parent");
    for (const auto& tag : tags) {
        v.text("tags", tag, 100);
        v.check(!trim(tag).empty(), "tags", "a tag must not be empty");
        v.check(tag.find_first_of(",;") == std::string::npos, "tags", "a tag must not contain ',' or ';'");
    }
    return v.take();
}

} // namespace keystone
