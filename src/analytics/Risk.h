// Losing and keeping accounts: the lost and at-risk rules, churn per month, the
// win-back list and the contact cadence. Pure functions over facts gathered by the
// app layer.
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "domain/Money.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace keystone::analytics {

struct RiskParameters
{
    int lostDays = 180;           // lost: no purchase for this many days
    double intervalFactor = 2.0;  // at risk: days since the last purchase > factor x median interval
    int minIntervals = 2;         // the interval rule needs at least this many intervals (3 purchases)
    int dropPercent = 50;         // at risk: last month's revenue fell by more than this against the average
    int lookbackMonths = 12;      // months averaged for the drop rule
};

struct RiskAccount
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    std::string owner;
    std::vector<Date> purchaseDays;               // distinct days with a positive net amount, ascending
    std::vector<std::pair<int, Money>> months;    // (year * 12 + month - 1, net revenue), ascending
    std::string wentTo;                           // competitor that won its latest lost tender, if any
    std::string offer;                            // what we can offer to win it back, if recorded
};

enum class RiskState { Lost, AtRisk };
std::string_view toKey(RiskState s);

struct RiskRow
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    std::string owner;
    RiskState state = RiskState::AtRisk;
    Date lastPurchase;
    int daysSince = 0;
    std::optional<double> medianInterval; // days
    Money lastMonthRevenue;
    std::optional<Money> averageRevenue; // monthly, over the lookback
    Money yearRevenue; // the twelve months ending with the month of the last purchase
    std::string reason;
    std::string wentTo;
    std::string offer;
};

// Only accounts that are lost or at risk, lost first, then by yearRevenue
// descending, then reference. Accounts without any purchase are never at risk.
std::vector<RiskRow> assessRisk(const std::vector<RiskAccount>& accounts, Date asOf, const RiskParameters& p);

// The median of the intervals between consecutive purchase days, if there are enough.
std::optional<double> medianInterval(const std::vector<Date>& purchaseDays, Date asOf, int minIntervals);

struct ChurnMonth
{
    int month = 0; // year * 12 + month - 1
    int lost = 0;  // accounts whose lost threshold passed in this month
    Money previousYearRevenue; // what they brought in their last twelve months
    std::string wentTo; // "Rival A: 2; unknown: 1"
};
// An account counts as lost in the month where its last purchase + lostDays falls;
// every month of the `months` months up to asOf is listed, zero or not.
std::vector<ChurnMonth> churn(const std::vector<RiskAccount>& accounts, Date asOf, const RiskParameters& p,
                              int months = 12);

// Lost accounts by the revenue of their last twelve months, descending.
std::vector<RiskRow> winBack(const std::vector<RiskAccount>& accounts, Date asOf, const RiskParameters& p);

struct CadenceTargets
{
    int a = 30;
    int b = 60;
    int c = 90;
    int forClass(char abc) const { return abc == 'A' ? a : abc == 'B' ? b : c; }
};

struct CadenceAccount
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    std::string owner;
    char abc = '-'; // '-' when not classified: such accounts are left out
    std::optional<Date> lastInteraction;
};

struct CadenceRow
{
    AccountId accountId = 0;
    std::string ref;
    std::string name;
    std::string owner;
    char abc = 'C';
    std::optional<Date> lastInteraction;
    std::optional<int> daysSince; // none: never contacted
    int target = 0;
    std::optional<int> overdueBy; // none: never contacted
};
// The overdue accounts: never contacted, or more days since the last interaction
// than their class's target. By owner, never-contacted first, then most overdue.
std::vector<CadenceRow> overdueContacts(const std::vector<CadenceAccount>& accounts, Date asOf,
                                        const CadenceTargets& targets);

} // namespace keystone::analytics
