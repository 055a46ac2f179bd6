// SqliteSaleRepository's reading of lines: by query, and every account's lines or days in account
// order for the analytics.
#include "storage/SqliteSaleRepository.h"

#include "storage/SaleChunkQueries.h"
#include "storage/SaleChunks.h"

#include <algorithm>
#include <string>

namespace keystone {

using sale_queries::bindRange;
using sale_queries::daysOf;
using sale_queries::inRange;
using sale_queries::kChunkColumns;
using sale_queries::kChunksOfAccount;
using sale_queries::kChunksOfAll;

void SqliteSaleRepository::forEachAccountLines(sql::Connection& connection, std::optional<Date> from,
                                               std::optional<Date> to,
                                               const std::function<void(const std::vector<SaleLine>&)>& visit)
{
    sql::Statement st(connection, std::string(kChunkColumns) + std::string(kChunksOfAll));
    bindRange(st, std::nullopt, from, to);
    std::vector<SaleLine> lines;
    const auto emit = [&] {
        std::erase_if(lines, [&](const SaleLine& l) { return !inRange(l, from, to); });
        if (lines.empty())
            return;
        sale_chunks::sortByDate(lines);
        visit(lines);
        lines.clear();
    };
    while (st.step()) {
        const auto info = sale_chunks::readInfo(st, 0);
        if (!lines.empty() && lines.front().accountId != info.account)
            emit();
        sale_chunks::decode(st.blobView(3), info, lines);
    }
    emit();
}

void SqliteSaleRepository::forEachAccountDays(
    sql::Connection& connection, Date to,
    const std::function<void(AccountId, const std::vector<sale_chunks::DayAmount>&)>& visit)
{
    sql::Statement st(connection, std::string(kChunkColumns) + std::string(kChunksOfAll));
    bindRange(st, std::nullopt, std::nullopt, to);
    std::optional<AccountId> account;
    std::vector<sale_chunks::DayAmount> lines;
    std::vector<sale_chunks::DayAmount> days;
    const auto emit = [&] {
        std::erase_if(lines, [&](const sale_chunks::DayAmount& l) { return l.date > to; });
        std::sort(lines.begin(), lines.end(),
                  [](const sale_chunks::DayAmount& a, const sale_chunks::DayAmount& b) { return a.date < b.date; });
        days.clear();
        for (const auto& l : lines) {
            if (days.empty() || days.back().date != l.date)
                days.push_back({l.date, Money{}});
            days.back().amount += l.amount;
        }
        if (!days.empty())
            visit(*account, days);
        lines.clear();
    };
    while (st.step()) {
        const auto info = sale_chunks::readInfo(st, 0);
        if (account && *account != info.account)
            emit();
        account = info.account;
        sale_chunks::decodeDays(st.blobView(3), info, lines);
    }
    if (account)
        emit();
}

std::vector<SaleLine> SqliteSaleRepository::list(const SaleQuery& query) const
{
    sql::Statement st(m_connection,
                      std::string(kChunkColumns) + std::string(query.accountId ? kChunksOfAccount : kChunksOfAll));
    bindRange(st, query.accountId, query.from, query.to);
    std::vector<SaleLine> result;
    while (st.step())
        sale_chunks::decode(st.blobView(3), sale_chunks::readInfo(st, 0), result);
    std::erase_if(result, [&](const SaleLine& l) { return !inRange(l, query.from, query.to); });
    sale_chunks::sortByDate(result);
    return result;
}

void SqliteSaleRepository::forEach(const SaleQuery& query, const std::function<void(const SaleLine&)>& visit) const
{
    if (!query.accountId) {
        forEachAccountLines(m_connection, query.from, query.to, [&](const std::vector<SaleLine>& lines) {
            for (const auto& l : lines)
                visit(l);
        });
        return;
    }
    for (const auto& l : list(query))
        visit(l);
}

std::int64_t SqliteSaleRepository::count(const SaleQuery& query) const
{
    sql::Statement st(m_connection, "SELECT first_day, last_day, lines, id, account_id, batch_id, body FROM sale_chunks " +
                                        std::string(query.accountId ? kChunksOfAccount : kChunksOfAll));
    bindRange(st, query.accountId, query.from, query.to);
    const std::optional<std::int64_t> from = daysOf(query.from);
    const std::optional<std::int64_t> to = daysOf(query.to);
    std::int64_t n = 0;
    std::vector<SaleLine> lines;
    while (st.step()) {
        if ((!from || st.int64(0) >= *from) && (!to || st.int64(1) <= *to)) {
            n += st.int64(2); // the whole chunk is in the range: its value stays unread
            continue;
        }
        lines.clear();
        sale_chunks::decode(st.blobView(6), sale_chunks::readInfo(st, 3), lines);
        n += std::count_if(lines.begin(), lines.end(),
                           [&](const SaleLine& l) { return inRange(l, query.from, query.to); });
    }
    return n;
}

} // namespace keystone
