#include "storage/SqliteSaleRepository.h"

#include "domain/Validation.h"
#include "storage/SaleTotals.h"

#include <sqlite3.h>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace keystone {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, account_id, sale_date, amount, margin, quantity, coalesce(product, ''), coalesce(document, '') "
    "FROM sales ";

// The id ranges of the import batches (schema 4: a line no longer stores its batch), read once per
// query; a line's batch is the range that holds its id.
class BatchRanges
{
public:
    explicit BatchRanges(sql::Connection& connection)
    {
        sql::Statement st(connection, "SELECT first_id, last_id, batch_id FROM import_batch_sales ORDER BY first_id");
        while (st.step())
            m_ranges.push_back({st.int64(0), st.int64(1), st.int64(2)});
    }

    std::optional<BatchId> batchOf(SaleId id) const
    {
        auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), id,
                                   [](SaleId value, const Range& r) { return value < r.first; });
        if (it == m_ranges.begin())
            return std::nullopt;
        --it;
        if (id > it->last)
            return std::nullopt;
        return it->batch;
    }

private:
    struct Range
    {
        SaleId first;
        SaleId last;
        BatchId batch;
    };
    std::vector<Range> m_ranges;
};

SaleLine readLine(const sql::Statement& st, const BatchRanges& batches)
{
    SaleLine l;
    l.id = st.int64(0);
    l.accountId = st.int64(1);
    l.date = Date::fromDays(st.int32(2));
    l.amount = Money::fromUnits(st.int64(3));
    if (!st.isNull(4))
        l.margin = Money::fromUnits(st.int64(4));
    l.quantity = st.optionalInt64(5);
    l.product = st.text(6);
    l.document = st.text(7);
    l.batchId = batches.batchOf(l.id);
    return l;
}

void bindQuery(sql::Statement& st, const SaleQuery& q)
{
    st.bind(1, q.accountId);
    if (q.from)
        st.bind(2, static_cast<std::int64_t>(q.from->days()));
    if (q.to)
        st.bind(3, static_cast<std::int64_t>(q.to->days()));
}

constexpr std::string_view kWhere =
    "WHERE (?1 IS NULL OR account_id = ?1) AND (?2 IS NULL OR sale_date >= ?2) AND (?3 IS NULL OR sale_date <= ?3) ";
// One account's lines: "?1 IS NULL OR account_id = ?1" is planned as a scan of the whole index, so
// reading account after account (a sales export) read all 5,000,000 lines' entries for each.
constexpr std::string_view kWhereAccount =
    "WHERE account_id = ?1 AND (?2 IS NULL OR sale_date >= ?2) AND (?3 IS NULL OR sale_date <= ?3) ";

std::string whereOf(const SaleQuery& q) { return std::string(q.accountId ? kWhereAccount : kWhere); }

// (account, month) in one integer, for a flat hash map; months are years * 12, far below 2^20.
std::uint64_t packMonth(AccountId account, int month)
{
    return (static_cast<std::uint64_t>(account) << 20) | static_cast<std::uint32_t>(month);
}

} // namespace

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
    // A batch's lines must be one run of ids (see import_batch_sales).
    const std::optional<BatchId> batch = lines.front().batchId;
    for (const auto& l : lines)
        if (l.batchId != batch)
            throw std::invalid_argument("SqliteSaleRepository::add: the lines of one call must share one import batch");

    sql::Transaction tx(m_connection);
    sql::Statement ins(m_connection, R"sql(
        INSERT INTO sales(account_id, sale_date, amount, margin, quantity, product, document)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    MonthDeltas ownDeltas;
    auto& deltas = m_pending ? m_pending->deltas : ownDeltas;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto& l = lines[i];
        ins.bind(1, l.accountId)
            .bind(2, static_cast<std::int64_t>(l.date.days()))
            .bind(3, l.amount.units())
            .bind(4, l.margin ? std::optional<std::int64_t>(l.margin->units()) : std::nullopt)
            .bind(5, l.quantity)
            .bindTextOrNull(6, l.product)
            .bindTextOrNull(7, l.document);
        // The account must exist: the foreign key checks it as the line goes in (a lookup of our
        // own before it was the same lookup again, 30,000 times in every chunk of an import).
        try {
            ins.run();
        } catch (const DatabaseError&) {
            if (sqlite3_extended_errcode(m_connection.handle()) != SQLITE_CONSTRAINT_FOREIGNKEY)
                throw;
            throwIfInvalid({{"line " + std::to_string(i + 1) + ": account",
                             "account " + std::to_string(l.accountId) + " does not exist"}});
        }
        l.id = m_connection.lastInsertId();
        addDelta(deltas, l);
    }
    if (batch)
        extendBatchRange(*batch, lines.front().id, lines.back().id);
    if (!m_pending) {
        applyAdditions(deltas);
    } else if (m_pending->deltas.size() >= m_pending->maxMonths) {
        applyAdditions(m_pending->deltas);
        m_pending->deltas.clear();
    }
    tx.commit();
}

