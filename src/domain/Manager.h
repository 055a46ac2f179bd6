// A user of the app: an account manager or a sales lead. Accounts, interactions and
// follow-ups name their manager; hand-over moves them from one manager to another.
#pragma once

#include "domain/Errors.h"
#include "domain/Ids.h"

#include <string>
#include <vector>

namespace keystone {

struct Manager
{
    ManagerId id = 0;
    std::string name;
    std::string email; // unique when set
    bool active = true;

    std::vector<FieldError> validate() const;
    bool operator==(const Manager&) const = default;
};

} // namespace keystone
