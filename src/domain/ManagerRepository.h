// Storage of the app's users.
#pragma once

#include "domain/Manager.h"

#include <optional>
#include <string_view>
#include <vector>

namespace keystone {

class ManagerRepository
{
public:
    virtual ~ManagerRepository() = default;
    virtual void create(Manager& manager) = 0;
    virtual void update(Manager& manager) = 0;
    virtual std::optional<Manager> find(ManagerId id) const = 0;
    virtual std::optional<Manager> findByEmail(std::string_view email) const = 0;
    // Ordered by folded name.
    virtual std::vector<Manager> list() const = 0;

    // The team member an operating-system user is in this database (the current user
    // remembered between sessions); std::nullopt forgets it.
    virtual std::optional<ManagerId> rememberedUser(std::string_view osUser) const = 0;
    virtual void rememberUser(std::string_view osUser, std::optional<ManagerId> manager) = 0;
};

} // namespace keystone
