// The analytics settings (windows, thresholds, risk, cadence and score weights): one JSON document
// under the key "analytics", and the `settings set key=value` changes checked one key at a time.
#pragma once

#include "analytics/KeyAccounts.h"
#include "analytics/Risk.h"
#include "analytics/Segmentation.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace keystone {

// The analytics settings, kept as one JSON document under the key "analytics".
struct AnalyticsSettings
{
    int windowMonths = 12;
    analytics::Period period = analytics::Period::Month;
    analytics::Measure measure = analytics::Measure::Revenue;
    double abcA = 80;  // percent
    double abcB = 95;
    double xyzX = 50;  // percent
    double xyzY = 100;
    double anchorPercent = 10;
    analytics::RiskParameters risk;
    analytics::CadenceTargets cadence;
    analytics::ScoreWeights weights;

    std::string toJson() const;
    // Missing keys keep their defaults; throws ValidationError naming a bad key.
    static AnalyticsSettings fromJson(std::string_view json);
    // One change, "abc_a=85" or "abc=85,97"; throws ValidationError.
    void set(std::string_view key, std::string_view value);
    // The keys and their current values, in a fixed order.
    std::vector<std::pair<std::string, std::string>> entries() const;

private:
    void assign(std::string_view key, std::string_view value); // no cross-checks
    void check(std::string_view key) const;                    // throws ValidationError
};

} // namespace keystone
