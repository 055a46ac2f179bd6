// Storage of the people at accounts.
#pragma once

#include "domain/Contact.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone {

// A contact with the name of the account it belongs to, for lists across accounts.
struct ContactListing
{
    Contact contact;
    std::string accountName;
};

class ContactRepository
{
public:
    virtual ~ContactRepository() = default;
    virtual void create(Contact& contact) = 0;
    virtual void update(Contact& contact) = 0;
    virtual std::optional<Contact> find(ContactId id) const = 0;
    // Ordered by folded name.
    virtual std::vector<Contact> listForAccount(AccountId accountId) const = 0;
    // Every contact of the accounts not archived, with phones and the account's
    // name, ordered by folded name; in bulk, not one query per account.
    virtual std::vector<ContactListing> listAll() const = 0;
    // Deletes the contact; those who reported to them then report to nobody.
    virtual void remove(ContactId id) = 0;
};

} // namespace keystone
