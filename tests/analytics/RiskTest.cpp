#include "analytics/Risk.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::analytics;

namespace {

Date ymd(int y, int m, int d) { return *Date::fromYmd(y, m, d); }
int mon(int y, int m) { return y * 12 + m - 1; }

// Purchases every 30 days from 2024-01-01, the last on 2024-03-31 (median interval 30).
RiskAccount regular()
{
    RiskAccount a;
    a.accountId = 1;
    a.ref = "r";
    a.name = "Regular";
    for (int i = 0; i < 4; ++i)
        a.purchaseDays.push_back(ymd(2024, 1, 1).addDays(30 * i));
    a.months = {{mon(2024, 1), Money::fromMajor(100)}, {mon(2024, 2), Money::fromMajor(100)},
                {mon(2024, 3), Money::fromMajor(100)}};
    return a;
}

} // namespace

TEST_CASE("Median interval between purchases")
{
    CHECK(medianInterval({ymd(2024, 1, 1), ymd(2024, 1, 11), ymd(2024, 1, 14), ymd(2024, 2, 13)}, ymd(2025, 1, 1), 2) ==
          10.0);
    CHECK(medianInterval({ymd(2024, 1, 1), ymd(2024, 1, 11), ymd(2024, 1, 14), ymd(2024, 1, 24), ymd(2024, 2, 3)},
                         ymd(2025, 1, 1), 2) == 10.0);
    CHECK(medianInterval({ymd(2024, 1, 1), ymd(2024, 1, 5), ymd(2024, 1, 11)}, ymd(2025, 1, 1), 2) == 5.0);
    CHECK_FALSE(medianInterval({ymd(2024, 1, 1), ymd(2024, 1, 11)}, ymd(2025, 1, 1), 2));
}

TEST_CASE("At risk when the silence exceeds k times the account's own median interval")
{
    RiskParameters p; // k = 2: 60 days
    p.dropPercent = 100; // the drop rule never fires: this case is about intervals
    const Date last = ymd(2024, 3, 31);
    auto rows = assessRisk({regular()}, last.addDays(60), p);
    CHECK(rows.empty());
    rows = assessRisk({regular()}, last.addDays(61), p);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].state == RiskState::AtRisk);
    CHECK(rows[0].daysSince == 61);
    CHECK(rows[0].medianInterval == 30.0);
    CHECK_THAT(rows[0].reason, Catch::Contains("more than 2 x its median interval of 30 days"));
    CHECK(rows[0].yearRevenue == Money::fromMajor(300));
}

TEST_CASE("Lost after N days without a purchase")
{
    RiskParameters p;
    const Date last = ymd(2024, 3, 31);
    auto rows = assessRisk({regular()}, last.addDays(180), p);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].state == RiskState::Lost);
    CHECK_THAT(rows[0].reason, Catch::Contains("no purchase for 180 days"));
    p.lostDays = 181;
    rows = assessRisk({regular()}, last.addDays(180), p);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].state == RiskState::AtRisk);
    // As of a date before any purchase the account is not judged at all.
    CHECK(assessRisk({regular()}, ymd(2023, 12, 1), p).empty());
}

TEST_CASE("At risk when the last month's revenue fell by more than p% against the average")
{
    RiskAccount a;
    a.accountId = 2;
    a.ref = "d";
    a.name = "Dropping";
    for (int m = 1; m <= 12; ++m) {
        a.purchaseDays.push_back(ymd(2023, m, 10));
        a.months.push_back({mon(2023, m), Money::fromMajor(100)});
    }
    a.purchaseDays.push_back(ymd(2024, 1, 10));
    a.months.push_back({mon(2024, 1), Money::fromMajor(50)});
    const RiskParameters p;
    // Exactly half the average: not "more than 50%".
    CHECK(assessRisk({a}, ymd(2024, 2, 5), p).empty());
    a.months.back().second = Money::fromUnits(499999);
    const auto rows = assessRisk({a}, ymd(2024, 2, 5), p);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].averageRevenue == Money::fromMajor(100));
    CHECK_THAT(rows[0].reason, Catch::Contains("revenue in 2024-01 (49.9999) fell by more than 50%"));
    // A young account is averaged only over the months since its first sale.
    RiskAccount young = a;
    young.months = {{mon(2023, 12), Money::fromMajor(100)}, {mon(2024, 1), Money::fromMajor(60)}};
    CHECK(assessRisk({young}, ymd(2024, 2, 5), p).empty());
}

TEST_CASE("Churn per month, with where the lost accounts went; win-back by former revenue")
{
    RiskParameters p;
    p.lostDays = 30;
    RiskAccount a = regular(); // last purchase 2024-03-31: lost on 2024-04-30
    a.wentTo = "Rival";
    a.offer = "10% off the next order";
    RiskAccount b;
    b.accountId = 2;
    b.ref = "b";
    b.name = "Bigger";
    b.purchaseDays = {ymd(2024, 4, 1)}; // lost on 2024-05-01
    b.months = {{mon(2023, 1), Money::fromMajor(1000)}, {mon(2024, 4), Money::fromMajor(500)}};
    const auto months = churn({a, b}, ymd(2024, 6, 15), p, 3);
    REQUIRE(months.size() == 3);
    CHECK(months[0].month == mon(2024, 4));
    CHECK(months[0].lost == 1);
    CHECK(months[0].previousYearRevenue == Money::fromMajor(300));
    CHECK(months[0].wentTo == "Rival: 1");
    CHECK(months[1].lost == 1);
    CHECK(months[1].previousYearRevenue == Money::fromMajor(500)); // January 2023 is more than a year before
    CHECK(months[1].wentTo == "unknown: 1");
    CHECK(months[2].lost == 0);

    const auto list = winBack({a, b}, ymd(2024, 6, 15), p);
    REQUIRE(list.size() == 2);
    CHECK(list[0].ref == "b");
    CHECK(list[1].offer == "10% off the next order");
}

TEST_CASE("Contact cadence: overdue against the class target, per owner")
{
    const Date today = ymd(2024, 6, 30);
    std::vector<CadenceAccount> accounts = {
        {1, "a1", "A late", "Kim", 'A', today.addDays(-31)},
        {2, "a2", "A fine", "Kim", 'A', today.addDays(-30)},
        {3, "b1", "B fine", "Ann", 'B', today.addDays(-60)},
        {4, "c1", "C never", "Kim", 'C', std::nullopt},
        {5, "c2", "C late", "Ann", 'C', today.addDays(-100)},
        {6, "x", "Unclassified", "Ann", '-', std::nullopt},
    };
    const auto rows = overdueContacts(accounts, today, CadenceTargets{});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].ref == "c2");
    CHECK(rows[0].overdueBy == 10);
    CHECK(rows[1].ref == "c1");
    CHECK_FALSE(rows[1].daysSince);
    CHECK(rows[2].ref == "a1");
    CHECK(rows[2].overdueBy == 1);
    CHECK(rows[2].target == 30);
}
