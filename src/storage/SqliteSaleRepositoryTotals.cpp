// SqliteSaleRepository's monthly totals (sale_totals, packed by storage/SaleTotals.h): reading them,
// one account's row read and written back, the months recomputed after removals, and the rebuild
// from the lines that repairs them and that `check` compares with.
#include "storage/SqliteSaleRepository.h"

#include "storage/SaleChunkQueries.h"
#include "storage/SaleChunks.h"
#include "storage/SaleTotals.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace keystone {

using sale_queries::bindRange;
using sale_queries::inRange;
using sale_queries::kChunkColumns;
using sale_queries::kChunksOfAccount;

void SqliteSaleRepository::forEachMonthlyTotal(std::optional<int> fromMonth, std::optional<int> toMonth,
                                               const std::function<void(const MonthlyTotal&)>& visit) const
{
    sql::Statement st(m_connection, "SELECT account_id, months FROM sale_totals ORDER BY account_id");
    std::vector<MonthlyTotal> months;
    while (st.step()) {
        sale_totals::decode(st.blobView(1), st.int64(0), months);
        for (const auto& m : months)
            if ((!fromMonth || m.month >= *fromMonth) && (!toMonth || m.month <= *toMonth))
                visit(m);
    }
}

void SqliteSaleRepository::forEachComputedTotal(sql::Connection& connection,
                                                const std::function<void(const MonthlyTotal&)>& visit)
{
    forEachAccountLines(connection, std::nullopt, std::nullopt, [&](const std::vector<SaleLine>& lines) {
        // In date order: the months come one after another.
        MonthlyTotal t;
        for (const auto& l : lines) {
            const int month = monthIndex(l.date);
            if (t.lines > 0 && t.month != month) {
                visit(t);
                t = MonthlyTotal{};
            }
            if (t.lines == 0) {
                t.accountId = l.accountId;
                t.month = month;
                t.firstDay = l.date;
            }
            t.amount += l.amount;
            t.margin += l.margin.value_or(Money{});
            t.lastDay = l.date;
            ++t.lines;
        }
        if (t.lines > 0)
            visit(t);
    });
}

void SqliteSaleRepository::recomputeMonths(const std::vector<MonthKey>& keys)
{
    std::vector<MonthKey> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    sql::Statement chunks(m_connection, std::string(kChunkColumns) + std::string(kChunksOfAccount));
    std::vector<SaleLine> lines;
    for (std::size_t i = 0; i < sorted.size();) {
        const AccountId account = sorted[i].first;
        std::size_t end = i;
        while (end < sorted.size() && sorted[end].first == account)
            ++end;
        // The account's lines from the first month named to the last.
        const Date from = monthStart(sorted[i].second);
        const Date to = monthStart(sorted[end - 1].second + 1).addDays(-1);
        bindRange(chunks, account, from, to);
        lines.clear();
        while (chunks.step())
            sale_chunks::decode(chunks.blobView(3), sale_chunks::readInfo(chunks, 0), lines);
        chunks.reset();
        std::unordered_map<int, Delta> byMonth;
        for (const auto& l : lines)
            if (inRange(l, from, to))
                byMonth[monthIndex(l.date)].add(l);
        auto months = loadTotals(account);
        for (; i < end; ++i) {
            const int month = sorted[i].second;
            std::erase_if(months, [&](const MonthlyTotal& m) { return m.month == month; });
            const auto found = byMonth.find(month);
            if (found == byMonth.end())
                continue;
            sale_totals::add(months, found->second.total(account, month));
        }
        storeTotals(account, months);
    }
}

void SqliteSaleRepository::rebuildMonthlyTotals()
{
    sql::Transaction tx(m_connection);
    m_connection.exec("DELETE FROM sale_totals");
    TotalsWriter out(m_connection);
    forEachComputedTotal(m_connection, [&](const MonthlyTotal& t) { out.add(t); });
    out.finish();
    tx.commit();
}

SqliteSaleRepository::TotalsWriter::TotalsWriter(sql::Connection& connection) : m_connection(connection) {}

void SqliteSaleRepository::TotalsWriter::add(const MonthlyTotal& month)
{
    if (!m_months.empty() && m_months.front().accountId != month.accountId)
        finish();
    m_months.push_back(month);
    m_lines += month.lines;
}

void SqliteSaleRepository::TotalsWriter::finish()
{
    if (m_months.empty())
        return;
    sql::Statement put(m_connection, "INSERT INTO sale_totals(account_id, lines, months) VALUES (?1, ?2, ?3)");
    put.bind(1, m_months.front().accountId).bind(2, m_lines).bindBlob(3, sale_totals::encode(m_months)).run();
    m_months.clear();
    m_lines = 0;
}

std::vector<MonthlyTotal> SqliteSaleRepository::loadTotals(AccountId account) const
{
    std::vector<MonthlyTotal> months;
    sql::Statement st(m_connection, "SELECT months FROM sale_totals WHERE account_id = ?1");
    st.bind(1, account);
    if (st.step())
        sale_totals::decode(st.blobView(0), account, months);
    return months;
}

void SqliteSaleRepository::storeTotals(AccountId account, const std::vector<MonthlyTotal>& months)
{
    if (months.empty()) {
        sql::Statement del(m_connection, "DELETE FROM sale_totals WHERE account_id = ?1");
        del.bind(1, account).run();
        return;
    }
    std::int64_t lines = 0;
    for (const auto& m : months)
        lines += m.lines;
    sql::Statement put(m_connection, "INSERT OR REPLACE INTO sale_totals(account_id, lines, months) VALUES (?1, ?2, ?3)");
    put.bind(1, account).bind(2, lines).bindBlob(3, sale_totals::encode(months)).run();
}

} // namespace keystone
