// Storage of the people at accounts.
#pragma once

#include "domain/Contact.h"

#include <optional>
#include <vector>

namespace keystone {

class ContactRepository
{
public:
    virtual ~ContactRepository() = default;
    virtual void create(Contact& contact) = 0;
    virtual void update(Contact& contact) = 0;
    virtual std::optional<Contact> find(ContactId id) const = 0;
    // Ordered by folded name.
    virtual std::vector<Contact> listForAccount(AccountId accountId) const = 0;
    // Deletes the contact; those who reported to them then report to nobody.
    virtual void remove(ContactId id) = 0;
};

} // namespace keystone
