#include "storage/SqliteManagerRepository.h"

#include "domain/Text.h"
#include "domain/Validation.h"
#include "storage/StorageSupport.h"

namespace keystone {

namespace {

constexpr std::string_view kSelect = "SELECT id, name, coalesce(email, ''), active, role FROM managers ";

Manager readManager(const sql::Statement& st)
{
    return Manager{st.int64(0), st.text(1), st.text(2), st.int64(3) != 0,
                   fromKey<ManagerRole>(st.textView(4)).value_or(ManagerRole::Manager)};
}

std::string duplicateEmail(const Manager& m) { return "email: another manager already has the address " + m.email; }

} // namespace

void SqliteManagerRepository::create(Manager& manager)
{
    throwIfInvalid(manager.validate());
    sql::Statement st(m_connection,
                      "INSERT INTO managers(name, name_key, email, active, role) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, manager.name).bind(2, foldKey(manager.name)).bindTextOrNull(3, manager.email).bind(4, manager.active);
    st.bind(5, toKey(manager.role));
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError(duplicateEmail(manager));
    }
    manager.id = m_connection.lastInsertId();
    sql::stamp(m_connection, RecordTable::Managers, manager.id, m_actor, sql::Stamp::Created);
}

void SqliteManagerRepository::update(Manager& manager)
{
    throwIfInvalid(manager.validate());
    sql::Statement st(m_connection,
                      "UPDATE managers SET name = ?1, name_key = ?2, email = ?3, active = ?4, role = ?6 WHERE id = ?5");
    st.bind(1, manager.name).bind(2, foldKey(manager.name)).bindTextOrNull(3, manager.email).bind(4, manager.active);
    st.bind(5, manager.id).bind(6, toKey(manager.role));
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError(duplicateEmail(manager));
    }
    if (m_connection.changes() == 0)
        throw NotFoundError("manager " + std::to_string(manager.id) + " does not exist");
    sql::stamp(m_connection, RecordTable::Managers, manager.id, m_actor, sql::Stamp::Updated);
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

std::optional<ManagerId> SqliteManagerRepository::rememberedUser(std::string_view osUser) const
{
    sql::Statement st(m_connection, "SELECT manager_id FROM user_identities WHERE os_user = ?1");
    st.bind(1, osUser);
    if (!st.step())
        return std::nullopt;
    return st.int64(0);
}

void SqliteManagerRepository::rememberUser(std::string_view osUser, std::optional<ManagerId> manager)
{
    if (!manager) {
        sql::Statement st(m_connection, "DELETE FROM user_identities WHERE os_user = ?1");
        st.bind(1, osUser).run();
        return;
    }
    sql::requireRow(m_connection, sql::Table::Managers, *manager, "user");
    sql::Statement st(m_connection, R"sql(
        INSERT INTO user_identities(os_user, manager_id) VALUES (?1, ?2)
        ON CONFLICT(os_user) DO UPDATE SET manager_id = ?2)sql");
    st.bind(1, osUser).bind(2, *manager).run();
}

} // namespace keystone
