#include "storage/Migrations.h"

#include "storage/DatabaseError.h"
#include "storage/MigrationV8.h"
#include "storage/MigrationV9.h"
#include "storage/Sqlite.h"
#include "storage/SaleTotals.h"
#include "storage/SqliteSaleRepository.h"

#include <string>

namespace keystone {

namespace {

// Version 1: the whole key-account domain. Dates are day numbers since 1970-01-01,
// instants are Unix seconds UTC, money is integer ten-thousandths (docs/data-model.md).
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE managers(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  email TEXT UNIQUE,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX managers_name ON managers(name_key);

CREATE TABLE accounts(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  ref TEXT UNIQUE,
  legal_name TEXT NOT NULL DEFAULT '',
  industry TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  country_key TEXT NOT NULL DEFAULT '',
  region TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
  status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('prospect', 'active', 'at_risk', 'lost', 'won_back')),
  owner_id INTEGER REFERENCES managers(id) ON DELETE SET NULL,
  parent_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
  kinds INTEGER NOT NULL DEFAULT 0 CHECK (kinds BETWEEN 0 AND 15),
  qual_need INTEGER CHECK (qual_need IN (0, 1)),
  qual_solvency INTEGER CHECK (qual_solvency IN (0, 1)),
  qual_authority INTEGER CHECK (qual_authority IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  archived_at INTEGER
);
CREATE INDEX accounts_name ON accounts(name_key, id);
CREATE INDEX accounts_owner ON accounts(owner_id);
CREATE INDEX accounts_parent ON accounts(parent_id);
CREATE INDEX accounts_country ON accounts(country_key);

CREATE TABLE account_tags(
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  tag_key TEXT NOT NULL,
  tag TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (account_id, tag_key)
) WITHOUT ROWID;
CREATE INDEX account_tags_tag ON account_tags(tag_key);

CREATE TABLE dossiers(
  account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  description TEXT NOT NULL DEFAULT '',
  history TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  environment TEXT NOT NULL DEFAULT '',
  strategy TEXT NOT NULL DEFAULT '',
  needs TEXT NOT NULL DEFAULT '',
  decision_process TEXT NOT NULL DEFAULT '',
  relationship_notes TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL
);

CREATE TABLE contacts(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  position TEXT NOT NULL DEFAULT '',
  department TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  email_key TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  decision_role TEXT NOT NULL DEFAULT 'unknown' CHECK (decision_role IN ('unknown', 'decision_maker',
    'economic_buyer', 'technical_buyer', 'influencer', 'gatekeeper', 'user', 'champion', 'blocker')),
  attitude TEXT NOT NULL DEFAULT 'unknown' CHECK (attitude IN ('unknown', 'supporter', 'neutral', 'opponent')),
  influence INTEGER NOT NULL DEFAULT 3 CHECK (influence BETWEEN 1 AND 5),
  reports_to INTEGER REFERENCES contacts(id) ON DELETE SET NULL,
  left_company INTEGER NOT NULL DEFAULT 0 CHECK (left_company IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX contacts_account ON contacts(account_id, name_key);
CREATE INDEX contacts_email ON contacts(email_key) WHERE email_key <> '';
CREATE INDEX contacts_reports_to ON contacts(reports_to) WHERE reports_to IS NOT NULL;

CREATE TABLE contact_phones(
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  number TEXT NOT NULL,
  PRIMARY KEY (contact_id, position)
) WITHOUT ROWID;

CREATE TABLE interactions(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  manager_id INTEGER REFERENCES managers(id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('call', 'meeting', 'visit', 'email', 'demo', 'training', 'complaint',
    'feedback', 'modification_request', 'beta_test', 'negotiation')),
  occurred_at INTEGER NOT NULL,
  subject TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  outcome TEXT NOT NULL DEFAULT '',
  sentiment TEXT NOT NULL DEFAULT 'unknown' CHECK (sentiment IN ('unknown', 'positive', 'neutral', 'negative')),
  created_at INTEGER NOT NULL
);
CREATE INDEX interactions_account ON interactions(account_id, occurred_at);
CREATE INDEX interactions_manager ON interactions(manager_id, occurred_at);

CREATE TABLE interaction_contacts(
  interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
  contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX interaction_contacts_contact ON interaction_contacts(contact_id);

CREATE TABLE follow_ups(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  due_date INTEGER NOT NULL,
  owner_id INTEGER REFERENCES managers(id) ON DELETE SET NULL,
  kind TEXT NOT NULL DEFAULT 'task' CHECK (kind IN ('task', 'commitment')),
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  done_at INTEGER,
  interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX follow_ups_account ON follow_ups(account_id, due_date);
CREATE INDEX follow_ups_open ON follow_ups(owner_id, due_date) WHERE done = 0;
CREATE INDEX follow_ups_interaction ON follow_ups(interaction_id) WHERE interaction_id IS NOT NULL;

CREATE TABLE competitors(
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  website TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE competitor_presence(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  competitor_id INTEGER NOT NULL REFERENCES competitors(id) ON DELETE CASCADE,
  products TEXT NOT NULL DEFAULT '',
  strengths TEXT NOT NULL DEFAULT '',
  threat TEXT NOT NULL DEFAULT 'medium' CHECK (threat IN ('low', 'medium', 'high')),
  notes TEXT NOT NULL DEFAULT '',
  UNIQUE (account_id, competitor_id)
);
CREATE INDEX competitor_presence_competitor ON competitor_presence(competitor_id);

CREATE TABLE tenders(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  tender_date INTEGER NOT NULL,
  value INTEGER CHECK (value IS NULL OR value >= 0),
  outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost', 'withdrawn')),
  reason TEXT NOT NULL DEFAULT '',
  winner_id INTEGER REFERENCES competitors(id) ON DELETE SET NULL,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tenders_account ON tenders(account_id, tender_date);
CREATE INDEX tenders_winner ON tenders(winner_id) WHERE winner_id IS NOT NULL;

CREATE TABLE import_batches(
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  imported_at INTEGER NOT NULL,
  summary TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX import_batches_sha256 ON import_batches(sha256);

CREATE TABLE sales(
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  sale_date INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  margin INTEGER,
  quantity INTEGER,
  product TEXT,
  document TEXT,
  batch_id INTEGER REFERENCES import_batches(id) ON DELETE CASCADE
);
CREATE INDEX sales_account_date ON sales(account_id, sale_date);
CREATE INDEX sales_batch ON sales(batch_id) WHERE batch_id IS NOT NULL;

CREATE TABLE settings(
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) WITHOUT ROWID;

-- Folded text of every searchable record; rowid = record id * 4 + kind
-- (0 account, 1 contact, 2 interaction, 3 dossier), so a record's entry is found
-- by rowid. The text is folded by Keystone (foldForSearch) before it gets here.
CREATE VIRTUAL TABLE search_index USING fts5(
  title UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 0'
);
)sql";

// Version 2: per-account per-month totals kept up to date by the sale repository,
// so that segmentation reads accounts x months numbers, not every sale line; and
// saved segmentation snapshots.
constexpr std::string_view kSchemaV2 = R"sql(
CREATE TABLE sale_months(
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  month INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  margin INTEGER NOT NULL,
  lines INTEGER NOT NULL,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  PRIMARY KEY (account_id, month)
) WITHOUT ROWID;
INSERT INTO sale_months(account_id, month, amount, margin, lines, first_day, last_day)
  SELECT account_id,
         CAST(strftime('%Y', sale_date * 86400, 'unixepoch') AS INTEGER) * 12
           + CAST(strftime('%m', sale_date * 86400, 'unixepoch') AS INTEGER) - 1,
         sum(amount), sum(coalesce(margin, 0)), count(*), min(sale_date), max(sale_date)
  FROM sales GROUP BY 1, 2;

CREATE TABLE segment_snapshots(
  id INTEGER PRIMARY KEY,
  taken_at INTEGER NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  parameters TEXT NOT NULL CHECK (json_valid(parameters))
);
CREATE TABLE segment_snapshot_rows(
  id INTEGER PRIMARY KEY,
  snapshot_id INTEGER NOT NULL REFERENCES segment_snapshots(id) ON DELETE CASCADE,
  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,
  account_ref TEXT NOT NULL,
  account_name TEXT NOT NULL,
  total INTEGER NOT NULL,
  cell TEXT NOT NULL,
  cv REAL
);
CREATE INDEX segment_snapshot_rows_snapshot ON segment_snapshot_rows(snapshot_id);
CREATE INDEX segment_snapshot_rows_account ON segment_snapshot_rows(account_id) WHERE account_id IS NOT NULL;
)sql";

// Version 3: the records each import batch created, so that `import undo` removes
// exactly those (sale lines already carry their batch id).
constexpr std::string_view kSchemaV3 = R"sql(
CREATE TABLE import_batch_records(
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('account', 'contact', 'interaction')),
  record_id INTEGER NOT NULL,
  PRIMARY KEY (batch_id, kind, record_id)
) WITHOUT ROWID;
)sql";

// Version 4: sale lines no longer carry their import batch. The batch_id column and its index were
// about 12 of the 70 bytes each sale line cost (docs/performance.md); an import writes its lines in
// one transaction, so they have consecutive ids and the batch records that range instead. Ids come
// from AUTOINCREMENT from now on, so an id, once used, is never given to another line and a range
// can never take in a line that is not the batch's.
constexpr std::string_view kSchemaV4Ranges = R"sql(
CREATE TABLE import_batch_sales(
  batch_id INTEGER PRIMARY KEY REFERENCES import_batches(id) ON DELETE CASCADE,
  first_id INTEGER NOT NULL,
  last_id INTEGER NOT NULL,
  CHECK (first_id <= last_id)
);
INSERT INTO import_batch_sales(batch_id, first_id, last_id)
  SELECT batch_id, min(id), max(id) FROM sales WHERE batch_id IS NOT NULL GROUP BY batch_id;
)sql";

constexpr std::string_view kSchemaV4Sales = R"sql(
CREATE TABLE sales_v4(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  sale_date INTEGER NOT NULL,
  amount INTEGER NOT NULL,
  margin INTEGER,
  quantity INTEGER,
  product TEXT,
  document TEXT
);
INSERT INTO sales_v4(id, account_id, sale_date, amount, margin, quantity, product, document)
  SELECT id, account_id, sale_date, amount, margin, quantity, product, document FROM sales ORDER BY id;
DROP TABLE sales;
ALTER TABLE sales_v4 RENAME TO sales;
CREATE INDEX sales_account_date ON sales(account_id, sale_date);
)sql";

void migrateToV4(sql::Connection& c)
{
    c.exec(kSchemaV4Ranges);
    // Each batch was imported in one transaction and ids were handed out as max(id) + 1, so the lines
    // between a batch's first and last are its own. Checked rather than assumed: a range that took in
    // another line would make undoing the batch delete it.
    sql::Statement foreign(c, R"sql(
        SELECT r.batch_id, s.id FROM import_batch_sales r JOIN sales s ON s.id BETWEEN r.first_id AND r.last_id
        WHERE s.batch_id IS NOT r.batch_id LIMIT 1)sql");
    if (foreign.step())
        throw DatabaseError(DatabaseError::Reason::Corrupt,
                            c.path() + ": cannot upgrade to schema 4: sale line " + std::to_string(foreign.int64(1)) +
                                " lies among the lines of import batch " + std::to_string(foreign.int64(0)) +
                                " but is not one of them");
    foreign.reset();
    c.exec(kSchemaV4Sales);
}

// Version 5: the monthly totals, a row per account and month in sale_months, become one row per
// account with its months packed (storage/SaleTotals.h, docs/data-model.md): segmenting 50,000
// accounts x 36 months read 1.2 million rows, now 50,000, and the totals take 12 bytes a month
// instead of 26.
constexpr std::string_view kSchemaV5 = R"sql(
CREATE TABLE sale_totals(
  account_id INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
  lines INTEGER NOT NULL,
  months BLOB NOT NULL
);
)sql";

void migrateToV5(sql::Connection& c)
{
    c.exec(kSchemaV5);
    {
        sql::Statement st(c, R"sql(
            SELECT account_id, month, amount, margin, lines, first_day, last_day FROM sale_months
            ORDER BY account_id, month)sql");
        SqliteSaleRepository::TotalsWriter out(c);
        MonthlyTotal t;
        while (st.step()) {
            sale_totals::readRow(st, t);
            out.add(t);
        }
        out.finish();
    }
    c.exec("DROP TABLE sale_months");
}

// Version 6: sale lines packed in chunks of up to 1,024 lines of one account and one import batch
// (storage/SaleChunks.h, docs/data-model.md): an import writes a row per chunk instead of a row
// and an index entry per line, and a line takes about 20 bytes instead of 55. A chunk keeps its
// batch, so the batches' id ranges go; a batch removed keeps its lines, as before.
constexpr std::string_view kSchemaV6 = R"sql(
CREATE TABLE sale_chunks(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  batch_id INTEGER REFERENCES import_batches(id) ON DELETE SET NULL,
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL,
  lines INTEGER NOT NULL CHECK (lines > 0),
  body BLOB NOT NULL,
  CHECK (first_day <= last_day)
);
CREATE INDEX sale_chunks_account ON sale_chunks(account_id, first_day);
CREATE INDEX sale_chunks_batch ON sale_chunks(batch_id);
)sql";

void migrateToV6(sql::Connection& c)
{
    c.exec(kSchemaV6);
    SqliteSaleRepository::packRows(c);
    c.exec("DROP TABLE sales; DROP TABLE import_batch_sales;");
}

// The dashboard's recent interactions are a range of time across every account.
constexpr std::string_view kSchemaV7 = R"sql(
CREATE INDEX interactions_time ON interactions(occurred_at);
)sql";

std::vector<Migration> makeMigrations()
{
    return {
        {1, "the key-account domain", [](sql::Connection& c) { c.exec(kSchemaV1); }},
        {2, "monthly sale totals and segmentation snapshots", [](sql::Connection& c) { c.exec(kSchemaV2); }},
        {3, "the records each import batch created", [](sql::Connection& c) { c.exec(kSchemaV3); }},
        {4, "sale lines without their batch id: each batch keeps the range of its lines", migrateToV4},
        {5, "monthly sale totals packed in one row per account", migrateToV5},
        {6, "sale lines packed in chunks of one account and import batch", migrateToV6},
        {7, "interactions indexed by time", [](sql::Connection& c) { c.exec(kSchemaV7); }},
        {8, "everyday records: who created and changed each record, team roles, reschedules, tender reasons",
         migrateToV8},
        {9, "names, tags and the search index folded again: ł ø æ đ ı match l o ae d i", migrateToV9},
    };
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = makeMigrations();
    return all;
}

int latestSchemaVersion() { return migrations().back().version; }

void migrate(sql::Connection& connection, int from, int to)
{
    for (const auto& step : migrations()) {
        if (step.version <= from || step.version > to)
            continue;
        sql::Transaction tx(connection);
        step.apply(connection);
        // PRAGMA takes no parameters; the version is a compile-time integer, not data.
        connection.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
    }
}

} // namespace keystone
