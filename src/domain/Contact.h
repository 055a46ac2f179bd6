// A person at an account and their part in its decisions.
#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Errors.h"
#include "domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone {

struct Phone
{
    std::string label; // "work", "mobile", free text
    std::string number;
    bool operator==(const Phone&) const = default;
};

struct Contact
{
    ContactId id = 0;
    AccountId accountId = 0;
    std::string name;
    std::string position;
    std::string department;
    std::string email;
    std::vector<Phone> phones;
    std::string language; // BCP 47 tag such as "ru" or "he-IL"; free text is tolerated
    DecisionRole role = DecisionRole::Unknown;
    Attitude attitude = Attitude::Unknown;
    int influence = 3; // 1 (none) .. 5 (decisive)
    std::optional<ContactId> reportsTo;
    bool leftCompany = false;
    std::string notes;
    DateTime createdAt;
    DateTime updatedAt;

    std::vector<FieldError> validate() const;
    bool operator==(const Contact&) const = default;
};

} // namespace keystone
