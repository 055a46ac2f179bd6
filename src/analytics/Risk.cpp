#include "analytics/Risk.h"

#include "domain/SaleRepository.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace keystone::analytics {

namespace {

__extension__ typedef __int128 Wide; // exact products of money totals

std::optional<Date> lastPurchaseBy(const std::vector<Date>& days, Date asOf)
{
    const auto it = std::upper_bound(days.begin(), days.end(), asOf);
    if (it == days.begin())
        return std::nullopt;
    return *(it - 1);
}

Money revenueIn(const std::vector<std::pair<int, Money>>& months, int from, int to)
{
    Money sum;
    for (const auto& [m, amount] : months)
        if (m >= from && m <= to)
            sum += amount;
    return sum;
}

std::string formatDays(double d)
{
    std::string s = std::to_string(d);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

// Fills a row for an account with a purchase on or before asOf; state is decided by the caller.
RiskRow baseRow(const RiskAccount& a, Date last, Date asOf)
{
    RiskRow r;
    r.accountId = a.accountId;
    r.ref = a.ref;
    r.name = a.name;
    r.owner = a.owner;
    r.lastPurchase = last;
    r.daysSince = asOf - last;
    r.yearRevenue = revenueIn(a.months, monthIndex(last) - 11, monthIndex(last));
    r.wentTo = a.wentTo;
    r.offer = a.offer;
    return r;
}

bool riskOrder(const RiskRow& a, const RiskRow& b)
{
    if (a.state != b.state)
        return a.state == RiskState::Lost;
    if (a.yearRevenue != b.yearRevenue)
        return a.yearRevenue > b.yearRevenue;
    return std::tie(a.ref, a.name, a.accountId) < std::tie(b.ref, b.name, b.accountId);
}

} // namespace

std::string_view toKey(RiskState s) { return s == RiskState::Lost ? "lost" : "at_risk"; }

std::optional<double> medianInterval(const std::vector<Date>& purchaseDays, Date asOf, int minIntervals)
{
    std::vector<int> gaps;
    for (std::size_t i = 1; i < purchaseDays.size() && purchaseDays[i] <= asOf; ++i)
        gaps.push_back(purchaseDays[i] - purchaseDays[i - 1]);
    if (gaps.empty() || static_cast<int>(gaps.size()) < minIntervals)
        return std::nullopt;
    std::sort(gaps.begin(), gaps.end());
    const std::size_t mid = gaps.size() / 2;
    return gaps.size() % 2 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2.0;
}

std::vector<RiskRow> assessRisk(const std::vector<RiskAccount>& accounts, Date asOf, const RiskParameters& p)
{
    std::vector<RiskRow> rows;
    const int lastMonth = monthIndex(asOf) - 1; // the last full month before asOf
    for (const auto& a : accounts) {
        const auto last = lastPurchaseBy(a.purchaseDays, asOf);
        if (!last)
            continue;
        RiskRow r = baseRow(a, *last, asOf);
        if (r.daysSince >= p.lostDays) {
            r.state = RiskState::Lost;
            r.reason = "no purchase for " + std::to_string(r.daysSince) + " days (lost after " +
                       std::to_string(p.lostDays) + ")";
            rows.push_back(std::move(r));
            continue;
        }
        std::string reason;
        r.medianInterval = medianInterval(a.purchaseDays, asOf, p.minIntervals);
        if (r.medianInterval && r.daysSince > p.intervalFactor * *r.medianInterval)
            reason = std::to_string(r.daysSince) + " days since the last purchase, more than " +
                     formatDays(p.intervalFactor) + " x its median interval of " + formatDays(*r.medianInterval) +
                     " days";
        // The drop rule compares the last full month with the average of the months
        // before it, counted from the account's first month with sales.
        r.lastMonthRevenue = revenueIn(a.months, lastMonth, lastMonth);
        const int firstMonth = a.months.empty() ? lastMonth : a.months.front().first;
        const int from = std::max(lastMonth - p.lookbackMonths, firstMonth);
        const int count = lastMonth - from;
        if (count > 0) {
            const Money sum = revenueIn(a.months, from, lastMonth - 1);
            r.averageRevenue = Money::fromUnits(sum.units() / count);
            // last < average * (100 - p) / 100, exactly: last * 100 * count < sum * (100 - p)
            if (sum > Money() &&
                Wide(r.lastMonthRevenue.units()) * 100 * count < Wide(sum.units()) * (100 - p.dropPercent)) {
                if (!reason.empty())
                    reason += "; ";
                reason += "revenue in " + monthStart(lastMonth).toIso().substr(0, 7) + " (" +
                          r.lastMonthRevenue.toString() + ") fell by more than " + std::to_string(p.dropPercent) +
                          "% against its monthly average (" + r.averageRevenue->toString() + ")";
            }
        }
        if (reason.empty())
            continue;
        r.state = RiskState::AtRisk;
        r.reason = std::move(reason);
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(), riskOrder);
    return rows;
}

std::vector<ChurnMonth> churn(const std::vector<RiskAccount>& accounts, Date asOf, const RiskParameters& p, int months)
{
    const int last = monthIndex(asOf);
    const int first = last - months + 1;
    std::vector<ChurnMonth> out;
    std::vector<std::map<std::string, int>> destinations(static_cast<std::size_t>(std::max(months, 0)));
    for (int m = first; m <= last; ++m)
        out.push_back({m, 0, Money(), ""});
    for (const auto& a : accounts) {
        const auto lastBuy = lastPurchaseBy(a.purchaseDays, asOf);
        if (!lastBuy)
            continue;
        const Date lostOn = lastBuy->addDays(p.lostDays);
        if (lostOn > asOf || monthIndex(lostOn) < first)
            continue;
        const auto i = static_cast<std::size_t>(monthIndex(lostOn) - first);
        out[i].lost += 1;
        out[i].previousYearRevenue += revenueIn(a.months, monthIndex(*lastBuy) - 11, monthIndex(*lastBuy));
        destinations[i][a.wentTo.empty() ? "unknown" : a.wentTo] += 1;
    }
    for (std::size_t i = 0; i < out.size(); ++i)
        for (const auto& [who, count] : destinations[i])
            out[i].wentTo += (out[i].wentTo.empty() ? "" : "; ") + who + ": " + std::to_string(count);
    return out;
}

std::vector<RiskRow> winBack(const std::vector<RiskAccount>& accounts, Date asOf, const RiskParameters& p)
{
    std::vector<RiskRow> rows;
    for (auto& r : assessRisk(accounts, asOf, p))
        if (r.state == RiskState::Lost)
            rows.push_back(std::move(r));
    return rows; // already by yearRevenue descending
}

std::vector<CadenceRow> overdueContacts(const std::vector<CadenceAccount>& accounts, Date asOf,
                                        const CadenceTargets& targets)
{
    std::vector<CadenceRow> rows;
    for (const auto& a : accounts) {
        if (a.abc != 'A' && a.abc != 'B' && a.abc != 'C')
            continue;
        CadenceRow r{a.accountId, a.ref, a.name, a.owner, a.abc, a.lastInteraction, std::nullopt,
                     targets.forClass(a.abc), std::nullopt};
        if (a.lastInteraction) {
            r.daysSince = asOf - *a.lastInteraction;
            if (*r.daysSince <= r.target)
                continue;
            r.overdueBy = *r.daysSince - r.target;
        }
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(), [](const CadenceRow& x, const CadenceRow& y) {
        if (x.owner != y.owner)
            return x.owner < y.owner;
        const int ox = x.overdueBy.value_or(1 << 30);
        const int oy = y.overdueBy.value_or(1 << 30);
        if (ox != oy)
            return ox > oy;
        return std::tie(x.ref, x.name, x.accountId) < std::tie(y.ref, y.name, y.accountId);
    });
    return rows;
}

} // namespace keystone::analytics
