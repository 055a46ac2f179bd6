// Schema 8, a step of its own (Migrations.cpp holds the earlier ones): everyday records.
#pragma once

namespace keystone::sql {
class Connection;
}

namespace keystone {

// Team members get a role; every record keeps who created and last changed it;
// interactions get their colleagues and product, and existing ones their account's
// owner as "by"; follow-ups keep their reschedules; tenders a reason from a seeded
// list (the free text stays as its detail); the current user is remembered per
// operating-system user.
void migrateToV8(sql::Connection& connection);

} // namespace keystone
