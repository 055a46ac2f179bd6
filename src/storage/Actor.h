// The team member on whose behalf the store writes: the current user of the app or
// the command line. The repositories stamp it as created_by and updated_by on every
// record they write; nobody (std::nullopt) leaves those empty, as before schema 8.
#pragma once

#include "domain/Ids.h"

#include <optional>

namespace keystone {

class Actor
{
public:
    std::optional<ManagerId> id() const { return m_id; }
    void set(std::optional<ManagerId> id) { m_id = id; }

private:
    std::optional<ManagerId> m_id;
};

} // namespace keystone
