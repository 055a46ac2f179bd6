// SqliteSaleRepository's writing of lines: store() (every add() and the bulk load), the buffers that
// gather each account's lines into chunks, the pending monthly totals, and BulkLoad. The per-line
// loop of store() and everything it calls per line are in this one file, so that the compiler can
// inline them (docs/performance.md).
#include "storage/SqliteSaleRepository.h"

#include "domain/Validation.h"
#include "storage/SaleChunks.h"
#include "storage/SaleTotals.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>
#include <stdexcept>
#include <string>

namespace keystone {

namespace {

// (account, month) in one integer, for a flat hash map; months are years * 12, far below 2^20.
std::uint64_t packMonth(AccountId account, int month)
{
    return (static_cast<std::uint64_t>(account) << 20) | static_cast<std::uint32_t>(month);
}

// Fibonacci hashing for the flat tables here (a power-of-two size): consecutive accounts and months
// spread over the table.
std::size_t slotOf(std::uint64_t key, std::size_t tableSize)
{
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & (tableSize - 1);
}

} // namespace

struct SqliteSaleRepository::Pending
{
    // The lines of one account (and one batch) waiting to become a chunk.
    struct Buffer
    {
        AccountId account = 0;
        std::optional<BatchId> batch;
        sale_chunks::Builder chunk;
        std::vector<std::size_t> indexes;           // of the waiting lines in add()'s vector, outside a BulkLoad
        // The totals of the month of the latest lines: a run of lines in one month costs one
        // update of the pending totals, not one per line (and memory for one month, not for each).
        int runMonth = 0;
        Delta run;
        void endRun(MonthDeltas& deltas)
        {
            if (run.lines > 0)
                deltas.addSoon(packMonth(account, runMonth), run);
            run = Delta{};
        }
    };
    // One buffer per account seen, which also means: the account exists. Found through a flat
    // table of (account, index) pairs: std::unordered_map's nodes were a cache miss or two per
    // line, 10% of an import.
    std::vector<Buffer> buffers;
    std::vector<std::pair<AccountId, std::uint32_t>> slots; // open addressing, linear probing
    static constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
    static constexpr AccountId kNoAccount = std::numeric_limits<AccountId>::min();

    std::size_t slot(AccountId account) const
    {
        return slotOf(static_cast<std::uint64_t>(account), slots.size());
    }
    std::uint32_t indexOf(AccountId account) const
    {
        if (slots.empty())
            return kNone;
        for (std::size_t i = slot(account);; i = (i + 1) & (slots.size() - 1)) {
            if (slots[i].first == account)
                return slots[i].second;
            if (slots[i].first == kNoAccount)
                return kNone;
        }
    }
    Buffer* find(AccountId account)
    {
        const std::uint32_t k = indexOf(account);
        return k == kNone ? nullptr : &buffers[k];
    }
    // Invalidates pointers to other buffers.
    Buffer& insert(AccountId account)
    {
        if ((buffers.size() + 1) * 2 > slots.size()) {
            slots.assign(std::max<std::size_t>(1024, slots.size() * 2), {kNoAccount, 0});
            for (std::uint32_t k = 0; k < buffers.size(); ++k)
                place(buffers[k].account, k);
        }
        Buffer& b = buffers.emplace_back();
        b.account = account;
        place(account, static_cast<std::uint32_t>(buffers.size() - 1));
        return b;
    }
    void place(AccountId account, std::uint32_t index)
    {
        std::size_t i = slot(account);
        while (slots[i].first != kNoAccount)
            i = (i + 1) & (slots.size() - 1);
        slots[i] = {account, index};
    }

    // Lines come for accounts in no order, so each line's buffer is a cache miss, two with its
    // slot: the lines a few ahead are looked up and their memory fetched in advance, in three steps
    // (slot, buffer, its bytes' end), so that the misses overlap instead of following each other.
    static constexpr std::size_t kAhead = 4; // lines between the steps
    std::uint32_t ahead[4 * kAhead] = {};     // buffer indexes of the lines ahead, by line % size
    void prefetch(const std::vector<SaleLine>& lines, std::size_t i)
    {
        constexpr std::size_t ring = 4 * kAhead;
        if (slots.empty())
            return;
        if (const std::size_t k = i + 3 * kAhead; k < lines.size())
            __builtin_prefetch(&slots[slot(lines[k].accountId)]);
        if (const std::size_t k = i + 2 * kAhead; k < lines.size()) {
            const std::uint32_t b = indexOf(lines[k].accountId);
            ahead[k % ring] = b;
            if (b != kNone) {
                const auto* at = reinterpret_cast<const char*>(&buffers[b]);
                for (std::size_t line = 0; line < sizeof(Buffer); line += 64)
                    __builtin_prefetch(at + line);
            }
        }
        if (const std::size_t k = i + kAhead; k < lines.size()) {
            const std::uint32_t b = ahead[k % ring];
            if (b != kNone && b < buffers.size()) {
                const std::string& bytes = buffers[b].chunk.bytes();
                __builtin_prefetch(bytes.data() + bytes.size(), 1);
            }
        }
    }

