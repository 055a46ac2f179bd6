// Tenders in SQLite.
#pragma once

#include "domain/TenderRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteTenderRepository final : public TenderRepository
{
public:
    explicit SqliteTenderRepository(sql::Connection& connection) : m_connection(connection) {}

    void create(Tender& tender) override;
    void update(Tender& tender) override;
    std::optional<Tender> find(TenderId id) const override;
    std::vector<Tender> listForAccount(AccountId accountId) const override;
    void remove(TenderId id) override;

private:
    sql::Connection& m_connection;
};

} // namespace keystone