void SqliteSaleRepository::addDelta(MonthDeltas& deltas, const SaleLine& l)
{
    const std::int32_t day = l.date.days();
    Delta& d = deltas[packMonth(l.accountId, monthIndex(l.date))];
    d.amount += l.amount.units();
    d.margin += l.margin ? l.margin->units() : 0;
    d.firstDay = d.lines == 0 ? day : std::min(d.firstDay, day);
    d.lastDay = d.lines == 0 ? day : std::max(d.lastDay, day);
    ++d.lines;
}

SqliteSaleRepository::BulkLoad::BulkLoad(SqliteSaleRepository& sales, std::int64_t expectedLines,
                                         std::size_t maxPendingMonths)
    : m_sales(sales)
{
    if (m_sales.m_pending)
        throw std::logic_error("SqliteSaleRepository::BulkLoad: a bulk load is already active");
    m_indexSuspended = m_sales.suspendIndexesFor(expectedLines); // checks for the open transaction
    m_sales.m_pending.emplace();
    m_sales.m_pending->maxMonths = std::max<std::size_t>(1, maxPendingMonths);
}

SqliteSaleRepository::BulkLoad::~BulkLoad()
{
    // Unfinished: the transaction is being rolled back, and the pending totals with it.
    m_sales.m_pending.reset();
}

void SqliteSaleRepository::BulkLoad::finish()
{
    if (m_finished)
        return;
    m_sales.applyAdditions(m_sales.m_pending->deltas);
    m_sales.m_pending.reset();
    if (m_indexSuspended)
        m_sales.restoreIndexes();
    m_finished = true;
}

void SqliteSaleRepository::extendBatchRange(BatchId batch, SaleId first, SaleId last)
{
    // A batch's range grows only by lines that follow it directly; anything else would take in lines
    // that are not the batch's.
    sql::Statement st(m_connection, R"sql(
        INSERT INTO import_batch_sales(batch_id, first_id, last_id) VALUES (?1, ?2, ?3)
        ON CONFLICT(batch_id) DO UPDATE SET last_id = ?3 WHERE last_id = ?2 - 1)sql");
    st.bind(1, batch).bind(2, first).bind(3, last).run();
    if (m_connection.changes() != 1)
        throw std::logic_error("sale lines of import batch " + std::to_string(batch) +
                               " were added after other lines; a batch's lines must be added in one run");
}

SqliteSaleRepository::Delta& SqliteSaleRepository::MonthDeltas::operator[](std::uint64_t key)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const std::size_t mask = m_slots.size() - 1;
    // Fibonacci hashing: consecutive accounts and months spread over the table.
    std::size_t i = static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 20) & mask;
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

void SqliteSaleRepository::applyAdditions(const MonthDeltas& deltas)
{
    // In key order the deltas come grouped by account: each account's totals are read, merged and
    // written once.
    const auto sorted = deltas.sorted();
    std::vector<MonthlyTotal> months;
    for (std::size_t i = 0; i < sorted.size();) {
        const auto account = static_cast<AccountId>(sorted[i].first >> 20);
        months = loadTotals(account);
        for (; i < sorted.size() && static_cast<AccountId>(sorted[i].first >> 20) == account; ++i) {
            const Delta& d = *sorted[i].second;
            MonthlyTotal t;
            t.accountId = account;
            t.month = static_cast<int>(sorted[i].first & 0xFFFFF);
            t.amount = Money::fromUnits(d.amount);
            t.margin = Money::fromUnits(d.margin);
            t.lines = d.lines;
            t.firstDay = Date::fromDays(d.firstDay);
            t.lastDay = Date::fromDays(d.lastDay);
            sale_totals::add(months, t);
        }
        storeTotals(account, months);
    }
}

