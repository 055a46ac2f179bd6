// Checks that several repositories share: turning a missing referenced record into
// a validation error that names the field, before SQLite's foreign key check would
// fail with a message the user cannot act on; and a removal by id that says when
// there was nothing to remove.
#pragma once

#include "domain/Attribution.h"
#include "storage/Actor.h"
#include "storage/Sqlite.h"

#include <string_view>

namespace keystone::sql {

// Throws ValidationError{field, "<what> N does not exist"} unless table has row id.
// `table` is one of the fixed table names below, never user input.
enum class Table { Accounts, Contacts, Interactions, Managers, Competitors, Reasons };
void requireRow(Connection& connection, Table table, std::int64_t id, std::string_view field);
template <typename T> void requireRow(Connection& c, Table t, const std::optional<T>& id, std::string_view field)
{
    if (id)
        requireRow(c, t, *id, field);
}

// Runs `deleteById`, a fixed DELETE whose ?1 is the row id (never user input), and throws
// NotFoundError{"<what> N does not exist"} when it removed no row.
void removeRow(Connection& connection, std::string_view deleteById, std::int64_t id, std::string_view what);

// Writes the actor as the record's updated_by, and as its created_by too when it was
// just created (a new record without an actor keeps both empty, and costs nothing).
enum class Stamp { Created, Updated };
void stamp(Connection& connection, RecordTable table, std::int64_t id, const Actor& actor, Stamp what);
// A record's created_by and updated_by; both empty for a record that does not exist.
Attribution readAttribution(Connection& connection, RecordTable table, std::int64_t id);
// Writes them back as they were (undoing a delete re-inserts the record, then this).
void writeAttribution(Connection& connection, RecordTable table, std::int64_t id, const Attribution& attribution);

} // namespace keystone::sql
