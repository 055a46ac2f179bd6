#include "storage/SqliteSettingsRepository.h"

#include "domain/Validation.h"

namespace keystone {

std::optional<std::string> SqliteSettingsRepository::get(std::string_view key) const
{
    sql::Statement st(m_connection, "SELECT value FROM settings WHERE key = ?1");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void SqliteSettingsRepository::set(std::string_view key, std::string_view json)
{
    sql::Statement valid(m_connection, "SELECT json_valid(?1)");
    valid.bind(1, json);
    if (!valid.step() || valid.int64(0) == 0)
        throwIfInvalid({{std::string(key), "is not valid JSON"}});
    sql::Statement st(m_connection,
                      "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2");
    st.bind(1, key).bind(2, json).run();
}

} // namespace keystone
