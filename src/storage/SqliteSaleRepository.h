// Sale lines in SQLite, packed in chunks (sale_chunks, storage/SaleChunks.h), and the monthly totals
// kept beside them: every write of lines adjusts sale_totals (one packed row per account,
// storage/SaleTotals.h) in the same transaction, so the two never disagree (`keystone-cli check`
// verifies it).
// The implementation is in four files: SqliteSaleRepository.cpp (add, remove),
// SqliteSaleRepositoryBulkLoad.cpp (storing lines, the pending totals, BulkLoad, packRows),
// SqliteSaleRepositoryReading.cpp (reading lines) and SqliteSaleRepositoryTotals.cpp (the monthly totals).
#pragma once

#include "domain/SaleRepository.h"
#include "storage/SaleChunks.h"
#include "storage/Sqlite.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>
#include <utility>

namespace keystone {

class SqliteSaleRepository final : public SaleRepository
{
public:
    explicit SqliteSaleRepository(sql::Connection& connection);
    ~SqliteSaleRepository() override;

    // Lines go into chunks (storage/SaleChunks.h) of one account and batch each; outside a BulkLoad
    // every call writes its own chunks and sets the lines' ids.
    void add(std::vector<SaleLine>& lines) override;
    std::vector<SaleLine> list(const SaleQuery& query) const override;
    void forEach(const SaleQuery& query, const std::function<void(const SaleLine&)>& visit) const override;
    std::int64_t count(const SaleQuery& query) const override;
    void remove(SaleId id) override;
    void forEachMonthlyTotal(std::optional<int> fromMonth, std::optional<int> toMonth,
                             const std::function<void(const MonthlyTotal&)>& visit) const override;
    std::vector<MonthlyTotal> monthlyTotalsOf(AccountId account) const override { return loadTotals(account); }

    // Removes every line of an import batch, adjusting the monthly totals.
    std::int64_t removeBatch(BatchId batch);
    // Recomputes the monthly totals from the lines; used by repairs and tests.
    void rebuildMonthlyTotals();

    // Schema 6: packs the rows of table sales (schema 5) into chunks, each line with the batch
    // whose id range (import_batch_sales) holds it, and computes the monthly totals again. The
    // lines get new ids.
    static void packRows(sql::Connection& connection);

    // Every account's lines that fall in from..to (either open), one account at a time in account
    // order, each account's lines ordered by date, then id.
    static void forEachAccountLines(sql::Connection& connection, std::optional<Date> from, std::optional<Date> to,
                                    const std::function<void(const std::vector<SaleLine>&)>& visit);
    // Each account's net amount per day over its lines on or before `to` (every day with a line,
    // whatever its sum), one account at a time in account order, each account's days in order.
    static void forEachAccountDays(sql::Connection& connection, Date to,
                                   const std::function<void(AccountId, const std::vector<sale_chunks::DayAmount>&)>& visit);
    // The monthly totals the lines add up to, in account then month order: what a rebuild writes
    // and `check` compares with.
    static void forEachComputedTotal(sql::Connection& connection,
                                     const std::function<void(const MonthlyTotal&)>& visit);
    // Writes rows of sale_totals, which must hold none of the accounts given, from monthly totals
    // given in account then month order.
    class TotalsWriter
    {
    public:
        explicit TotalsWriter(sql::Connection& connection);
        void add(const MonthlyTotal& month);
        void finish();

    private:
        sql::Connection& m_connection;
        std::vector<MonthlyTotal> m_months;
        std::int64_t m_lines = 0;
    };

    // A large load of lines, inside an open transaction: the lines of each account are gathered
    // across add() calls into full chunks (up to sale_chunks::kMaxLines lines), written when full,
    // when `maxBufferedBytes` of packed lines are waiting, and at finish(); the monthly totals of
    // the written chunks are kept in memory until `maxPendingMonths` (account, month) pairs are
    // pending, and at finish(), instead of after every add(): a file sorted by date touches each
    // pair in many calls. Lines added meanwhile get no ids. Without finish() (an exception on the
    // way out) what is pending is dropped with the transaction that rolls back. Nothing may read
    // sales or monthly totals before finish().
    class BulkLoad
    {
    public:
        static constexpr std::size_t kMaxPendingMonths = 1u << 18; // about 20 MB of pending totals
        static constexpr std::size_t kMaxBufferedBytes = std::size_t{32} << 20;
        // The page cache while it runs: chunks are appended, rarely read back, and the dirty pages
        // that a smaller cache pushes out go to the WAL, where the commit would write them anyway.
        static constexpr int kCacheKiB = 16 * 1024;
        explicit BulkLoad(SqliteSaleRepository& sales, std::size_t maxPendingMonths = kMaxPendingMonths,
                          std::size_t maxBufferedBytes = kMaxBufferedBytes);
        ~BulkLoad();
        BulkLoad(const BulkLoad&) = delete;
        BulkLoad& operator=(const BulkLoad&) = delete;
        void finish();

    private:
        void restoreCache() noexcept;
        SqliteSaleRepository& m_sales;
        std::int64_t m_cacheBefore = 0; // as PRAGMA cache_size reports it
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
        void add(const SaleLine& line);
        void add(const Delta& other);
        MonthlyTotal total(AccountId account, int month) const;
    };
    // (account, month) packed in one integer -> Delta: open addressing with linear probing, so a
    // pair costs one cache miss where std::unordered_map's nodes cost two or three.
    class MonthDeltas
    {
    public:
        Delta& operator[](std::uint64_t key);
        // Adds `delta` to the key's totals a few calls later, having asked the CPU for its slot
        // meanwhile: keys come in no order, and each was a cache miss the import waited for.
        void addSoon(std::uint64_t key, const Delta& delta);
        void settle(); // adds what addSoon() still holds
        std::size_t size() const { return m_size; }
        void clear();
        // The pairs in key order: grouped by account, each account's totals are rewritten once.
        // Only what is settled.
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
        static constexpr std::size_t kSoon = 8;
        Slot m_soon[kSoon];
        std::size_t m_soonCount = 0;
        std::size_t m_soonNext = 0; // the oldest entry once all kSoon are taken
    };
    // Lines waiting to be written as chunks, and their totals (SqliteSaleRepositoryBulkLoad.cpp).
    struct Pending;

    // add() without the validation: stores the lines as chunks.
    void store(std::vector<SaleLine>& lines);
    // Writes every chunk that is waiting; sets the lines' ids in `lines` (index i of a chunk's
    // waiting lines is lines[i]) when given.
    void writeChunks(Pending& pending, std::vector<SaleLine>* lines);
    void applyAdditions(MonthDeltas& deltas);
    // One account's row of sale_totals (schema 5), unpacked; written back, or deleted when empty.
    std::vector<MonthlyTotal> loadTotals(AccountId account) const;
    void storeTotals(AccountId account, const std::vector<MonthlyTotal>& months);
    // After removals: recompute the named months from the remaining lines.
    void recomputeMonths(const std::vector<MonthKey>& months);

    sql::Connection& m_connection;
    std::unique_ptr<Pending> m_pending; // while a BulkLoad is active
};

} // namespace keystone
