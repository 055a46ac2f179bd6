#include "app/Analytics.h"

#include "domain/Errors.h"
#include "domain/Validation.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>
#include <stdexcept>

namespace keystone {

namespace {

using nlohmann::json;
using namespace analytics;

DateTime endOfDay(Date d) { return DateTime::fromUnixSeconds(DateTime::fromDate(d.addDays(1)).unixSeconds() - 1); }

int hundredths(double percent) { return static_cast<int>(std::lround(percent * 100)); }

} // namespace

AnalyticsSettings Analytics::settings() const
{
    const auto text = m_store.settings().get(kSettingsKey);
    return text ? AnalyticsSettings::fromJson(*text) : AnalyticsSettings{};
}

void Analytics::saveSettings(const AnalyticsSettings& settings)
{
    m_store.settings().set(kSettingsKey, settings.toJson());
}

SegmentParameters Analytics::parameters(const SegmentRequest& request) const
{
    const AnalyticsSettings s = settings();
    SegmentParameters p;
    const auto [from, to] = defaultWindow(m_clock.today(), s.windowMonths);
    p.to = request.to.value_or(to);
    // Without --from the window has the length of the settings and ends at `to`.
    p.from = request.from ? *request.from : request.to ? p.to.addDays(1).addMonths(-s.windowMonths) : from;
    p.period = request.period.value_or(s.period);
    p.measure = request.measure.value_or(s.measure);
    const auto abc = request.abc.value_or(std::pair{s.abcA, s.abcB});
    const auto xyz = request.xyz.value_or(std::pair{s.xyzX, s.xyzY});
    p.abcA = hundredths(abc.first);
    p.abcB = hundredths(abc.second);
    p.xyzX = xyz.first / 100;
    p.xyzY = xyz.second / 100;
    p.anchorShare = hundredths(s.anchorPercent);
    try {
        validate(p);
    } catch (const std::invalid_argument& e) {
        throw ValidationError({FieldError{"segment", e.what()}});
    }
    return p;
}

std::vector<AccountBrief> Analytics::activeAccounts() const { return m_store.activity().accounts(); }

std::map<ManagerId, std::string> Analytics::managerNames() const
{
    std::map<ManagerId, std::string> names;
    for (const auto& m : m_store.managers().list())
        names[m.id] = m.name;
    return names;
}

void Analytics::forEachAmountIn(Date from, Date to, std::map<AccountId, Date>* firstSale,
                                const std::function<void(const MonthAmount&)>& visit)
{
    const int firstMonth = monthIndex(from);
    const int lastMonth = monthIndex(to);
    // A month cut by the window is read from the sale lines; whole months from the totals.
    const bool partialFirst = from != from.firstOfMonth();
    const bool partialLast = to.addDays(1).day() != 1;
    AccountId previousAccount = 0;
    m_store.sales().forEachMonthlyTotal(firstSale ? std::nullopt : std::optional<int>(firstMonth), lastMonth,
                                        [&](const MonthlyTotal& t) {
                                            // Rows come by account, then month: an account's first row
                                            // holds its first sale.
                                            if (firstSale && t.accountId != previousAccount)
                                                firstSale->emplace_hint(firstSale->end(), t.accountId, t.firstDay);
                                            previousAccount = t.accountId;
                                            if (t.month < firstMonth || (partialFirst && t.month == firstMonth) ||
                                                (partialLast && t.month == lastMonth))
                                                return;
                                            visit({t.accountId, t.month, t.amount, t.margin});
                                        });
    auto addLines = [&](Date a, Date b) {
        SaleQuery q;
        q.from = a;
        q.to = b;
        m_store.sales().forEach(
            q, [&](const SaleLine& l) { visit({l.accountId, monthIndex(l.date), l.amount, l.margin.value_or(Money())}); });
    };
    if (partialFirst)
        addLines(from, std::min(to, monthStart(firstMonth + 1).addDays(-1)));
    if (partialLast && (lastMonth != firstMonth || !partialFirst))
        addLines(std::max(from, monthStart(lastMonth)), to);
}

std::vector<MonthAmount> Analytics::amountsIn(Date from, Date to)
{
    std::vector<MonthAmount> out;
    forEachAmountIn(from, to, nullptr, [&](const MonthAmount& m) { out.push_back(m); });
    return out;
}

SegmentResult Analytics::segment(const SegmentParameters& parameters)
{
    analytics::validate(parameters);
    std::map<AccountId, Date> firstSale;
    auto active = activeAccounts();
    // The months go straight into each account's periods: no row per account and month is kept.
    analytics::PeriodTotals totals(parameters, active.size());
    forEachAmountIn(parameters.from, parameters.to, &firstSale, [&](const MonthAmount& m) { totals.add(m); });
    std::vector<SegmentAccount> accounts;
    accounts.reserve(active.size());
    for (auto& a : active) {
        SegmentAccount s{a.id, std::move(a.ref), std::move(a.name), std::nullopt};
        if (auto it = firstSale.find(s.id); it != firstSale.end())
            s.firstSale = it->second;
        accounts.push_back(std::move(s));
    }
    return analytics::segment(parameters, accounts, totals);
}

std::string Analytics::defaultSnapshotLabel(const SegmentParameters& p)
{
    return p.from.toIso() + ".." + p.to.toIso() + " " + std::string(toKey(p.period)) + " " +
           std::string(toKey(p.measure));
}

SavedSegmentation Analytics::save(const SegmentResult& result, std::string label)
{
    const auto& p = result.parameters;
    json params = {{"from", p.from.toIso()},
                   {"to", p.to.toIso()},
                   {"period", toKey(p.period)},
                   {"measure", toKey(p.measure)},
                   {"abc", {p.abcA / 100.0, p.abcB / 100.0}},
                   {"xyz", {p.xyzX * 100, p.xyzY * 100}}};
    SavedSegmentation saved;
    auto& snap = saved.snapshot;
    snap.takenAt = m_clock.now();
    snap.label = label.empty() ? defaultSnapshotLabel(p) : std::move(label);
    snap.parameters = params.dump();
    for (const auto& r : result.rows)
        snap.rows.push_back({r.accountId, r.ref, r.name, r.total, r.cell(), r.cv});
    auto tx = m_store.transaction();
    m_store.snapshots().save(snap);
    if (p.measure == Measure::Revenue) {
        for (const auto& r : result.rows) {
            if (!r.isAnchor)
                continue;
            auto account = m_store.accounts().find(r.accountId);
            if (!account || account->kinds.has(KeyAccountKind::Anchor))
                continue;
            account->kinds.set(KeyAccountKind::Anchor);
            m_store.accounts().update(*account);
            saved.markedAnchor.push_back(*account);
        }
    }
    tx.commit();
    return saved;
}

void Analytics::unsave(const SavedSegmentation& saved)
{
    auto tx = m_store.transaction();
    m_store.snapshots().remove(saved.snapshot.id);
    for (const auto& marked : saved.markedAnchor) {
        auto account = m_store.accounts().find(marked.id);
        if (!account || !account->kinds.has(KeyAccountKind::Anchor))
            continue; // gone, or unmarked by hand since
        account->kinds.set(KeyAccountKind::Anchor, false);
        m_store.accounts().update(*account);
    }
    tx.commit();
}

std::vector<SegmentSnapshot> Analytics::snapshots() const { return m_store.snapshots().list(); }

SnapshotDiff Analytics::diff(SnapshotId before, SnapshotId after) const
{
    auto load = [&](SnapshotId id) {
        const auto s = m_store.snapshots().find(id);
        if (!s)
            throw NotFoundError("segment snapshot " + std::to_string(id) + " does not exist");
        std::vector<SnapshotEntry> entries;
        for (const auto& r : s->rows)
            entries.push_back({r.accountId, r.accountRef, r.accountName, r.cell});
        return entries;
    };
    return diffSnapshots(load(before), load(after));
}

Concentration Analytics::concentration(const SegmentParameters& parameters)
{
    const auto result = segment(parameters);
    std::vector<Money> totals;
    for (const auto& r : result.rows)
        totals.push_back(r.total);
    return analytics::concentration(std::move(totals));
}

std::vector<ScoreRow> Analytics::score(const SegmentParameters& parameters)
{
    const AnalyticsSettings s = settings();
    const int months = monthIndex(parameters.to) - monthIndex(parameters.from) + 1;
    const Date previousTo = parameters.from.addDays(-1);
    const Date previousFrom = parameters.from.addMonths(-months);
    std::map<AccountId, ScoreInput> inputs;
    std::map<AccountId, std::map<int, Money>> perMonth;
    for (const auto& m : amountsIn(parameters.from, parameters.to)) {
        inputs[m.accountId].revenue += m.amount;
        perMonth[m.accountId][m.month] += m.amount;
    }
    for (const auto& [id, byMonth] : perMonth)
        for (const auto& [month, amount] : byMonth)
            inputs[id].activePeriods += amount > Money() ? 1 : 0;
    for (const auto& m : amountsIn(previousFrom, previousTo))
        if (auto it = inputs.find(m.accountId); it != inputs.end())
            it->second.previousRevenue += m.amount;
    m_store.activity().forEachInteraction(DateTime::fromDate(parameters.from), endOfDay(parameters.to),
                                          [&](const InteractionBrief& b) {
                                              if (b.kind == InteractionKind::ModificationRequest)
                                                  inputs[b.accountId].modificationRequests += 1;
                                              else if (b.kind == InteractionKind::BetaTest)
                                                  inputs[b.accountId].betaTests += 1;
                                              else if (b.kind == InteractionKind::Feedback)
                                                  inputs[b.accountId].feedback += 1;
                                          });
    std::vector<ScoreInput> list;
    for (auto& a : activeAccounts()) {
        const auto it = inputs.find(a.id);
        if (it == inputs.end())
            continue;
        ScoreInput in = it->second;
        if (in.revenue <= Money() && in.modificationRequests + in.betaTests + in.feedback == 0)
            continue;
        in.accountId = a.id;
        in.ref = a.ref;
        in.name = a.name;
        in.periods = months;
        in.isExpert = a.kinds.has(KeyAccountKind::Expert);
        list.push_back(std::move(in));
    }
    return analytics::score(list, s.weights);
}

std::vector<ProspectRow> Analytics::prospects()
{
    // Only prospects and prospective accounts are loaded whole.
    std::vector<Account> candidates;
    for (const auto& a : activeAccounts())
        if (a.status == AccountStatus::Prospect || a.kinds.has(KeyAccountKind::Prospective))
            if (auto full = m_store.accounts().find(a.id))
                candidates.push_back(std::move(*full));
    return analytics::prospects(candidates);
}

std::vector<RiskAccount> Analytics::riskFacts(Date asOf)
{
    std::map<AccountId, RiskAccount> facts;
    // Both reads come account by account: each account is looked up once, not once a day or month.
    RiskAccount* current = nullptr;
    AccountId currentId = 0;
    m_store.activity().forEachPurchaseDay(asOf, [&](AccountId id, Date d, Money) {
        if (!current || currentId != id) {
            current = &facts[id];
            currentId = id;
        }
        current->purchaseDays.push_back(d);
    });
    current = nullptr;
    m_store.sales().forEachMonthlyTotal(std::nullopt, monthIndex(asOf), [&](const MonthlyTotal& t) {
        if (!current || currentId != t.accountId) {
            const auto it = facts.find(t.accountId);
            if (it == facts.end())
                return; // no purchase day: not assessed
            current = &it->second;
            currentId = t.accountId;
        }
        current->months.emplace_back(t.month, t.amount);
    });
    const auto winners = m_store.activity().lostTenderWinners();
    const auto offers = m_store.activity().latestOpenFollowUps();
    const auto owners = managerNames();
    std::vector<RiskAccount> out;
    for (auto& a : activeAccounts()) {
        auto it = facts.find(a.id);
        if (it == facts.end())
            continue;
        RiskAccount r = std::move(it->second);
        r.accountId = a.id;
        r.ref = a.ref;
        r.name = a.name;
        if (a.ownerId)
            if (auto o = owners.find(*a.ownerId); o != owners.end())
                r.owner = o->second;
        if (auto w = winners.find(a.id); w != winners.end())
            r.wentTo = w->second;
        if (auto o = offers.find(a.id); o != offers.end())
            r.offer = o->second;
        out.push_back(std::move(r));
    }
    return out;
}

std::vector<RiskRow> Analytics::risk(Date asOf) { return assessRisk(riskFacts(asOf), asOf, settings().risk); }

std::vector<ChurnMonth> Analytics::churn(Date asOf, int months)
{
    return analytics::churn(riskFacts(asOf), asOf, settings().risk, months);
}

std::vector<RiskRow> Analytics::winBack(Date asOf) { return analytics::winBack(riskFacts(asOf), asOf, settings().risk); }

std::vector<CadenceRow> Analytics::cadence(Date asOf, std::optional<ManagerId> owner)
{
    const AnalyticsSettings s = settings();
    SegmentRequest request;
    request.to = defaultWindow(asOf.addDays(1), s.windowMonths).second;
    const auto result = segment(parameters(request));
    std::map<AccountId, char> classes;
    for (const auto& r : result.rows)
        classes[r.accountId] = r.abc;
    const auto lastContact = m_store.activity().lastInteractions(endOfDay(asOf));
    const auto owners = managerNames();
    std::vector<CadenceAccount> accounts;
    for (auto& a : activeAccounts()) {
        if (owner && a.ownerId != owner)
            continue;
        CadenceAccount c;
        c.accountId = a.id;
        c.ref = a.ref;
        c.name = a.name;
        if (a.ownerId)
            if (auto o = owners.find(*a.ownerId); o != owners.end())
                c.owner = o->second;
        if (auto it = classes.find(a.id); it != classes.end())
            c.abc = it->second;
        if (auto it = lastContact.find(a.id); it != lastContact.end())
            c.lastInteraction = it->second.date();
        accounts.push_back(std::move(c));
    }
    return overdueContacts(accounts, asOf, s.cadence);
}

} // namespace keystone
