#include "analytics/KeyAccounts.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>

namespace keystone::analytics {

Concentration concentration(std::vector<Money> totals)
{
    std::erase_if(totals, [](Money m) { return m <= Money(); });
    std::sort(totals.begin(), totals.end(), std::greater<>());
    Concentration c;
    c.accounts = static_cast<int>(totals.size());
    for (Money m : totals)
        c.total += m;
    if (c.total <= Money())
        return c;
    const double grand = static_cast<double>(c.total.units());
    double running = 0;
    for (std::size_t i = 0; i < totals.size(); ++i) {
        const double share = static_cast<double>(totals[i].units()) / grand;
        running += share;
        c.herfindahl += share * share;
        if (i == 0)
            c.top1 = running;
        if (i < 5)
            c.top5 = running;
        if (i < 10)
            c.top10 = running;
    }
    return c;
}

std::string_view toKey(ScoreFactor f)
{
    switch (f) {
    case ScoreFactor::Volume:
        return "volume";
    case ScoreFactor::Frequency:
        return "frequency";
    case ScoreFactor::Modifications:
        return "modifications";
    case ScoreFactor::BetaTests:
        return "beta_tests";
    case ScoreFactor::Feedback:
        return "feedback";
    case ScoreFactor::Growth:
        return "growth";
    }
    return "";
}

std::vector<ScoreRow> score(const std::vector<ScoreInput>& inputs, const ScoreWeights& weights)
{
    Money maxRevenue;
    int maxMods = 0;
    int maxBeta = 0;
    int maxFeedback = 0;
    for (const auto& in : inputs) {
        maxRevenue = std::max(maxRevenue, in.revenue);
        maxMods = std::max(maxMods, in.modificationRequests);
        maxBeta = std::max(maxBeta, in.betaTests);
        maxFeedback = std::max(maxFeedback, in.feedback);
    }
    double weightSum = 0;
    for (double w : weights.weight)
        weightSum += std::max(w, 0.0);
    auto ratio = [](double v, double max) { return max > 0 ? std::clamp(v / max, 0.0, 1.0) : 0.0; };

    std::vector<ScoreRow> rows;
    rows.reserve(inputs.size());
    for (const auto& in : inputs) {
        ScoreRow r;
        r.accountId = in.accountId;
        r.ref = in.ref;
        r.name = in.name;
        if (in.previousRevenue > Money())
            r.growth = static_cast<double>(in.revenue.units() - in.previousRevenue.units()) /
                       static_cast<double>(in.previousRevenue.units());
        else
            r.growth = in.revenue > Money() ? 1.0 : 0.0;
        r.normalised = {ratio(static_cast<double>(in.revenue.units()), static_cast<double>(maxRevenue.units())),
                        ratio(in.activePeriods, std::max(in.periods, 1)),
                        ratio(in.modificationRequests, maxMods),
                        ratio(in.betaTests, maxBeta),
                        ratio(in.feedback, maxFeedback),
                        std::clamp(r.growth, 0.0, 1.0)};
        for (std::size_t i = 0; i < kScoreFactors; ++i) {
            r.contribution[i] = weightSum > 0 ? 100.0 * std::max(weights.weight[i], 0.0) * r.normalised[i] / weightSum : 0;
            r.score += r.contribution[i];
        }
        r.suggestExpert = !in.isExpert && (in.modificationRequests > 0 || in.betaTests > 0);
        rows.push_back(std::move(r));
    }
    std::sort(rows.begin(), rows.end(), [](const ScoreRow& a, const ScoreRow& b) {
        if (a.score != b.score)
            return a.score > b.score;
        return std::tie(a.ref, a.name, a.accountId) < std::tie(b.ref, b.name, b.accountId);
    });
    return rows;
}

std::vector<ProspectRow> prospects(const std::vector<Account>& accounts)
{
    std::vector<ProspectRow> rows;
    for (const auto& a : accounts) {
        if (a.status != AccountStatus::Prospect && !a.kinds.has(KeyAccountKind::Prospective))
            continue;
        ProspectRow r{a.id, a.ref, a.name, a.qualification, 0};
        for (const auto& p : {a.qualification.need, a.qualification.solvency, a.qualification.authority})
            r.met += p.value_or(false) ? 1 : 0;
        rows.push_back(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const ProspectRow& a, const ProspectRow& b) {
        if (a.met != b.met)
            return a.met > b.met;
        return std::tie(a.name, a.ref) < std::tie(b.name, b.ref);
    });
    return rows;
}

} // namespace keystone::analytics
