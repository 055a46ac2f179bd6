#include "storage/MigrationV8.h"

#include "domain/Ids.h"
#include "domain/Text.h"
#include "storage/Sqlite.h"

#include <array>
#include <string>
#include <utility>
#include <vector>

namespace keystone {

namespace {

constexpr std::string_view kSchemaV8 = R"sql(
ALTER TABLE managers ADD COLUMN role TEXT NOT NULL DEFAULT 'manager' CHECK (role IN ('manager', 'lead', 'admin'));

ALTER TABLE interactions ADD COLUMN product TEXT NOT NULL DEFAULT '';
CREATE TABLE interaction_managers(
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE,
  PRIMARY KEY (interaction_id, manager_id)
) WITHOUT ROWID;
CREATE INDEX interaction_managers_manager ON interaction_managers(manager_id);
-- Nobody recorded who logged an interaction before: the account's manager is the best guess.
UPDATE interactions SET manager_id = (SELECT owner_id FROM accounts a WHERE a.id = interactions.account_id)
  WHERE manager_id IS NULL;

CREATE TABLE follow_up_reschedules(
  id INTEGER PRIMARY KEY,
  follow_up_id INTEGER NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
  from_date INTEGER NOT NULL,
  to_date INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  changed_at INTEGER NOT NULL,
  changed_by INTEGER REFERENCES managers(id) ON DELETE SET NULL
);
CREATE INDEX follow_up_reschedules_follow_up ON follow_up_reschedules(follow_up_id, id);

CREATE TABLE tender_reasons(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  created_by INTEGER REFERENCES managers(id) ON DELETE SET NULL,
  updated_by INTEGER REFERENCES managers(id) ON DELETE SET NULL
);
ALTER TABLE tenders ADD COLUMN reason_id INTEGER REFERENCES tender_reasons(id) ON DELETE SET NULL;

CREATE TABLE user_identities(
  os_user TEXT PRIMARY KEY,
  manager_id INTEGER NOT NULL REFERENCES managers(id) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

// The tables whose records keep who created them and who last changed them.
constexpr std::array<std::string_view, 9> kAttributed = {
    "managers",     "accounts",   "dossiers", "contacts",
    "interactions", "follow_ups", "tenders",  "competitor_presence",
    "competitors"};

// The reasons a new database starts with; the last one takes what matches none.
constexpr std::array<std::string_view, 7> kSeedReasons = {
    "Price", "Quality", "Delivery terms", "Relationship", "Product fit", "Service", "Other"};

// The seeded reason a free-text reason of an older tender names: the whole text, or
// its start up to a separator ("Price: 8% above" is price); else "other".
ReasonId reasonFor(const std::string& text, const std::vector<std::pair<std::string, ReasonId>>& reasons)
{
    const std::string key = foldKey(trim(text));
    for (const auto& [name, id] : reasons) {
        if (key == name)
            return id;
        if (key.size() > name.size() && key.compare(0, name.size(), name) == 0 &&
            std::string_view(" :,;.-(/").find(key[name.size()]) != std::string_view::npos)
            return id;
    }
    return reasons.back().second;
}

} // namespace

void migrateToV8(sql::Connection& c)
{
    c.exec(kSchemaV8);
    for (const auto table : kAttributed) {
        // Table names come from the fixed list above, never from data.
        c.exec("ALTER TABLE " + std::string(table) +
               " ADD COLUMN created_by INTEGER REFERENCES managers(id) ON DELETE SET NULL");
        c.exec("ALTER TABLE " + std::string(table) +
               " ADD COLUMN updated_by INTEGER REFERENCES managers(id) ON DELETE SET NULL");
    }
    std::vector<std::pair<std::string, ReasonId>> reasons;
    {
        sql::Statement insert(c, "INSERT INTO tender_reasons(name, name_key) VALUES (?1, ?2)");
        for (const auto name : kSeedReasons) {
            insert.bind(1, name).bind(2, foldKey(name)).run();
            reasons.emplace_back(foldKey(name), c.lastInsertId());
        }
    }
    std::vector<std::pair<TenderId, ReasonId>> tenders;
    {
        sql::Statement st(c, "SELECT id, reason FROM tenders WHERE trim(reason) <> ''");
        while (st.step())
            tenders.emplace_back(st.int64(0), reasonFor(st.text(1), reasons));
    }
    sql::Statement update(c, "UPDATE tenders SET reason_id = ?2 WHERE id = ?1");
    for (const auto& [tender, reason] : tenders)
        update.bind(1, tender).bind(2, reason).run();
}

} // namespace keystone