    std::vector<AccountId> full; // buffers to write at the next chance
    // Every buffer that holds lines is to be written.
    void markAllFull()
    {
        full.clear();
        for (const auto& b : buffers)
            if (!b.chunk.empty())
                full.push_back(b.account);
    }
    std::size_t bufferedBytes = 0; // the buffers' memory, as far as Builder::memory() knows it
    std::size_t maxBufferedBytes = BulkLoad::kMaxBufferedBytes;
    MonthDeltas deltas;
    std::size_t maxMonths = BulkLoad::kMaxPendingMonths;
};

// Here, where Pending is complete (m_pending).
SqliteSaleRepository::SqliteSaleRepository(sql::Connection& connection) : m_connection(connection) {}
SqliteSaleRepository::~SqliteSaleRepository() = default;

void SqliteSaleRepository::Delta::add(const SaleLine& l)
{
    const std::int32_t day = l.date.days();
    amount += l.amount.units();
    margin += l.margin ? l.margin->units() : 0;
    firstDay = lines == 0 ? day : std::min(firstDay, day);
    lastDay = lines == 0 ? day : std::max(lastDay, day);
    ++lines;
}

MonthlyTotal SqliteSaleRepository::Delta::total(AccountId account, int month) const
{
    MonthlyTotal t;
    t.accountId = account;
    t.month = month;
    t.amount = Money::fromUnits(amount);
    t.margin = Money::fromUnits(margin);
    t.lines = lines;
    t.firstDay = Date::fromDays(firstDay);
    t.lastDay = Date::fromDays(lastDay);
    return t;
}

void SqliteSaleRepository::Delta::add(const Delta& d)
{
    if (d.lines == 0)
        return;
    amount += d.amount;
    margin += d.margin;
    firstDay = lines == 0 ? d.firstDay : std::min(firstDay, d.firstDay);
    lastDay = lines == 0 ? d.lastDay : std::max(lastDay, d.lastDay);
    lines += d.lines;
}

void SqliteSaleRepository::store(std::vector<SaleLine>& lines)
{
    sql::Transaction tx(m_connection);
    Pending own;
    Pending& pending = m_pending ? *m_pending : own;
    std::vector<SaleLine>* ids = m_pending ? nullptr : &lines;
    sql::Statement exists(m_connection, "SELECT 1 FROM accounts WHERE id = ?1");
    AccountId lastAccount = 0;
    Pending::Buffer* buffer = nullptr;
    Date monthOfDay;
    int month = monthIndex(monthOfDay);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const SaleLine& l = lines[i];
        pending.prefetch(lines, i);
        if (!buffer || l.accountId != lastAccount) {
            buffer = pending.find(l.accountId);
            if (!buffer) {
                exists.bind(1, l.accountId);
                const bool found = exists.step();
                exists.reset();
                if (!found)
                    throwIfInvalid({{"line " + std::to_string(i + 1) + ": account",
                                     "account " + std::to_string(l.accountId) + " does not exist"}});
                buffer = &pending.insert(l.accountId);
            }
            lastAccount = l.accountId;
        }
        if (!buffer->chunk.empty() && (buffer->batch != l.batchId || buffer->chunk.full())) {
            // This buffer goes out now, so that the next line starts a chunk of its own.
            pending.full.push_back(l.accountId);
            writeChunks(pending, ids);
        }
        const std::size_t before = buffer->chunk.memory();
        buffer->batch = l.batchId;
        buffer->chunk.append(l);
        pending.bufferedBytes += buffer->chunk.memory() - before;
        if (ids)
            buffer->indexes.push_back(i);
        if (l.date != monthOfDay) { // files come sorted by date: the same day over and over
            monthOfDay = l.date;
            month = monthIndex(l.date);
        }
        if (month != buffer->runMonth) {
            buffer->endRun(pending.deltas);
            buffer->runMonth = month;
        }
        buffer->run.add(l);
        if (buffer->chunk.full())
            pending.full.push_back(l.accountId);
    }
    if (!m_pending || pending.bufferedBytes > pending.maxBufferedBytes)
        pending.markAllFull();
    writeChunks(pending, ids);
    if (!m_pending) {
        applyAdditions(pending.deltas);
    } else if (pending.deltas.size() >= pending.maxMonths) {
        applyAdditions(pending.deltas);
        pending.deltas.clear();
    }
    tx.commit();
}

