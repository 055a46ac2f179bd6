// Managers (the app's users) in SQLite.
#pragma once

#include "domain/ManagerRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteManagerRepository final : public ManagerRepository
{
public:
    explicit SqliteManagerRepository(sql::Connection& connection) : m_connection(connection) {}

    void create(Manager& manager) override;
    void update(Manager& manager) override;
    std::optional<Manager> find(ManagerId id) const override;
    std::optional<Manager> findByEmail(std::string_view email) const override;
    std::vector<Manager> list() const override;

private:
    sql::Connection& m_connection;
};

} // namespace keystone
