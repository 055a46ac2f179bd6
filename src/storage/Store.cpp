#include "storage/Store.h"

#include "storage/DatabaseError.h"
#include "storage/SaleTotals.h"

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

namespace {

std::string monthName(int month)
{
    return std::to_string(month / 12) + "-" + (month % 12 < 9 ? "0" : "") + std::to_string(month % 12 + 1);
}

// The monthly totals must equal what the sale lines add up to: both sides in account, month order,
// walked side by side.
void checkSaleTotals(sql::Connection& c, std::vector<std::string>& problems)
{
    constexpr std::size_t kMostReported = 20;
    sql::Statement computed(c, sale_totals::kFromLines);
    sql::Statement stored(c, "SELECT account_id, lines, months FROM sale_totals ORDER BY account_id");
    std::vector<MonthlyTotal> kept; // the stored months not yet compared
    std::size_t next = 0;
    std::size_t reported = 0;
    const auto report = [&](std::string problem) {
        if (reported++ < kMostReported)
            problems.push_back("sales: " + std::move(problem));
    };
    const auto reportMonth = [&](AccountId account, int month) {
        report("the monthly total of account " + std::to_string(account) + " for " + monthName(month) +
               " does not match its sale lines");
    };
    // Loads the stored months of the next account that has any; false at the end.
    const auto loadNext = [&]() {
        while (stored.step()) {
            const AccountId account = stored.int64(0);
            try {
                sale_totals::decode(stored.blobView(2), account, kept);
            } catch (const DatabaseError& e) {
                report(e.what());
                continue;
            }
            std::int64_t lines = 0;
            for (const auto& m : kept)
                lines += m.lines;
            if (lines != stored.int64(1))
                report("the line count kept for account " + std::to_string(account) +
                       " is not the sum of its monthly totals");
            next = 0;
            if (!kept.empty())
                return true;
        }
        kept.clear();
        return false;
    };
    bool haveStored = loadNext();
    const auto storedMonth = [&]() -> const MonthlyTotal* { return haveStored ? &kept[next] : nullptr; };
    const auto advanceStored = [&] {
        if (++next == kept.size())
            haveStored = loadNext();
    };
    MonthlyTotal fromLines;
    const auto nextComputed = [&] {
        if (!computed.step())
            return false;
        sale_totals::readRow(computed, fromLines);
        return true;
    };
    bool haveComputed = nextComputed();
    while (haveComputed || haveStored) {
        const MonthlyTotal* m = storedMonth();
        const auto computedKey = std::pair(fromLines.accountId, fromLines.month);
        if (m && (!haveComputed || std::pair(m->accountId, m->month) < computedKey)) {
            reportMonth(m->accountId, m->month);
            advanceStored();
            continue;
        }
        if (!m || computedKey < std::pair(m->accountId, m->month)) {
            reportMonth(fromLines.accountId, fromLines.month);
            haveComputed = nextComputed();
            continue;
        }
        if (m->amount != fromLines.amount || m->margin != fromLines.margin || m->lines != fromLines.lines ||
            m->firstDay != fromLines.firstDay || m->lastDay != fromLines.lastDay)
            reportMonth(m->accountId, m->month);
        advanceStored();
        haveComputed = nextComputed();
    }
}

} // namespace

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
    checkSaleTotals(c, problems);
    return problems;
}

} // namespace keystone
