// Tenders in SQLite.
#pragma once

#include "storage/Actor.h"
#include "domain/TenderRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteTenderRepository final : public TenderRepository
{
public:
    SqliteTenderRepository(sql::Connection& connection, const Actor& actor) : m_connection(connection), m_actor(actor) {}

    void create(Tender& tender) override;
    void update(Tender& tender) override;
    std::optional<Tender> find(TenderId id) const override;
    std::vector<Tender> listForAccount(AccountId accountId) const override;
    void remove(TenderId id) override;
    void createReason(TenderReason& reason) override;
    std::vector<TenderReason> reasons() const override;
    std::optional<TenderReason> findReason(std::string_view name) const override;

private:
    sql::Connection& m_connection;
    const Actor& m_actor;
};

} // namespace keystone
