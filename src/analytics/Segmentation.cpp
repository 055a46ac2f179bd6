#include "analytics/Segmentation.h"

#include "domain/SaleRepository.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

namespace keystone::analytics {

namespace {

__extension__ typedef __int128 Wide; // exact products of money totals

std::string twoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

int quarterOfMonth(int month) { return month / 3; } // month = year * 12 + month - 1

Money measureOf(const MonthAmount& m, Measure measure) { return measure == Measure::Revenue ? m.amount : m.margin; }

bool rankBefore(const SegmentRow& a, const SegmentRow& b)
{
    if (a.total != b.total)
        return a.total > b.total;
    return std::tie(a.ref, a.name, a.accountId) < std::tie(b.ref, b.name, b.accountId);
}

} // namespace

std::string_view toKey(Period p) { return p == Period::Month ? "month" : "quarter"; }
std::string_view toKey(Measure m) { return m == Measure::Revenue ? "revenue" : "margin"; }

std::optional<Period> parsePeriod(std::string_view key)
{
    if (key == "month")
        return Period::Month;
    if (key == "quarter")
        return Period::Quarter;
    return std::nullopt;
}

std::optional<Measure> parseMeasure(std::string_view key)
{
    if (key == "revenue")
        return Measure::Revenue;
    if (key == "margin")
        return Measure::Margin;
    return std::nullopt;
}

std::string_view toKey(Unclassified reason)
{
    switch (reason) {
    case Unclassified::NoSales:
        return "no sales";
    case Unclassified::NetZero:
        return "net zero";
    case Unclassified::NetNegative:
        return "net negative";
    }
    return "";
}

std::pair<Date, Date> defaultWindow(Date today, int months)
{
    const Date end = today.firstOfMonth().addDays(-1);
    return {end.firstOfMonth().addMonths(-(months - 1)), end};
}

std::vector<PeriodSpan> periodsOf(Date from, Date to, Period period)
{
    std::vector<PeriodSpan> spans;
    if (to < from)
        return spans;
    const int step = period == Period::Month ? 1 : 3;
    int first = monthIndex(from);
    if (period == Period::Quarter)
        first -= first % 3;
    for (int m = first; m <= monthIndex(to); m += step) {
        PeriodSpan s;
        s.from = std::max(from, monthStart(m));
        s.to = std::min(to, monthStart(m + step).addDays(-1));
        const int year = m / 12;
        s.label = std::to_string(year) + "-" +
                  (period == Period::Month ? twoDigits(m % 12 + 1) : "Q" + std::to_string(m % 12 / 3 + 1));
        spans.push_back(std::move(s));
    }
    return spans;
}

int periodIndexOfMonth(const SegmentParameters& p, int month)
{
    if (month < monthIndex(p.from) || month > monthIndex(p.to))
        return -1;
    if (p.period == Period::Month)
        return month - monthIndex(p.from);
    return quarterOfMonth(month) - quarterOfMonth(monthIndex(p.from));
}

std::string SegmentRow::flags() const
{
    std::string f;
    if (isNew)
        f = "new";
    if (isAnchor)
        f += f.empty() ? "anchor" : ";anchor";
    return f;
}

void validate(const SegmentParameters& p)
{
    if (p.to < p.from)
        throw std::invalid_argument("the window ends (" + p.to.toIso() + ") before it starts (" + p.from.toIso() + ")");
    if (p.abcA <= 0 || p.abcA > p.abcB || p.abcB > 10000)
        throw std::invalid_argument("ABC thresholds must satisfy 0 < a <= b <= 100");
    if (!(p.xyzX >= 0) || !(p.xyzX <= p.xyzY) || !std::isfinite(p.xyzY))
        throw std::invalid_argument("XYZ thresholds must satisfy 0 <= x <= y");
    if (p.anchorShare <= 0 || p.anchorShare > 10000)
        throw std::invalid_argument("the anchor share must be above 0 and at most 100%");
}

PeriodTotals::PeriodTotals(const SegmentParameters& parameters, std::size_t expectedAccounts)
    : m_measure(parameters.measure)
    , m_period(parameters.period)
    , m_firstMonth(monthIndex(parameters.from))
    , m_lastMonth(monthIndex(parameters.to))
    , m_periods(periodsOf(parameters.from, parameters.to, parameters.period).size())
{
    m_offsets.reserve(expectedAccounts);
    m_values.reserve(expectedAccounts * m_periods);
}

Money* PeriodTotals::slotsOf(AccountId id)
{
    if (m_values.empty() || id != m_lastAccount) {
        const auto [it, added] = m_offsets.try_emplace(id, m_values.size());
        if (added)
            m_values.resize(m_values.size() + m_periods);
        m_lastAccount = id;
        m_lastOffset = it->second;
    }
    return m_values.data() + m_lastOffset;
}

void PeriodTotals::add(const MonthAmount& m)
{
    if (m.month < m_firstMonth || m.month > m_lastMonth)
        return;
    const int index =
        m_period == Period::Month ? m.month - m_firstMonth : quarterOfMonth(m.month) - quarterOfMonth(m_firstMonth);
    slotsOf(m.accountId)[index] += measureOf(m, m_measure);
}

const Money* PeriodTotals::find(AccountId id) const
{
    const auto it = m_offsets.find(id);
    return it == m_offsets.end() ? nullptr : m_values.data() + it->second;
}

SegmentResult segment(const SegmentParameters& parameters, const std::vector<SegmentAccount>& accounts,
                      const std::vector<MonthAmount>& amounts)
{
    validate(parameters);
    PeriodTotals totals(parameters);
    for (const auto& m : amounts)
        totals.add(m);
    return segment(parameters, accounts, totals);
}

SegmentResult segment(const SegmentParameters& parameters, const std::vector<SegmentAccount>& accounts,
                      const PeriodTotals& totals)
{
    validate(parameters);
    SegmentResult result;
    result.parameters = parameters;
    result.periods = periodsOf(parameters.from, parameters.to, parameters.period);
    const std::size_t n = result.periods.size();
    if (totals.periods() != n)
        throw std::invalid_argument("the period totals were gathered for another window");

    result.rows.reserve(accounts.size());
    for (const auto& a : accounts) {
        const Money* periods = totals.find(a.id);
        Money total;
        if (periods)
            for (std::size_t i = 0; i < n; ++i)
                total += periods[i];
        if (!periods || total <= Money()) {
            UnclassifiedRow u{a.id, a.ref, a.name, total, Unclassified::NoSales};
            if (periods)
                u.reason = total == Money() ? Unclassified::NetZero : Unclassified::NetNegative;
            result.unclassified.push_back(std::move(u));
            continue;
        }
        SegmentRow r;
        r.accountId = a.id;
        r.ref = a.ref;
        r.name = a.name;
        r.total = total;
        r.periods.assign(periods, periods + n);
        // New: the first sale falls inside the window, after its first period.
        r.isNew = a.firstSale && n > 1 && *a.firstSale > result.periods.front().to && *a.firstSale <= parameters.to;
        result.rows.push_back(std::move(r));
        result.total += total;
    }
    std::sort(result.rows.begin(), result.rows.end(), rankBefore);
    std::sort(result.unclassified.begin(), result.unclassified.end(), [](const auto& a, const auto& b) {
        return std::tie(a.ref, a.name, a.accountId) < std::tie(b.ref, b.name, b.accountId);
    });

    const Wide grand = result.total.units();
    Wide cumulative = 0;
    std::map<std::string, CellSummary> cells;
    for (auto& r : result.rows) {
        // The account that crosses a boundary belongs to the class below it: a row
        // is A while the share *before* it has not yet reached a%.
        const Wide before = cumulative * 10000;
        r.abc = before < Wide(parameters.abcA) * grand ? 'A' : before < Wide(parameters.abcB) * grand ? 'B' : 'C';
        cumulative += r.total.units();
        r.share = static_cast<double>(r.total.units()) / static_cast<double>(result.total.units());
        r.cumulativeShare = static_cast<double>(cumulative) / static_cast<double>(grand);
        r.isAnchor = Wide(r.total.units()) * 10000 >= Wide(parameters.anchorShare) * grand;

        // CV = sqrt(n * S2 - S1^2) / S1, with the numerator exact in integers.
        Wide s1 = 0;
        Wide s2 = 0;
        for (Money v : r.periods) {
            s1 += v.units();
            s2 += Wide(v.units()) * v.units();
        }
        const Wide count = static_cast<Wide>(n);
        const Wide spread = count * s2 - s1 * s1;
        const long double root = std::sqrt(static_cast<long double>(spread));
        r.mean = static_cast<double>(static_cast<long double>(s1) / static_cast<long double>(count) / Money::kScale);
        r.stddev = static_cast<double>(root / static_cast<long double>(count) / Money::kScale);
        const long double cv = root / static_cast<long double>(s1);
        r.cv = static_cast<double>(cv);
        // A relative tolerance keeps a CV of exactly x (1 and 3: CV 0.5) on the lower side.
        constexpr long double slack = 1e-12L;
        r.xyz = cv <= parameters.xyzX + slack ? 'X' : cv <= parameters.xyzY + slack ? 'Y' : 'Z';

        auto& c = cells[r.cell()];
        c.accounts += 1;
        c.total += r.total;
    }
    std::size_t i = 0;
    for (char abc : {'A', 'B', 'C'}) {
        for (char xyz : {'X', 'Y', 'Z'}) {
            CellSummary c = cells[std::string{abc, xyz}];
            c.cell = std::string{abc, xyz};
            c.share = grand > 0 ? static_cast<double>(c.total.units()) / static_cast<double>(grand) : 0.0;
            result.cells[i++] = c;
        }
    }
    return result;
}

SnapshotDiff diffSnapshots(const std::vector<SnapshotEntry>& before, const std::vector<SnapshotEntry>& after)
{
    auto keyOf = [](const SnapshotEntry& e) {
        if (e.accountId)
            return "#" + std::to_string(*e.accountId);
        if (!e.ref.empty())
            return "r:" + e.ref;
        return "n:" + e.name;
    };
    // An entry without an id (its account was deleted) is matched by reference.
    std::map<std::string, std::pair<const SnapshotEntry*, const SnapshotEntry*>> joined;
    std::map<std::string, std::string> refToKey;
    for (const auto& e : after) {
        joined[keyOf(e)].second = &e;
        if (!e.ref.empty())
            refToKey["r:" + e.ref] = keyOf(e);
    }
    for (const auto& e : before) {
        std::string key = keyOf(e);
        if (!e.accountId && refToKey.count(key))
            key = refToKey[key];
        joined[key].first = &e;
    }
    SnapshotDiff diff;
    std::map<std::pair<std::string, std::string>, int> counts;
    for (const auto& [key, pair] : joined) {
        const std::string from = pair.first && !pair.first->cell.empty() ? pair.first->cell : "-";
        const std::string to = pair.second && !pair.second->cell.empty() ? pair.second->cell : "-";
        if (from == to) {
            ++diff.unchanged;
            continue;
        }
        const SnapshotEntry& e = pair.second ? *pair.second : *pair.first;
        diff.moves.push_back({e.accountId, e.ref, e.name, from, to});
        ++counts[{from, to}];
    }
    std::sort(diff.moves.begin(), diff.moves.end(), [](const CellMove& a, const CellMove& b) {
        return std::tie(a.from, a.to, a.ref, a.name) < std::tie(b.from, b.to, b.ref, b.name);
    });
    for (const auto& [fromTo, count] : counts)
        diff.transitions.push_back({fromTo.first, fromTo.second, count});
    return diff;
}

} // namespace keystone::analytics
