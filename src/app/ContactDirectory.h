// The people across every account, for the Contacts screen: one statement for
// the contacts with their account's name and one for all phone numbers, never a
// query per account.
#pragma once

#include "storage/Store.h"

#include <vector>

namespace keystone {

struct ContactDirectoryQuery
{
    bool includeLeft = true; // people who left their company
};

class ContactDirectory
{
public:
    // The store must outlive this object.
    explicit ContactDirectory(Store& store) : m_store(store) {}

    // Contacts of the accounts not archived, ordered by folded name.
    std::vector<ContactListing> list(const ContactDirectoryQuery& query = {}) const;

private:
    Store& m_store;
};

} // namespace keystone
