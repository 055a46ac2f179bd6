#include "app/ContactDirectory.h"

namespace keystone {

std::vector<ContactListing> ContactDirectory::list(const ContactDirectoryQuery& query) const
{
    auto rows = m_store.contacts().listAll();
    if (!query.includeLeft)
        std::erase_if(rows, [](const ContactListing& r) { return r.contact.leftCompany; });
    return rows;
}

} // namespace keystone
