// What `keystone-cli check` looks at, beyond opening the file (storage/Database refuses an empty or
// truncated one): SQLite's integrity check of every table and index, the foreign keys, the text of
// every table (valid UTF-8, no control characters but TAB and LF, as validation admits), the full-
// text index (FTS5's own check, and each entry against its record), and the sale chunks against
// their rows and the monthly totals. Each problem is one line, "area: what", at most kMostReported
// of a kind.
#pragma once

#include "storage/Sqlite.h"

#include <string>
#include <vector>

namespace keystone::store_check {

constexpr std::size_t kMostReported = 20;

// Every problem found; empty when the database is healthy.
std::vector<std::string> run(sql::Connection& c);

} // namespace keystone::store_check
