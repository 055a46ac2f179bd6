#include "storage/Store.h"

namespace keystone {

Store::Store(const std::filesystem::path& path, const Clock& clock, const OpenOptions& options)
    : m_clock(clock),
      m_database(path, options),
      m_search(m_database.connection()),
      m_accounts(m_database.connection(), m_search, clock),
      m_contacts(m_database.connection(), m_search, clock),
      m_interactions(m_database.connection(), m_search, clock),
      m_followUps(m_database.connection(), clock),
      m_tenders(m_database.connection()),
      m_competitors(m_database.connection()),
      m_sales(m_database.connection()),
      m_managers(m_database.connection()),
      m_settings(m_database.connection()),
      m_importBatches(m_database.connection()),
      m_snapshots(m_database.connection()),
      m_activity(m_database.connection())
{
}

StoreCounts Store::counts()
{
    sql::Statement st(m_database.connection(), R"sql(
        SELECT (SELECT count(*) FROM accounts WHERE archived_at IS NULL),
               (SELECT count(*) FROM accounts WHERE archived_at IS NOT NULL),
               (SELECT count(*) FROM contacts), (SELECT count(*) FROM interactions),
               (SELECT count(*) FROM follow_ups WHERE done = 0), (SELECT count(*) FROM tenders),
               (SELECT count(*) FROM competitors), (SELECT coalesce(sum(lines), 0) FROM sale_months),
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
    auto& c = m_database.connection();
    std::vector<std::string> problems;
    {
        sql::Statement st(c, "PRAGMA integrity_check");
        while (st.step()) {
            const std::string line = st.text(0);
            if (line != "ok")
                problems.push_back("integrity: " + line);
        }
    }
    {
        sql::Statement st(c, "PRAGMA foreign_key_check");
        while (st.step())
            problems.push_back("foreign key: row " + st.text(1) + " of table " + st.text(0) +
                               " refers to a missing row of " + st.text(2));
    }
    {
        // The monthly totals must equal what the sale lines add up to.
        sql::Statement st(c, R"sql(
            WITH computed AS (
              SELECT account_id,
                     CAST(strftime('%Y', sale_date * 86400, 'unixepoch') AS INTEGER) * 12
                       + CAST(strftime('%m', sale_date * 86400, 'unixepoch') AS INTEGER) - 1 AS month,
                     sum(amount) AS amount, sum(coalesce(margin, 0)) AS margin, count(*) AS lines
              FROM sales GROUP BY 1, 2)
            SELECT coalesce(c.account_id, m.account_id), coalesce(c.month, m.month)
            FROM computed c FULL OUTER JOIN sale_months m ON m.account_id = c.account_id AND m.month = c.month
            WHERE c.account_id IS NULL OR m.account_id IS NULL OR c.amount <> m.amount OR c.margin <> m.margin
               OR c.lines <> m.lines
            LIMIT 20)sql");
        while (st.step()) {
            const int month = st.int32(1);
            problems.push_back("sales: the monthly total of account " + st.text(0) + " for " +
                               std::to_string(month / 12) + "-" + (month % 12 < 9 ? "0" : "") +
                               std::to_string(month % 12 + 1) + " does not match its sale lines");
        }
    }
    return problems;
}

} // namespace keystone
