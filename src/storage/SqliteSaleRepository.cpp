#include "storage/SqliteSaleRepository.h"

#include "domain/Validation.h"

#include <sqlite3.h>

#include <algorithm>
#include <set>
#include <stdexcept>

namespace keystone {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, account_id, sale_date, amount, margin, quantity, coalesce(product, ''), coalesce(document, ''), "
    "batch_id FROM sales ";

SaleLine readLine(const sql::Statement& st)
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
    l.batchId = st.optionalInt64(8);
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

} // namespace

void SqliteSaleRepository::add(std::vector<SaleLine>& lines)
{
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto errors = lines[i].validate();
        for (auto& e : errors)
            e.field = "line " + std::to_string(i + 1) + ": " + e.field;
        throwIfInvalid(std::move(errors));
    }
    sql::Transaction tx(m_connection);
    sql::Statement exists(m_connection, "SELECT 1 FROM accounts WHERE id = ?1");
    std::set<AccountId> known;
    sql::Statement ins(m_connection, R"sql(
        INSERT INTO sales(account_id, sale_date, amount, margin, quantity, product, document, batch_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))sql");
    std::map<MonthKey, Delta> deltas;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        auto& l = lines[i];
        if (!known.count(l.accountId)) {
            exists.bind(1, l.accountId);
            const bool found = exists.step();
            exists.reset();
            if (!found)
                throwIfInvalid({{"line " + std::to_string(i + 1) + ": account",
                                 "account " + std::to_string(l.accountId) + " does not exist"}});
            known.insert(l.accountId);
        }
        ins.bind(1, l.accountId)
            .bind(2, static_cast<std::int64_t>(l.date.days()))
            .bind(3, l.amount.units())
            .bind(4, l.margin ? std::optional<std::int64_t>(l.margin->units()) : std::nullopt)
            .bind(5, l.quantity)
            .bindTextOrNull(6, l.product)
            .bindTextOrNull(7, l.document)
            .bind(8, l.batchId)
            .run();
        l.id = m_connection.lastInsertId();
        Delta& d = deltas[{l.accountId, monthIndex(l.date)}];
        d.amount += l.amount.units();
        d.margin += l.margin ? l.margin->units() : 0;
        d.firstDay = d.lines == 0 ? l.date.days() : std::min(d.firstDay, l.date.days());
        d.lastDay = d.lines == 0 ? l.date.days() : std::max(d.lastDay, l.date.days());
        ++d.lines;
    }
    applyAdditions(deltas);
    tx.commit();
}

void SqliteSaleRepository::applyAdditions(const std::map<MonthKey, Delta>& deltas)
{
    sql::Statement up(m_connection, R"sql(
        INSERT INTO sale_months(account_id, month, amount, margin, lines, first_day, last_day)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT(account_id, month) DO UPDATE SET amount = amount + ?3, margin = margin + ?4,
            lines = lines + ?5, first_day = min(first_day, ?6), last_day = max(last_day, ?7))sql");
    for (const auto& [key, d] : deltas) {
        up.bind(1, key.first).bind(2, key.second).bind(3, d.amount).bind(4, d.margin).bind(5, d.lines);
        up.bind(6, static_cast<std::int64_t>(d.firstDay)).bind(7, static_cast<std::int64_t>(d.lastDay)).run();
    }
}

void SqliteSaleRepository::recomputeMonths(const std::vector<MonthKey>& months)
{
    sql::Statement del(m_connection, "DELETE FROM sale_months WHERE account_id = ?1 AND month = ?2");
    sql::Statement calc(m_connection, R"sql(
        INSERT INTO sale_months(account_id, month, amount, margin, lines, first_day, last_day)
        SELECT ?1, ?2, sum(amount), sum(coalesce(margin, 0)), count(*), min(sale_date), max(sale_date)
        FROM sales WHERE account_id = ?1 AND sale_date BETWEEN ?3 AND ?4
        HAVING count(*) > 0)sql");
    for (const auto& [account, month] : months) {
        const Date start = monthStart(month);
        const Date end = monthStart(month + 1).addDays(-1);
        del.bind(1, account).bind(2, month).run();
        calc.bind(1, account).bind(2, month).bind(3, static_cast<std::int64_t>(start.days()));
        calc.bind(4, static_cast<std::int64_t>(end.days())).run();
    }
}

