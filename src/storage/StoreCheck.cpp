#include "storage/StoreCheck.h"

#include "domain/Text.h"
#include "storage/DatabaseError.h"
#include "storage/SaleChunks.h"
#include "storage/SaleTotals.h"
#include "storage/SearchEntries.h"
#include "storage/SqliteSaleRepository.h"

#include <algorithm>

namespace keystone::store_check {

namespace {

std::string monthName(int month)
{
    return std::to_string(month / 12) + "-" + (month % 12 < 9 ? "0" : "") + std::to_string(month % 12 + 1);
}

// The monthly totals must equal what the sale lines add up to: both sides in account, month order,
// walked side by side.
void checkSaleTotals(sql::Connection& c, std::vector<std::string>& problems)
{
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

namespace {

std::string quoteIdentifier(std::string_view name)
{
    std::string out = "\"";
    for (char ch : name)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

// Every TEXT column of every table holds what validation lets in: a flipped byte often makes invalid
// UTF-8 or a control character, and the integrity check sees neither. The search index's own tables
// are checked by search_entries::check.
void checkText(sql::Connection& c, std::vector<std::string>& problems)
{
    std::vector<std::pair<std::string, bool>> tables; // name, has a rowid
    {
        sql::Statement st(c, R"sql(SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_schema
            WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name)sql");
        while (st.step())
            tables.emplace_back(st.text(0), st.int64(1) == 0);
    }
    std::size_t reported = 0;
    for (const auto& [table, hasRowid] : tables) {
        std::vector<std::string> columns;
        {
            sql::Statement st(c, "SELECT name FROM pragma_table_info(?1) WHERE upper(type) = 'TEXT'");
            st.bind(1, table);
            while (st.step())
                columns.push_back(st.text(0));
        }
        for (const auto& column : columns) {
            sql::Statement st(c, "SELECT " + std::string(hasRowid ? "rowid" : "NULL") + ", " +
                                     quoteIdentifier(column) + " FROM " + quoteIdentifier(table) + " WHERE " +
                                     quoteIdentifier(column) + " IS NOT NULL");
            while (st.step()) {
                const std::string_view value = st.textView(1);
                const bool badUtf8 = firstInvalidUtf8(value) != std::string_view::npos;
                if (!badUtf8 && firstControlCharacter(value) == std::string_view::npos)
                    continue;
                if (reported++ < kMostReported)
                    problems.push_back("text: " + table + "." + column +
                                       (hasRowid ? " of row " + std::to_string(st.int64(0)) : std::string()) +
                                       (badUtf8 ? " is not valid UTF-8" : " holds a control character") + ": " +
                                       printable(value.substr(0, 60)));
            }
        }
    }
}

} // namespace

std::vector<std::string> run(sql::Connection& c)
{
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
    checkText(c, problems);
    search_entries::check(c, problems, kMostReported);
    checkSaleChunks(c, problems);
    checkSaleTotals(c, problems);
    return problems;
}

} // namespace keystone::store_check
