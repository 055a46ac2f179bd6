// SqliteSaleRepository: add() and the removal of lines. The storing of lines and the bulk load are in
// SqliteSaleRepositoryBulkLoad.cpp, the reading of lines in SqliteSaleRepositoryReading.cpp, the
// monthly totals in SqliteSaleRepositoryTotals.cpp.
#include "storage/SqliteSaleRepository.h"

#include "domain/Errors.h"
#include "domain/Validation.h"
#include "storage/SaleChunks.h"

#include <algorithm>
#include <string>

namespace keystone {

void SqliteSaleRepository::add(std::vector<SaleLine>& lines)
{
    if (lines.empty())
        return;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto errors = lines[i].validate();
        for (auto& e : errors)
            e.field = "line " + std::to_string(i + 1) + ": " + e.field;
        throwIfInvalid(std::move(errors));
    }
    store(lines);
}

void SqliteSaleRepository::remove(SaleId id)
{
    sql::Transaction tx(m_connection);
    const std::int64_t chunk = sale_chunks::chunkOf(id);
    sql::Statement st(m_connection, "SELECT id, account_id, batch_id, body FROM sale_chunks WHERE id = ?1");
    st.bind(1, chunk);
    std::vector<SaleLine> lines;
    if (id >= 0 && st.step())
        sale_chunks::decode(st.blobView(3), sale_chunks::readInfo(st, 0), lines);
    st.reset();
    const auto it = std::find_if(lines.begin(), lines.end(), [id](const SaleLine& l) { return l.id == id; });
    if (it == lines.end())
        throw NotFoundError("sale line " + std::to_string(id) + " does not exist");
    const MonthKey key{it->accountId, monthIndex(it->date)};
    lines.erase(it);
    if (lines.empty()) {
        sql::Statement del(m_connection, "DELETE FROM sale_chunks WHERE id = ?1");
        del.bind(1, chunk).run();
    } else {
        // The other lines keep their ordinals, and so their ids.
        sale_chunks::Builder b;
        for (const auto& l : lines)
            b.append(l, static_cast<std::uint32_t>(l.id - sale_chunks::lineId(chunk, 0)));
        sql::Statement put(m_connection,
                           "UPDATE sale_chunks SET first_day = ?2, last_day = ?3, lines = ?4, body = ?5 WHERE id = ?1");
        put.bind(1, chunk)
            .bind(2, static_cast<std::int64_t>(b.firstDay()))
            .bind(3, static_cast<std::int64_t>(b.lastDay()))
            .bind(4, static_cast<std::int64_t>(b.lines()))
            .bindBlob(5, b.bytes())
            .run();
    }
    recomputeMonths({key});
    tx.commit();
}

std::int64_t SqliteSaleRepository::removeBatch(BatchId batch)
{
    sql::Transaction tx(m_connection);
    // Every month between a chunk's first and last day is recomputed: the ones without lines of
    // the batch come out as they were.
    std::vector<MonthKey> months;
    std::int64_t removed = 0;
    {
        sql::Statement st(m_connection, "SELECT account_id, first_day, last_day, lines FROM sale_chunks WHERE batch_id = ?1");
        st.bind(1, batch);
        while (st.step()) {
            const int first = monthIndex(Date::fromDays(st.int32(1)));
            const int last = monthIndex(Date::fromDays(st.int32(2)));
            for (int m = first; m <= last; ++m)
                months.emplace_back(st.int64(0), m);
            removed += st.int64(3);
        }
    }
    sql::Statement del(m_connection, "DELETE FROM sale_chunks WHERE batch_id = ?1");
    del.bind(1, batch).run();
    recomputeMonths(months);
    tx.commit();
    return removed;
}

} // namespace keystone
