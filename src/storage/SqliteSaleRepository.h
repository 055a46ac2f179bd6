// Sale lines in SQLite, and the monthly totals kept beside them: every write of
// lines adjusts sale_months in the same transaction, so the two never disagree
// (`keystone-cli check` verifies it).
#pragma once

#include "domain/SaleRepository.h"
#include "storage/Sqlite.h"

#include <cstdint>
#include <unordered_map>
#include <utility>

namespace keystone {

class SqliteSaleRepository final : public SaleRepository
{
public:
    explicit SqliteSaleRepository(sql::Connection& connection) : m_connection(connection) {}

    void add(std::vector<SaleLine>& lines) override;
    std::vector<SaleLine> list(const SaleQuery& query) const override;
    void forEach(const SaleQuery& query, const std::function<void(const SaleLine&)>& visit) const override;
    std::int64_t count(const SaleQuery& query) const override;
    void remove(SaleId id) override;
    void forEachMonthlyTotal(std::optional<int> fromMonth, std::optional<int> toMonth,
                             const std::function<void(const MonthlyTotal&)>& visit) const override;

    // Removes every line of an import batch (its id range), adjusting the monthly totals.
    std::int64_t removeBatch(BatchId batch);
    // Recomputes sale_months from the lines; used by repairs and tests.
    void rebuildMonthlyTotals();

    // Bulk loading. Inside an open transaction, drops the (account_id, sale_date) index when
    // about `expectedLines` new lines are at least as many as the lines already stored, and
    // returns whether it did; restoreIndexes() builds it again with one sort, before the
    // commit. A rollback restores it by itself. Nothing that reads sales may run in between.
    bool suspendIndexesFor(std::int64_t expectedLines);
    void restoreIndexes();

private:
    using MonthKey = std::pair<AccountId, int>;
    struct Delta
    {
        std::int64_t amount = 0;
        std::int64_t margin = 0;
        std::int64_t lines = 0;
        std::int32_t firstDay = 0;
        std::int32_t lastDay = 0;
    };
    void applyAdditions(const std::unordered_map<std::uint64_t, Delta>& deltas);
    // Records that the lines `first`..`last` belong to `batch` (import_batch_sales).
    void extendBatchRange(BatchId batch, SaleId first, SaleId last);
    // After removals: recompute the named months from the remaining lines.
    void recomputeMonths(const std::vector<MonthKey>& months);

    sql::Connection& m_connection;
};

} // namespace keystone
