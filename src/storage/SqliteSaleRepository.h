// Sale lines in SQLite, and the monthly totals kept beside them: every write of
// lines adjusts sale_totals (one packed row per account, storage/SaleTotals.h) in the same
// transaction, so the two never disagree (`keystone-cli check` verifies it).
#pragma once

#include "domain/SaleRepository.h"
#include "storage/Sqlite.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>
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
    // Recomputes the monthly totals from the lines; used by repairs and tests.
    void rebuildMonthlyTotals();
    // Writes sale_totals, empty, from `rows`: monthly totals in sale_totals::readRow()'s columns, in
    // account then month order. Also the schema 5 migration's, from the old sale_months rows.
    static void storeAllTotals(sql::Connection& connection, sql::Statement& rows);

    // Bulk loading. Inside an open transaction, drops the (account_id, sale_date) index when
    // about `expectedLines` new lines are at least as many as the lines already stored, and
    // returns whether it did; restoreIndexes() builds it again with one sort, before the
    // commit. A rollback restores it by itself. Nothing that reads sales may run in between.
    bool suspendIndexesFor(std::int64_t expectedLines);
    void restoreIndexes();

    // A large load of lines, inside an open transaction: suspends the index as above, and keeps the
    // monthly totals of the lines added meanwhile in memory, writing them when `maxPendingMonths`
    // (account, month) pairs are pending and at finish(), instead of after every add(): a file
    // sorted by date touches each pair in many chunks. finish() writes the rest and rebuilds the
    // index; without it (an exception on the way out) the pending totals are dropped with the
    // transaction that rolls back. Nothing may read sales or monthly totals before finish().
    class BulkLoad
    {
    public:
        static constexpr std::size_t kMaxPendingMonths = 1u << 18; // about 20 MB of pending totals
        BulkLoad(SqliteSaleRepository& sales, std::int64_t expectedLines,
                 std::size_t maxPendingMonths = kMaxPendingMonths);
        ~BulkLoad();
        BulkLoad(const BulkLoad&) = delete;
        BulkLoad& operator=(const BulkLoad&) = delete;
        void finish();

    private:
        SqliteSaleRepository& m_sales;
        bool m_indexSuspended = false;
        bool m_finished = false;
    };

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
    // (account, month) packed in one integer -> Delta: open addressing with linear probing, so a
    // line costs one cache miss where std::unordered_map's nodes cost two or three (the map was 8%
    // of a 5-million-line import with a quarter million pairs pending).
    class MonthDeltas
    {
    public:
        Delta& operator[](std::uint64_t key);
        std::size_t size() const { return m_size; }
        void clear();
        // The pairs in key order: grouped by account, each account's totals are rewritten once.
        std::vector<std::pair<std::uint64_t, const Delta*>> sorted() const;

    private:
        static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};
        struct Slot
        {
            std::uint64_t key = kEmpty;
            Delta delta;
        };
        void grow();
        std::vector<Slot> m_slots;
        std::size_t m_size = 0;
    };
    void applyAdditions(const MonthDeltas& deltas);
    // One account's row of sale_totals (schema 5), unpacked; written back, or deleted when empty.
    std::vector<MonthlyTotal> loadTotals(AccountId account) const;
    void storeTotals(AccountId account, const std::vector<MonthlyTotal>& months);
    // Records that the lines `first`..`last` belong to `batch` (import_batch_sales).
    void extendBatchRange(BatchId batch, SaleId first, SaleId last);
    // After removals: recompute the named months from the remaining lines.
    void recomputeMonths(const std::vector<MonthKey>& months);

    // Monthly totals not yet written, while a BulkLoad is active.
    struct Pending
    {
        MonthDeltas deltas;
        std::size_t maxMonths = 0;
    };
    static void addDelta(MonthDeltas& deltas, const SaleLine& line);

    sql::Connection& m_connection;
    std::optional<Pending> m_pending;
};

} // namespace keystone