void SqliteSaleRepository::recomputeMonths(const std::vector<MonthKey>& keys)
{
    std::vector<MonthKey> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    sql::Statement calc(m_connection, R"sql(
        SELECT sum(amount), sum(coalesce(margin, 0)), count(*), min(sale_date), max(sale_date)
        FROM sales WHERE account_id = ?1 AND sale_date BETWEEN ?2 AND ?3)sql");
    for (std::size_t i = 0; i < sorted.size();) {
        const AccountId account = sorted[i].first;
        auto months = loadTotals(account);
        for (; i < sorted.size() && sorted[i].first == account; ++i) {
            const int month = sorted[i].second;
            std::erase_if(months, [&](const MonthlyTotal& m) { return m.month == month; });
            calc.bind(1, account).bind(2, static_cast<std::int64_t>(monthStart(month).days()));
            calc.bind(3, static_cast<std::int64_t>(monthStart(month + 1).addDays(-1).days()));
            if (calc.step() && calc.int64(2) > 0) {
                MonthlyTotal t;
                t.accountId = account;
                t.month = month;
                t.amount = Money::fromUnits(calc.int64(0));
                t.margin = Money::fromUnits(calc.int64(1));
                t.lines = calc.int64(2);
                t.firstDay = Date::fromDays(calc.int32(3));
                t.lastDay = Date::fromDays(calc.int32(4));
                sale_totals::add(months, t);
            }
            calc.reset();
        }
        storeTotals(account, months);
    }
}

std::vector<SaleLine> SqliteSaleRepository::list(const SaleQuery& query) const
{
    std::vector<SaleLine> result;
    sql::Statement st(m_connection, std::string(kSelect) + whereOf(query) + "ORDER BY sale_date, id");
    bindQuery(st, query);
    const BatchRanges batches(m_connection);
    while (st.step())
        result.push_back(readLine(st, batches));
    return result;
}

void SqliteSaleRepository::forEach(const SaleQuery& query, const std::function<void(const SaleLine&)>& visit) const
{
    sql::Statement st(m_connection, std::string(kSelect) + whereOf(query) + "ORDER BY account_id, sale_date, id");
    bindQuery(st, query);
    const BatchRanges batches(m_connection);
    while (st.step())
        visit(readLine(st, batches));
}

std::int64_t SqliteSaleRepository::count(const SaleQuery& query) const
{
    sql::Statement st(m_connection, "SELECT count(*) FROM sales " + whereOf(query));
    bindQuery(st, query);
    return st.step() ? st.int64(0) : 0;
}

void SqliteSaleRepository::remove(SaleId id)
{
    sql::Transaction tx(m_connection);
    sql::Statement st(m_connection, "DELETE FROM sales WHERE id = ?1 RETURNING account_id, sale_date");
    st.bind(1, id);
    if (!st.step())
        throw NotFoundError("sale line " + std::to_string(id) + " does not exist");
    const MonthKey key{st.int64(0), monthIndex(Date::fromDays(st.int32(1)))};
    st.reset();
    recomputeMonths({key});
    tx.commit();
}

