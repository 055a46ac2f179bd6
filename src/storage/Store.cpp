#include "storage/Store.h"

#include "storage/DatabaseError.h"
#include "storage/SaleChunks.h"
#include "storage/SaleTotals.h"
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
    const auto key = [](const MonthlyTotal& m) { return std::pair(m.accountId, m.month); };
    try {
        SqliteSaleRepository::forEachComputedTotal(c, [&](const MonthlyTotal& fromLines) {
            const MonthlyTotal* m = storedMonth();
            for (; m && key(*m) < key(fromLines); m = storedMonth()) {
                reportMonth(m->accountId, m->month);
                advanceStored();
            }
            if (!m || key(fromLines) < key(*m)) {
                reportMonth(fromLines.accountId, fromLines.month);
                return;
            }
            if (m->amount != fromLines.amount || m->margin != fromLines.margin || m->lines != fromLines.lines ||
                m->firstDay != fromLines.firstDay || m->lastDay != fromLines.lastDay)
                reportMonth(m->accountId, m->month);
            advanceStored();
        });
    } catch (const DatabaseError& e) {
        report(e.what()); // a damaged chunk: checkSaleChunks names them all
        return;
    }
    for (const MonthlyTotal* m = storedMonth(); m; m = storedMonth()) {
        reportMonth(m->accountId, m->month);
        advanceStored();
    }
}

// Every chunk of sale lines must unpack, and hold the number of lines and the days its row says.
void checkSaleChunks(sql::Connection& c, std::vector<std::string>& problems)
{
    constexpr std::size_t kMostReported = 20;
    std::size_t reported = 0;
    sql::Statement st(c, "SELECT id, account_id, batch_id, first_day, last_day, lines, body FROM sale_chunks");
    std::vector<SaleLine> lines;
    while (st.step()) {
        const sale_chunks::ChunkInfo info = sale_chunks::readInfo(st, 0);
        lines.clear();
        std::string problem;
        try {
            sale_chunks::decode(st.blobView(6), info, lines);
        } catch (const DatabaseError& e) {
            problem = e.what();
        }
        if (problem.empty()) {
            const auto [first, last] = std::minmax_element(
                lines.begin(), lines.end(), [](const SaleLine& a, const SaleLine& b) { return a.date < b.date; });
            if (lines.empty() || static_cast<std::int64_t>(lines.size()) != st.int64(5) ||
                first->date.days() != st.int32(3) || last->date.days() != st.int32(4))
                problem = "chunk " + std::to_string(info.chunk) + " of account " + std::to_string(info.account) +
                          " does not hold the number of lines or the days its row of sale_chunks says";
        }
        if (!problem.empty() && reported++ < kMostReported)
            problems.push_back("sales: " + problem);
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
    checkSaleChunks(c, problems);
    checkSaleTotals(c, problems);
    return problems;
}

} // namespace keystone
