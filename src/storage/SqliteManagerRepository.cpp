#include "storage/SqliteManagerRepository.h"

#include "domain/Text.h"
#include "domain/Validation.h"

namespace keystone {

namespace {

constexpr std::string_view kSelect = "SELECT id, name, coalesce(email, ''), active FROM managers ";

Manager readManager(const sql::Statement& st) { return Manager{st.int64(0), st.text(1), st.text(2), st.int64(3) != 0}; }

std::string duplicateEmail(const Manager& m) { return "email: another manager already has the address " + m.email; }

} // namespace

void SqliteManagerRepository::create(Manager& manager)
{
    throwIfInvalid(manager.validate());
    sql::Statement st(m_connection, "INSERT INTO managers(name, name_key, email, active) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, manager.name).bind(2, foldKey(manager.name)).bindTextOrNull(3, manager.email).bind(4, manager.active);
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError(duplicateEmail(manager));
    }
    manager.id = m_connection.lastInsertId();
}

void SqliteManagerRepository::update(Manager& manager)
{
    throwIfInvalid(manager.validate());
    sql::Statement st(m_connection, "UPDATE managers SET name = ?1, name_key = ?2, email = ?3, active = ?4 WHERE id = ?5");
    st.bind(1, manager.name).bind(2, foldKey(manager.name)).bindTextOrNull(3, manager.email).bind(4, manager.active);
    st.bind(5, manager.id);
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError(duplicateEmail(manager));
    }
    if (m_connection.changes() == 0)
        throw NotFoundError("manager " + std::to_string(manager.id) + " does not exist");
}

std::optional<Manager> SqliteManagerRepository::find(ManagerId id) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readManager(st);
}

std::optional<Manager> SqliteManagerRepository::findByEmail(std::string_view email) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE email = ?1 COLLATE NOCASE");
    st.bind(1, email);
    if (!st.step())
        return std::nullopt;
    return readManager(st);
}

std::vector<Manager> SqliteManagerRepository::list() const
{
    sql::Statement st(m_connection, std::string(kSelect) + "ORDER BY name_key, id");
    std::vector<Manager> result;
    while (st.step())
        result.push_back(readManager(st));
    return result;
}

} // namespace keystone
