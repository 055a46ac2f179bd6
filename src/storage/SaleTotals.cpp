#include "storage/SaleTotals.h"

#include "storage/DatabaseError.h"
#include "storage/Varint.h"

#include <algorithm>
#include <cstdint>

namespace keystone::sale_totals {

namespace {

// Format 1: this byte, then per month six variable-length integers (7 bits a byte, low first, the
// high bit set on all but the last byte): the month's distance from the previous entry's month (from
// 0 for the first), amount and margin (zigzag: signed), the line count, the first day's distance from
// the previous entry's last day (zigzag; from day 0 for the first) and the last day's from the first.
// A month of a typical account takes 10-12 bytes against about 26 as a row of its own.
constexpr unsigned char kFormat = 1;

auto reader(std::string_view bytes, AccountId account)
{
    return varint::Reader(bytes, [account](const std::string& what, std::size_t at) {
        return DatabaseError(DatabaseError::Reason::Corrupt,
                             "the monthly sale totals of account " + std::to_string(account) +
                                 " (table sale_totals) are damaged: " + what + " at byte " + std::to_string(at) +
                                 "; 'keystone-cli check' reports it, repairing recomputes them from the sale lines");
    });
}

} // namespace

std::string encode(const std::vector<MonthlyTotal>& months)
{
    std::string out;
    out.reserve(1 + months.size() * 12);
    out += static_cast<char>(kFormat);
    int previousMonth = 0;
    std::int64_t previousDay = 0;
    for (const auto& m : months) {
        varint::putUnsigned(out, static_cast<std::uint64_t>(m.month - previousMonth));
        varint::putSigned(out, m.amount.units());
        varint::putSigned(out, m.margin.units());
        varint::putUnsigned(out, static_cast<std::uint64_t>(m.lines));
        varint::putSigned(out, m.firstDay.days() - previousDay);
        varint::putUnsigned(out, static_cast<std::uint64_t>(m.lastDay.days() - m.firstDay.days()));
        previousMonth = m.month;
        previousDay = m.lastDay.days();
    }
    return out;
}

void decode(std::string_view bytes, AccountId account, std::vector<MonthlyTotal>& out)
{
    out.clear();
    auto in = reader(bytes, account);
    if (bytes.empty() || static_cast<unsigned char>(bytes.front()) != kFormat)
        in.fail("it does not start with format " + std::to_string(kFormat));
    in.getUnsigned(); // the format byte read as a number: it is below 0x80
    // Bounds checked before each addition, so that no damaged value can overflow the sums.
    constexpr std::int64_t kLastMonth = 12 * 10000;  // December 9999
    constexpr std::int64_t kMostDays = 4'000'000;    // about 10,950 years either side of 1970
    std::int64_t month = 0;
    std::int64_t day = 0;
    while (!in.atEnd()) {
        const std::uint64_t step = in.getUnsigned();
        if (step == 0 && !out.empty())
            in.fail("a month comes twice");
        if (step > static_cast<std::uint64_t>(kLastMonth - month))
            in.fail("a month is out of range");
        month += static_cast<std::int64_t>(step);
        MonthlyTotal t;
        t.accountId = account;
        t.amount = Money::fromUnits(in.getSigned());
        t.margin = Money::fromUnits(in.getSigned());
        t.lines = static_cast<std::int64_t>(in.getUnsigned());
        const std::int64_t dayStep = in.getSigned();
        const std::uint64_t span = in.getUnsigned();
        if (dayStep < -2 * kMostDays || dayStep > 2 * kMostDays || span > static_cast<std::uint64_t>(2 * kMostDays))
            in.fail("a day is out of range");
        day += dayStep;
        const std::int64_t last = day + static_cast<std::int64_t>(span);
        if (day < -kMostDays || last > kMostDays)
            in.fail("a day is out of range");
        t.month = static_cast<int>(month);
        t.firstDay = Date::fromDays(static_cast<std::int32_t>(day));
        t.lastDay = Date::fromDays(static_cast<std::int32_t>(last));
        day = last;
        out.push_back(t);
    }
}

void readRow(const sql::Statement& st, MonthlyTotal& t)
{
    t.accountId = st.int64(0);
    t.month = st.int32(1);
    t.amount = Money::fromUnits(st.int64(2));
    t.margin = Money::fromUnits(st.int64(3));
    t.lines = st.int64(4);
    t.firstDay = Date::fromDays(st.int32(5));
    t.lastDay = Date::fromDays(st.int32(6));
}

void add(std::vector<MonthlyTotal>& months, const MonthlyTotal& month)
{
    const auto at = std::lower_bound(months.begin(), months.end(), month.month,
                                     [](const MonthlyTotal& m, int key) { return m.month < key; });
    if (at == months.end() || at->month != month.month) {
        months.insert(at, month);
        return;
    }
    at->amount += month.amount;
    at->margin += month.margin;
    at->lines += month.lines;
    at->firstDay = std::min(at->firstDay, month.firstDay);
    at->lastDay = std::max(at->lastDay, month.lastDay);
}

} // namespace keystone::sale_totals