void SqliteSaleRepository::packRows(sql::Connection& connection)
{
    // The id ranges of the import batches (schema 4), for each line's batch.
    struct Range
    {
        std::int64_t first;
        std::int64_t last;
        BatchId batch;
    };
    std::vector<Range> ranges;
    {
        sql::Statement st(connection, "SELECT first_id, last_id, batch_id FROM import_batch_sales ORDER BY first_id");
        while (st.step())
            ranges.push_back({st.int64(0), st.int64(1), st.int64(2)});
    }
    const auto batchOf = [&](std::int64_t id) -> std::optional<BatchId> {
        auto it = std::upper_bound(ranges.begin(), ranges.end(), id,
                                   [](std::int64_t value, const Range& r) { return value < r.first; });
        if (it == ranges.begin() || id > (--it)->last)
            return std::nullopt;
        return it->batch;
    };
    // The totals are computed again from the lines as they are packed: the same numbers.
    connection.exec("DELETE FROM sale_totals");
    SqliteSaleRepository sales(connection);
    BulkLoad load(sales);
    // Not validated again: the rows are what earlier versions accepted, and a migration that
    // refused them would leave the database unopenable.
    sql::Statement st(connection, R"sql(
        SELECT id, account_id, sale_date, amount, margin, quantity, coalesce(product, ''), coalesce(document, '')
        FROM sales ORDER BY id)sql");
    std::vector<SaleLine> lines;
    while (true) {
        const bool more = st.step();
        if (more) {
            SaleLine& l = lines.emplace_back();
            l.accountId = st.int64(1);
            l.date = Date::fromDays(st.int32(2));
            l.amount = Money::fromUnits(st.int64(3));
            if (!st.isNull(4))
                l.margin = Money::fromUnits(st.int64(4));
            l.quantity = st.optionalInt64(5);
            l.product = st.text(6);
            l.document = st.text(7);
            l.batchId = batchOf(st.int64(0));
        }
        if (lines.size() == 50'000 || (!more && !lines.empty())) {
            sales.store(lines);
            lines.clear();
        }
        if (!more)
            break;
    }
    load.finish();
}

void SqliteSaleRepository::writeChunks(Pending& pending, std::vector<SaleLine>* lines)
{
    if (pending.full.empty())
        return;
    // In account order: the chunks of an account come close together in the account index.
    std::sort(pending.full.begin(), pending.full.end());
    pending.full.erase(std::unique(pending.full.begin(), pending.full.end()), pending.full.end());
    sql::Statement ins(m_connection, R"sql(
        INSERT INTO sale_chunks(account_id, batch_id, first_day, last_day, lines, body)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6))sql");
    for (const AccountId account : pending.full) {
        Pending::Buffer* found = pending.find(account);
        if (!found || found->chunk.empty())
            continue;
        Pending::Buffer& b = *found;
        ins.bind(1, account)
            .bind(2, b.batch)
            .bind(3, static_cast<std::int64_t>(b.chunk.firstDay()))
            .bind(4, static_cast<std::int64_t>(b.chunk.lastDay()))
            .bind(5, static_cast<std::int64_t>(b.chunk.lines()))
            .bindBlob(6, b.chunk.bytes())
            .run();
        const std::int64_t chunk = m_connection.lastInsertId();
        if (lines)
            for (std::size_t k = 0; k < b.indexes.size(); ++k)
                (*lines)[b.indexes[k]].id = sale_chunks::lineId(chunk, static_cast<std::uint32_t>(k));
        b.endRun(pending.deltas);
        pending.bufferedBytes -= b.chunk.memory();
        b.chunk.clear();
        pending.bufferedBytes += b.chunk.memory();
        b.indexes.clear();
    }
    pending.full.clear();
}

SqliteSaleRepository::BulkLoad::BulkLoad(SqliteSaleRepository& sales, std::size_t maxPendingMonths,
                                         std::size_t maxBufferedBytes)
    : m_sales(sales)
{
    if (m_sales.m_pending)
        throw std::logic_error("SqliteSaleRepository::BulkLoad: a bulk load is already active");
    if (sqlite3_get_autocommit(m_sales.m_connection.handle()))
        throw std::logic_error("SqliteSaleRepository::BulkLoad needs an open transaction");
    m_sales.m_pending = std::make_unique<Pending>();
    {
        sql::Statement st(m_sales.m_connection, "PRAGMA cache_size");
        m_cacheBefore = st.step() ? st.int64(0) : -sql::Connection::kWriteCacheKiB;
    }
    m_sales.m_connection.setCacheSize(kCacheKiB);
    m_sales.m_pending->maxMonths = std::max<std::size_t>(1, maxPendingMonths);
    m_sales.m_pending->maxBufferedBytes = maxBufferedBytes;
}

