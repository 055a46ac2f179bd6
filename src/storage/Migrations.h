// The ordered schema migrations. Step N takes a database from user_version N-1 to
// N inside its own transaction; a database is never edited in place without the
// backup Database::open takes first.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

namespace keystone::sql {
class Connection;
}

namespace keystone {

struct Migration
{
    int version;
    std::string_view description;
    std::function<void(sql::Connection&)> apply;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Runs the steps after `from` up to and including `to`, each in a transaction,
// setting user_version as it goes.
void migrate(sql::Connection& connection, int from, int to);

} // namespace keystone