std::vector<SaleLine> SqliteSaleRepository::list(const SaleQuery& query) const
{
    std::vector<SaleLine> result;
    sql::Statement st(m_connection, std::string(kSelect) + std::string(kWhere) + "ORDER BY sale_date, id");
    bindQuery(st, query);
    while (st.step())
        result.push_back(readLine(st));
    return result;
}

void SqliteSaleRepository::forEach(const SaleQuery& query, const std::function<void(const SaleLine&)>& visit) const
{
    sql::Statement st(m_connection, std::string(kSelect) + std::string(kWhere) + "ORDER BY account_id, sale_date, id");
    bindQuery(st, query);
    while (st.step())
        visit(readLine(st));
}

std::int64_t SqliteSaleRepository::count(const SaleQuery& query) const
{
    sql::Statement st(m_connection, "SELECT count(*) FROM sales " + std::string(kWhere));
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
    std::vector<MonthKey> months;
    {
        std::set<MonthKey> distinct;
        sql::Statement st(m_connection, "SELECT DISTINCT account_id, sale_date FROM sales WHERE batch_id = ?1");
        st.bind(1, batch);
        while (st.step())
            distinct.emplace(st.int64(0), monthIndex(Date::fromDays(st.int32(1))));
        months.assign(distinct.begin(), distinct.end());
    }
    sql::Statement del(m_connection, "DELETE FROM sales WHERE batch_id = ?1");
    del.bind(1, batch).run();
    const std::int64_t removed = m_connection.changes();
    recomputeMonths(months);
    tx.commit();
    return removed;
}

void SqliteSaleRepository::rebuildMonthlyTotals()
{
    sql::Transaction tx(m_connection);
    m_connection.exec(R"sql(
        DELETE FROM sale_months;
        INSERT INTO sale_months(account_id, month, amount, margin, lines, first_day, last_day)
          SELECT account_id,
                 CAST(strftime('%Y', sale_date * 86400, 'unixepoch') AS INTEGER) * 12
                   + CAST(strftime('%m', sale_date * 86400, 'unixepoch') AS INTEGER) - 1,
                 sum(amount), sum(coalesce(margin, 0)), count(*), min(sale_date), max(sale_date)
          FROM sales GROUP BY 1, 2;)sql");
    tx.commit();
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
    // The same definition as in the schema (Migrations.cpp). The sort behind it holds an entry per
    // line; with the connection's in-memory temp store (Database.cpp) whatever it spills beyond the
    // cache size stayed in memory too, so an import's peak memory grew with the file (193 MB for
    // 5 million lines). Spilled to a temporary file instead, the sort keeps memory flat.
    m_connection.exec("PRAGMA temp_store = FILE");
    struct MemoryAgain
    {
        sqlite3* db;
        ~MemoryAgain() { sqlite3_exec(db, "PRAGMA temp_store = MEMORY", nullptr, nullptr, nullptr); }
    } memoryAgain{m_connection.handle()};
    m_connection.exec("CREATE INDEX IF NOT EXISTS sales_account_date ON sales(account_id, sale_date)");
}

void SqliteSaleRepository::forEachMonthlyTotal(std::optional<int> fromMonth, std::optional<int> toMonth,
                                               const std::function<void(const MonthlyTotal&)>& visit) const
{
    sql::Statement st(m_connection, R"sql(
        SELECT account_id, month, amount, margin, lines, first_day, last_day FROM sale_months
        WHERE (?1 IS NULL OR month >= ?1) AND (?2 IS NULL OR month <= ?2)
        ORDER BY account_id, month)sql");
    st.bind(1, fromMonth).bind(2, toMonth);
    MonthlyTotal t;
    while (st.step()) {
        t.accountId = st.int64(0);
        t.month = st.int32(1);
        t.amount = Money::fromUnits(st.int64(2));
        t.margin = Money::fromUnits(st.int64(3));
        t.lines = st.int64(4);
        t.firstDay = Date::fromDays(st.int32(5));
        t.lastDay = Date::fromDays(st.int32(6));
        visit(t);
    }
}

} // namespace keystone
