// Key-account signals: concentration of revenue, the multi-factor importance
// score, and the qualification of prospects by the three P.
#pragma once

#include "domain/Account.h"
#include "domain/Ids.h"
#include "domain/Money.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::analytics {

struct Concentration
{
    int accounts = 0; // with a positive total
    Money total;
    double top1 = 0; // shares 0..1
    double top5 = 0;
    double top10 = 0;
    double herfindahl = 0; // sum of squared shares, 0..1 (1 = one account holds everything)
};
// Over the positive totals of accounts (others are ignored).
Concentration concentration(std::vector<Money> totals);

enum class ScoreFactor { Volume, Frequency, Modifications, BetaTests, Feedback, Growth };
constexpr std::size_t kScoreFactors = 6;
std::string_view toKey(ScoreFactor f);
constexpr std::array<ScoreFactor, kScoreFactors> kAllScoreFactors{ScoreFactor::Volume,        ScoreFactor::Frequency,
                                                                  ScoreFactor::Modifications, ScoreFactor::BetaTests,
                                                                  ScoreFactor::Feedback,      ScoreFactor::Growth};

struct ScoreWeights
{
    // Indexed by ScoreFactor; relative weights, need not sum to anything.
    std::array<double, kScoreFactors> weight{30, 20, 15, 10, 10, 15};
};

// The raw facts of one account over the scoring window.
struct ScoreInput
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    Money revenue;           // in the window
    Money previousRevenue;   // in the window of the same length just before
    int activePeriods = 0;   // months of the window with purchases
    int periods = 1;         // months in the window
    int modificationRequests = 0;
    int betaTests = 0;
    int feedback = 0;
    bool isExpert = false; // already marked
};

struct ScoreRow
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    std::array<double, kScoreFactors> normalised{}; // 0..1
    std::array<double, kScoreFactors> contribution{}; // points; they sum to the score
    double score = 0; // 0..100
    double growth = 0; // revenue growth rate against the previous window
    bool suggestExpert = false; // sends modification requests or tests betas, not marked expert
};

// Normalisation: volume and the three interaction counts divide by the largest
// value among the accounts given; frequency is active periods / periods; growth is
// the growth rate clamped to 0..1 (no earlier revenue and some now counts as 1).
// Rows come back by score descending, then reference, then name.
std::vector<ScoreRow> score(const std::vector<ScoreInput>& inputs, const ScoreWeights& weights);

struct ProspectRow
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    Qualification qualification;
    int met = 0; // how many of need, solvency, authority are met
};
// Accounts with status prospect or the kind prospective, by met descending, then name.
std::vector<ProspectRow> prospects(const std::vector<Account>& accounts);

} // namespace keystone::analytics
