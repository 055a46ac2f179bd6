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
    case Table::Reasons:
        query = "SELECT 1 FROM tender_reasons WHERE id = ?1";
        what = "reason ";
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

namespace {

// The table and its key column; fixed names, never user input.
std::pair<std::string_view, std::string_view> tableOf(RecordTable table)
{
    switch (table) {
    case RecordTable::Accounts:
        return {"accounts", "id"};
    case RecordTable::Dossiers:
        return {"dossiers", "account_id"};
    case RecordTable::Contacts:
        return {"contacts", "id"};
    case RecordTable::Interactions:
        return {"interactions", "id"};
    case RecordTable::FollowUps:
        return {"follow_ups", "id"};
    case RecordTable::Tenders:
        return {"tenders", "id"};
    case RecordTable::Presences:
        return {"competitor_presence", "id"};
    case RecordTable::Competitors:
        return {"competitors", "id"};
    case RecordTable::Managers:
        return {"managers", "id"};
    case RecordTable::Reasons:
        return {"tender_reasons", "id"};
    }
    return {"accounts", "id"};
}

std::string sqlFor(RecordTable table, std::string_view head, std::string_view tail)
{
    const auto [name, key] = tableOf(table);
    std::string text(head);
    text += name;
    text += tail;
    text += key;
    text += " = ?1";
    return text;
}

} // namespace

void stamp(Connection& connection, RecordTable table, std::int64_t id, const Actor& actor, Stamp what)
{
    if (what == Stamp::Created && !actor.id())
        return;
    Statement st(connection, what == Stamp::Created
                                 ? sqlFor(table, "UPDATE ", " SET created_by = ?2, updated_by = ?2 WHERE ")
                                 : sqlFor(table, "UPDATE ", " SET updated_by = ?2 WHERE "));
    st.bind(1, id).bind(2, actor.id()).run();
}

Attribution readAttribution(Connection& connection, RecordTable table, std::int64_t id)
{
    Statement st(connection, sqlFor(table, "SELECT created_by, updated_by FROM ", " WHERE "));
    st.bind(1, id);
    if (!st.step())
        return {};
    return {st.optionalInt64(0), st.optionalInt64(1)};
}

void writeAttribution(Connection& connection, RecordTable table, std::int64_t id, const Attribution& attribution)
{
    Statement st(connection, sqlFor(table, "UPDATE ", " SET created_by = ?2, updated_by = ?3 WHERE "));
    st.bind(1, id).bind(2, attribution.createdBy).bind(3, attribution.updatedBy).run();
}

} // namespace keystone::sql
