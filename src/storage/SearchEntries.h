// What the search index holds for each record, defined once, in SQL over the records' tables:
// the writers refresh an entry from it, `check` compares the index with it, and `check --repair`
// rebuilds the index from it. So an entry is always derivable from its record, and an entry that
// differs from its record (the index or the record changed outside Keystone, a flipped byte) is
// found.
#pragma once

#include "domain/SearchIndex.h"
#include "storage/Sqlite.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace keystone::search_entries {

struct Entry
{
    std::int64_t rowid = 0; // record id * 4 + kind (the search_index schema)
    std::string title;
    std::string body; // folded, as the index keeps it
};

std::int64_t rowidFor(SearchKind kind, std::int64_t id);
// The entry of one record as it should be, or nothing (no such record, or nothing to find in it).
std::optional<Entry> expected(sql::Connection& c, SearchKind kind, std::int64_t id);
// Every entry as it should be, in rowid order.
void forEachExpected(sql::Connection& c, const std::function<void(const Entry&)>& visit);
// Puts the entry of one record as it should be (or removes it); inside the writer's transaction.
void refresh(sql::Connection& c, SearchKind kind, std::int64_t id);

// FTS5's own integrity check, then the index against the records; problems are appended, at most
// `most` of them ("search: ...").
void check(sql::Connection& c, std::vector<std::string>& problems, std::size_t most);
// Drops the index and writes it again from the records; inside the caller's transaction.
void rebuild(sql::Connection& c);

} // namespace keystone::search_entries
