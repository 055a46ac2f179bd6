// A user of the app, a member of the team: an account manager, a sales lead or an
// admin. Accounts, interactions and follow-ups name their manager; hand-over moves
// them from one manager to another. A deactivated member keeps their history and
// can own nothing new.
#pragma once

#include "domain/Enums.h"
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
    ManagerRole role = ManagerRole::Manager;

    std::vector<FieldError> validate() const;
    bool operator==(const Manager&) const = default;
};

} // namespace keystone
