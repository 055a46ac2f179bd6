// Settings as JSON text in the settings table.
#pragma once

#include "domain/SettingsRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteSettingsRepository final : public SettingsRepository
{
public:
    explicit SqliteSettingsRepository(sql::Connection& connection) : m_connection(connection) {}
    std::optional<std::string> get(std::string_view key) const override;
    void set(std::string_view key, std::string_view json) override;

private:
    sql::Connection& m_connection;
};

} // namespace keystone