std::int64_t SqliteSaleRepository::removeBatch(BatchId batch)
{
    sql::Transaction tx(m_connection);
    sql::Statement range(m_connection, "SELECT first_id, last_id FROM import_batch_sales WHERE batch_id = ?1");
    range.bind(1, batch);
    if (!range.step())
        return 0; // the batch added no sale lines
    const SaleId first = range.int64(0);
    const SaleId last = range.int64(1);
    range.reset();
    std::vector<MonthKey> months;
    {
        std::set<MonthKey> distinct;
        sql::Statement st(m_connection, "SELECT DISTINCT account_id, sale_date FROM sales WHERE id BETWEEN ?1 AND ?2");
        st.bind(1, first).bind(2, last);
        while (st.step())
            distinct.emplace(st.int64(0), monthIndex(Date::fromDays(st.int32(1))));
        months.assign(distinct.begin(), distinct.end());
    }
    sql::Statement del(m_connection, "DELETE FROM sales WHERE id BETWEEN ?1 AND ?2");
    del.bind(1, first).bind(2, last).run();
    const std::int64_t removed = m_connection.changes();
    sql::Statement forget(m_connection, "DELETE FROM import_batch_sales WHERE batch_id = ?1");
    forget.bind(1, batch).run();
    recomputeMonths(months);
    tx.commit();
    return removed;
}

void SqliteSaleRepository::rebuildMonthlyTotals()
{
    sql::Transaction tx(m_connection);
    m_connection.exec("DELETE FROM sale_totals");
    sql::Statement st(m_connection, sale_totals::kFromLines);
    storeAllTotals(m_connection, st);
    tx.commit();
}

void SqliteSaleRepository::storeAllTotals(sql::Connection& connection, sql::Statement& rows)
{
    sql::Statement put(connection, "INSERT INTO sale_totals(account_id, lines, months) VALUES (?1, ?2, ?3)");
    std::vector<MonthlyTotal> months;
    std::int64_t lines = 0;
    const auto flush = [&] {
        if (months.empty())
            return;
        put.bind(1, months.front().accountId).bind(2, lines).bindBlob(3, sale_totals::encode(months)).run();
        months.clear();
        lines = 0;
    };
    MonthlyTotal t;
    while (rows.step()) {
        sale_totals::readRow(rows, t);
        if (!months.empty() && months.front().accountId != t.accountId)
            flush();
        months.push_back(t);
        lines += t.lines;
    }
    flush();
    rows.reset();
}

bool SqliteSaleRepository::suspendIndexesFor(std::int64_t expectedLines)
{
    if (sqlite3_get_autocommit(m_connection.handle()))
        throw std::logic_error("SqliteSaleRepository::suspendIndexesFor needs an open transaction");
    sql::Statement st(m_connection, "SELECT count(*) FROM sales");
    const std::int64_t stored = st.step() ? st.int64(0) : 0;
    st.reset();
    // Inserting n lines into the index costs n B-tree descents that, once the index outgrows
    // the page cache, mostly miss it; rebuilding sorts all stored + n entries once.
    if (expectedLines < stored || expectedLines < 10'000)
        return false;
    m_connection.exec("DROP INDEX sales_account_date");
    return true;
}

void SqliteSaleRepository::restoreIndexes()
{
    // The sort behind CREATE INDEX takes its memory budget from the page cache size and spills what
    // does not fit to a temporary file (temp_store = FILE, Database.cpp). The store's 64 MiB made it
    // sort 64 MiB runs, which miss the CPU's caches: over 5 million lines the index took 7.4 s and
    // 138 MB with it, 3.6 s and 9 MB with 2 MiB (sqlite3 shell, docs/performance.md). The dirty
    // pages the smaller cache pushes out go to the WAL, where the commit would have written them.
    std::int64_t cacheSize = 0;
    {
        sql::Statement st(m_connection, "PRAGMA cache_size");
        if (st.step())
            cacheSize = st.int64(0);
    }
    struct CacheAgain
    {
        sqlite3* db;
        std::int64_t size;
        ~CacheAgain()
        {
            // PRAGMA takes no parameters; the value is the number SQLite itself reported.
            const std::string again = "PRAGMA cache_size = " + std::to_string(size);
            sqlite3_exec(db, again.c_str(), nullptr, nullptr, nullptr);
        }
    } cacheAgain{m_connection.handle(), cacheSize};
    m_connection.exec("PRAGMA cache_size = -2048");
    // The same definition as in the schema (Migrations.cpp).
    m_connection.exec("CREATE INDEX IF NOT EXISTS sales_account_date ON sales(account_id, sale_date)");
}

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

} // namespace keystone
