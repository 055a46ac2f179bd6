// Checks that several repositories share: turning a missing referenced record into
// a validation error that names the field, before SQLite's foreign key check would
// fail with a message the user cannot act on; and a removal by id that says when
// there was nothing to remove.
#pragma once

#include "storage/Sqlite.h"

#include <string_view>

namespace keystone::sql {

// Throws ValidationError{field, "<what> N does not exist"} unless table has row id.
// `table` is one of the fixed table names below, never user input.
enum class Table { Accounts, Contacts, Interactions, Managers, Competitors };
void requireRow(Connection& connection, Table table, std::int64_t id, std::string_view field);
template <typename T> void requireRow(Connection& c, Table t, const std::optional<T>& id, std::string_view field)
{
    if (id)
        requireRow(c, t, *id, field);
}

// Runs `deleteById`, a fixed DELETE whose ?1 is the row id (never user input), and throws
// NotFoundError{"<what> N does not exist"} when it removed no row.
void removeRow(Connection& connection, std::string_view deleteById, std::int64_t id, std::string_view what);

} // namespace keystone::sql
