#include "storage/StorageSupport.h"

#include "domain/Errors.h"
#include "domain/Validation.h"

namespace keystone::sql {

void requireRow(Connection& connection, Table table, std::int64_t id, std::string_view field)
{
    const char* query = nullptr;
    const char* what = nullptr;
    switch (table) {
    case Table::Accounts:
        query = "SELECT 1 FROM accounts WHERE id = ?1";
        what = "account ";
        break;
    case Table::Contacts:
        query = "SELECT 1 FROM contacts WHERE id = ?1";
        what = "contact ";
        break;
    case Table::Interactions:
        query = "SELECT 1 FROM interactions WHERE id = ?1";
        what = "interaction ";
        break;
    case Table::Managers:
        query = "SELECT 1 FROM managers WHERE id = ?1";
        what = "manager ";
        break;
    case Table::Competitors:
        query = "SELECT 1 FROM competitors WHERE id = ?1";
        what = "competitor ";
        break;
    }
    Statement st(connection, query);
    st.bind(1, id);
    if (!st.step())
        throwIfInvalid({{std::string(field), what + std::to_string(id) + " does not exist"}});
}

void removeRow(Connection& connection, std::string_view deleteById, std::int64_t id, std::string_view what)
{
    Statement st(connection, deleteById);
    st.bind(1, id).run();
    if (connection.changes() == 0)
        throw NotFoundError(std::string(what) + " " + std::to_string(id) + " does not exist");
}

} // namespace keystone::sql