SqliteSaleRepository::BulkLoad::~BulkLoad()
{
    // Unfinished: the transaction is being rolled back, and what is pending with it.
    m_sales.m_pending.reset();
    if (!m_finished)
        restoreCache();
}

void SqliteSaleRepository::BulkLoad::restoreCache() noexcept
{
    // The cache size the transaction had, for the rest of it (once it has ended, it set its own).
    if (sqlite3_get_autocommit(m_sales.m_connection.handle()))
        return;
    // PRAGMA takes no parameters; the value is the number SQLite itself reported.
    const std::string again = "PRAGMA cache_size = " + std::to_string(m_cacheBefore);
    sqlite3_exec(m_sales.m_connection.handle(), again.c_str(), nullptr, nullptr, nullptr);
}

void SqliteSaleRepository::BulkLoad::finish()
{
    if (m_finished)
        return;
    Pending& pending = *m_sales.m_pending;
    pending.markAllFull();
    m_sales.writeChunks(pending, nullptr);
    m_sales.applyAdditions(pending.deltas);
    m_sales.m_pending.reset();
    restoreCache();
    m_finished = true;
}

SqliteSaleRepository::Delta& SqliteSaleRepository::MonthDeltas::operator[](std::uint64_t key)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = slotOf(key, m_slots.size());
    while (true) {
        Slot& slot = m_slots[i];
        if (slot.key == key)
            return slot.delta;
        if (slot.key == kEmpty) {
            slot.key = key;
            ++m_size;
            return slot.delta;
        }
        i = (i + 1) & mask;
    }
}

void SqliteSaleRepository::MonthDeltas::addSoon(std::uint64_t key, const Delta& delta)
{
    if (m_soonCount == kSoon) {
        Slot& oldest = m_soon[m_soonNext];
        (*this)[oldest.key].add(oldest.delta);
        oldest = {key, delta};
        m_soonNext = (m_soonNext + 1) % kSoon;
    } else {
        m_soon[m_soonCount++] = {key, delta};
    }
    if (!m_slots.empty())
        __builtin_prefetch(&m_slots[slotOf(key, m_slots.size())], 1);
}

void SqliteSaleRepository::MonthDeltas::settle()
{
    for (std::size_t k = 0; k < m_soonCount; ++k)
        (*this)[m_soon[k].key].add(m_soon[k].delta);
    m_soonCount = 0;
    m_soonNext = 0;
}

void SqliteSaleRepository::MonthDeltas::grow()
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(std::max<std::size_t>(1024, old.size() * 2), Slot{});
    m_size = 0;
    for (const auto& slot : old)
        if (slot.key != kEmpty)
            (*this)[slot.key] = slot.delta;
}

void SqliteSaleRepository::MonthDeltas::clear()
{
    m_soonCount = 0;
    m_soonNext = 0;
    std::fill(m_slots.begin(), m_slots.end(), Slot{});
    m_size = 0;
}

std::vector<std::pair<std::uint64_t, const SqliteSaleRepository::Delta*>>
SqliteSaleRepository::MonthDeltas::sorted() const
{
    std::vector<std::pair<std::uint64_t, const Delta*>> out;
    out.reserve(m_size);
    for (const auto& slot : m_slots)
        if (slot.key != kEmpty)
            out.emplace_back(slot.key, &slot.delta);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

void SqliteSaleRepository::applyAdditions(MonthDeltas& deltas)
{
    deltas.settle();
    // In key order the deltas come grouped by account: each account's totals are read, merged and
    // written once.
    const auto sorted = deltas.sorted();
    std::vector<MonthlyTotal> months;
    for (std::size_t i = 0; i < sorted.size();) {
        const auto account = static_cast<AccountId>(sorted[i].first >> 20);
        months = loadTotals(account);
        for (; i < sorted.size() && static_cast<AccountId>(sorted[i].first >> 20) == account; ++i) {
            sale_totals::add(months, sorted[i].second->total(account, static_cast<int>(sorted[i].first & 0xFFFFF)));
        }
        storeTotals(account, months);
    }
}

} // namespace keystone
