// Managers (the app's users) in SQLite.
#pragma once

#include "storage/Actor.h"
#include "domain/ManagerRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteManagerRepository final : public ManagerRepository
{
public:
    SqliteManagerRepository(sql::Connection& connection, const Actor& actor) : m_connection(connection), m_actor(actor) {}

    void create(Manager& manager) override;
    void update(Manager& manager) override;
    std::optional<Manager> find(ManagerId id) const override;
    std::optional<Manager> findByEmail(std::string_view email) const override;
    std::vector<Manager> list() const override;
    std::optional<ManagerId> rememberedUser(std::string_view osUser) const override;
    void rememberUser(std::string_view osUser, std::optional<ManagerId> manager) override;

private:
    sql::Connection& m_connection;
    const Actor& m_actor;
};

} // namespace keystone
