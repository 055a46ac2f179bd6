// Contacts and their phone numbers in SQLite.
#pragma once

#include "storage/Actor.h"
#include "domain/ContactRepository.h"
#include "domain/Date.h"
#include "storage/SqliteSearchIndex.h"

namespace keystone {

class SqliteContactRepository final : public ContactRepository
{
public:
    SqliteContactRepository(sql::Connection& connection, SqliteSearchIndex& index, const Clock& clock,
                            const Actor& actor)
        : m_connection(connection), m_index(index), m_clock(clock), m_actor(actor)
    {
    }

    void create(Contact& contact) override;
    void update(Contact& contact) override;
    std::optional<Contact> find(ContactId id) const override;
    std::vector<Contact> listForAccount(AccountId accountId) const override;
    std::vector<ContactListing> listAll() const override;
    void remove(ContactId id) override;

private:
    void checkReportsTo(const Contact& c) const;
    void savePhones(const Contact& c);
    void loadPhones(Contact& c) const;
    void bindFields(sql::Statement& st, const Contact& c) const;

    sql::Connection& m_connection;
    SqliteSearchIndex& m_index;
    const Clock& m_clock;
    const Actor& m_actor;
};

} // namespace keystone
