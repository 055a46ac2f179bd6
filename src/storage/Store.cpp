#include "storage/Store.h"

#include "storage/DatabaseError.h"
#include "storage/SearchEntries.h"
#include "storage/StoreCheck.h"
#include "storage/StorageSupport.h"

namespace keystone {

Store::Store(const std::filesystem::path& path, const Clock& clock, const OpenOptions& options)
    : m_clock(clock),
      m_database(path, options),
      m_search(m_database.connection()),
      m_accounts(m_database.connection(), m_search, clock, m_actor),
      m_contacts(m_database.connection(), m_search, clock, m_actor),
      m_interactions(m_database.connection(), m_search, clock, m_actor),
      m_followUps(m_database.connection(), clock, m_actor),
      m_tenders(m_database.connection(), m_actor),
      m_competitors(m_database.connection(), m_actor),
      m_sales(m_database.connection()),
      m_managers(m_database.connection(), m_actor),
      m_settings(m_database.connection()),
      m_importBatches(m_database.connection()),
      m_snapshots(m_database.connection()),
      m_activity(m_database.connection())
{
}

Attribution Store::attribution(RecordTable table, std::int64_t id)
{
    return sql::readAttribution(m_database.connection(), table, id);
}

void Store::restoreAttribution(RecordTable table, std::int64_t id, const Attribution& attribution)
{
    sql::writeAttribution(m_database.connection(), table, id, attribution);
}

StoreCounts Store::counts()
{
    sql::Statement st(m_database.connection(), R"sql(
        SELECT (SELECT count(*) FROM accounts WHERE archived_at IS NULL),
               (SELECT count(*) FROM accounts WHERE archived_at IS NOT NULL),
               (SELECT count(*) FROM contacts), (SELECT count(*) FROM interactions),
               (SELECT count(*) FROM follow_ups WHERE done = 0), (SELECT count(*) FROM tenders),
               (SELECT count(*) FROM competitors), (SELECT coalesce(sum(lines), 0) FROM sale_totals),
               (SELECT count(*) FROM managers))sql");
    StoreCounts c;
    if (st.step()) {
        c.accounts = st.int64(0);
        c.archivedAccounts = st.int64(1);
        c.contacts = st.int64(2);
        c.interactions = st.int64(3);
        c.openFollowUps = st.int64(4);
        c.tenders = st.int64(5);
        c.competitors = st.int64(6);
        c.saleLines = st.int64(7);
        c.managers = st.int64(8);
    }
    return c;
}

std::vector<std::string> Store::check()
{
    auto problems = store_check::run(m_database.connection());
    // FTS5 takes its own check as a write, which a read-only open (check's, so that it never waits
    // for a writer) cannot run. A second, writable connection runs it when nobody is writing; it
    // does not wait: while another program writes, only that one check is left out.
    if (m_database.isReadOnly() && !m_database.isImmutable()) {
        try {
            sql::Connection writable(m_database.path().string(), false, false);
            writable.exec("INSERT INTO search_index(search_index) VALUES ('integrity-check')");
        } catch (const DatabaseError& e) {
            if (e.reason() != DatabaseError::Reason::Locked && e.reason() != DatabaseError::Reason::ReadOnly)
                problems.push_back("search: the full-text index is damaged (" + std::string(e.what()) +
                                   "); check --repair rebuilds the search index from the records");
        }
    }
    return problems;
}

void Store::repair()
{
    auto tx = transaction();
    search_entries::rebuild(m_database.connection());
    m_sales.rebuildMonthlyTotals();
    tx.commit();
}

} // namespace keystone
