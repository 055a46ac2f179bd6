#include "analytics/Segmentation.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::analytics;

namespace {

Date ymd(int y, int m, int d) { return *Date::fromYmd(y, m, d); }
int mon(int y, int m) { return y * 12 + m - 1; }
Money cur(std::int64_t major) { return Money::fromMajor(major); }

SegmentParameters window(Date from, Date to, Period period = Period::Month)
{
    SegmentParameters p;
    p.from = from;
    p.to = to;
    p.period = period;
    return p;
}

// Monthly amounts from January 2024 on, one per month given.
void addMonths(std::vector<MonthAmount>& out, AccountId id, std::initializer_list<std::int64_t> majors)
{
    int m = mon(2024, 1);
    for (auto v : majors) {
        if (v != 0)
            out.push_back({id, m, cur(v), cur(v / 2)});
        ++m;
    }
}

const SegmentRow& rowOf(const SegmentResult& r, const std::string& ref)
{
    for (const auto& row : r.rows)
        if (row.ref == ref)
            return row;
    FAIL("no row " << ref);
    return r.rows.front();
}

} // namespace

// The worked example of docs/segmentation.md.
TEST_CASE("The worked example: January to April 2024, monthly, revenue")
{
    std::vector<SegmentAccount> accounts = {
        {1, "K-01", "Alpha", ymd(2022, 5, 1)}, {2, "K-02", "Beta", ymd(2023, 1, 9)},
        {3, "K-03", "Gamma", ymd(2023, 6, 1)}, {4, "K-04", "Delta", ymd(2023, 2, 2)},
        {5, "K-05", "Epsilon", ymd(2024, 3, 4)}, {6, "K-06", "Zeta", ymd(2024, 2, 1)},
        {7, "K-07", "Eta", ymd(2023, 1, 1)},   {8, "K-08", "Theta", std::nullopt},
    };
    std::vector<MonthAmount> m;
    addMonths(m, 1, {150, 150, 150, 150});
    addMonths(m, 2, {130, 0, 100, 0});
    m.push_back({2, mon(2024, 1), cur(-30), cur(-15)}); // a return inside January: Beta's January nets 100
    addMonths(m, 3, {0, 0, 0, 100});
    addMonths(m, 4, {10, 20, 10, 20});
    addMonths(m, 5, {0, 0, 20, 20});
    m.push_back({6, mon(2024, 2), cur(50), cur(10)});
    m.push_back({6, mon(2024, 2), cur(-50), cur(-10)}); // bought and returned: net zero
    m.push_back({7, mon(2024, 3), cur(-30), cur(-5)});  // only a return: net negative
    m.push_back({1, mon(2023, 12), cur(999), cur(1)});  // outside the window
    m.push_back({1, mon(2024, 5), cur(999), cur(1)});

    const auto r = segment(window(ymd(2024, 1, 1), ymd(2024, 4, 30)), accounts, m);
    REQUIRE(r.periods.size() == 4);
    CHECK(r.periods[0].label == "2024-01");
    CHECK(r.total == cur(1000));
    REQUIRE(r.rows.size() == 5);
    CHECK(r.rows[0].ref == "K-01");
    CHECK(r.rows[4].ref == "K-05");

    const auto& alpha = rowOf(r, "K-01");
    CHECK(alpha.cell() == "AX");
    CHECK(alpha.share == Approx(0.6));
    CHECK(alpha.cv == 0.0);
    CHECK(alpha.flags() == "anchor");

    const auto& beta = rowOf(r, "K-02"); // 100, 0, 100, 0: mean 50, stddev 50
    CHECK(beta.total == cur(200));
    CHECK(beta.cumulativeShare == Approx(0.8));
    CHECK(beta.abc == 'A'); // reaches exactly 80%: still A
    CHECK(beta.mean == Approx(50));
    CHECK(beta.stddev == Approx(50));
    CHECK(beta.cv == Approx(1.0));
    CHECK(beta.xyz == 'Y'); // CV exactly 100% is Y

    const auto& gamma = rowOf(r, "K-03"); // 0, 0, 0, 100: CV sqrt(3)
    CHECK(gamma.cell() == "BZ");
    CHECK(gamma.cv == Approx(1.7320508));
    CHECK(gamma.flags() == "anchor"); // 10% of the total: an anchor; sold before the window: not new

    const auto& delta = rowOf(r, "K-04"); // 10, 20, 10, 20: mean 15, stddev 5
    CHECK(delta.cell() == "BX");
    CHECK(delta.cumulativeShare == Approx(0.96));
    CHECK(delta.cv == Approx(1.0 / 3));

    const auto& epsilon = rowOf(r, "K-05"); // 0, 0, 20, 20: first sale in March
    CHECK(epsilon.cell() == "CY");
    CHECK(epsilon.flags() == "new");

    REQUIRE(r.unclassified.size() == 3);
    CHECK(r.unclassified[0].ref == "K-06");
    CHECK(r.unclassified[0].reason == Unclassified::NetZero);
    CHECK(r.unclassified[1].reason == Unclassified::NetNegative);
    CHECK(r.unclassified[1].total == cur(-30));
    CHECK(r.unclassified[2].reason == Unclassified::NoSales);

    CHECK(r.cells[0].cell == "AX");
    CHECK(r.cells[0].accounts == 1);
    CHECK(r.cells[1].cell == "AY");
    CHECK(r.cells[1].share == Approx(0.2));
    CHECK(r.cells[3].cell == "BX");
    CHECK(r.cells[3].accounts == 1);
    CHECK(r.cells[5].cell == "BZ");
    CHECK(r.cells[7].cell == "CY");
    CHECK(r.cells[7].share == Approx(0.04));
    int counted = 0;
    for (const auto& c : r.cells)
        counted += c.accounts;
    CHECK(counted == 5);
}

TEST_CASE("The measure can be the margin")
{
    std::vector<SegmentAccount> accounts = {{1, "a", "A", {}}, {2, "b", "B", {}}};
    std::vector<MonthAmount> m = {{1, mon(2024, 1), cur(100), cur(1)}, {2, mon(2024, 1), cur(10), cur(9)}};
    auto p = window(ymd(2024, 1, 1), ymd(2024, 1, 31));
    p.measure = Measure::Margin;
    const auto r = segment(p, accounts, m);
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].ref == "b");
    CHECK(r.total == cur(10));
}

TEST_CASE("The account that crosses the A boundary is in A; a single account above b leaves B empty")
{
    std::vector<SegmentAccount> accounts = {{1, "a", "A", {}}, {2, "b", "B", {}}, {3, "c", "C", {}}};
    const auto p = window(ymd(2024, 1, 1), ymd(2024, 1, 31));
    SECTION("crossing")
    {
        std::vector<MonthAmount> m = {{1, mon(2024, 1), cur(50), {}}, {2, mon(2024, 1), cur(40), {}},
                                      {3, mon(2024, 1), cur(10), {}}};
        const auto r = segment(p, accounts, m);
        CHECK(r.rows[0].abc == 'A');
        CHECK(r.rows[1].abc == 'A'); // 50% -> 90%: crosses 80%
        CHECK(r.rows[2].abc == 'B'); // starts at 90%, below 95%
    }
    SECTION("one account above b")
    {
        std::vector<MonthAmount> m = {{1, mon(2024, 1), cur(97), {}}, {2, mon(2024, 1), cur(2), {}},
                                      {3, mon(2024, 1), cur(1), {}}};
        const auto r = segment(p, accounts, m);
        CHECK(r.rows[0].abc == 'A');
        CHECK(r.rows[1].abc == 'C');
        CHECK(r.rows[2].abc == 'C');
        CHECK(r.cells[3].accounts + r.cells[4].accounts + r.cells[5].accounts == 0);
    }
    SECTION("the top account is always A, even with a tiny a")
    {
        std::vector<MonthAmount> m = {{1, mon(2024, 1), cur(30), {}}, {2, mon(2024, 1), cur(30), {}},
                                      {3, mon(2024, 1), cur(40), {}}};
        auto q = p;
        q.abcA = 1;
        q.abcB = 100;
        const auto r = segment(q, accounts, m);
        CHECK(r.rows[0].ref == "c");
        CHECK(r.rows[0].abc == 'A');
        CHECK(r.rows[1].abc == 'C');
    }
    SECTION("exact integer comparison: one unit short of 80% stays below")
    {
        // 7999 + 2001 units of a ten-thousandth: the first holds 79.99%, so the second is A too.
        std::vector<MonthAmount> m = {{1, mon(2024, 1), Money::fromUnits(7999), {}},
                                      {2, mon(2024, 1), Money::fromUnits(2001), {}}};
        const auto r = segment(p, accounts, m);
        CHECK(r.rows[1].abc == 'A');
    }
}

TEST_CASE("Ties rank by reference, then name")
{
    std::vector<SegmentAccount> accounts = {{1, "z", "First", {}}, {2, "", "Zed", {}}, {3, "", "Abe", {}},
                                            {4, "m", "Mid", {}}};
    std::vector<MonthAmount> m;
    for (AccountId id = 1; id <= 4; ++id)
        m.push_back({id, mon(2024, 1), cur(25), {}});
    const auto r = segment(window(ymd(2024, 1, 1), ymd(2024, 1, 31)), accounts, m);
    REQUIRE(r.rows.size() == 4);
    CHECK(r.rows[0].name == "Abe");
    CHECK(r.rows[1].name == "Zed");
    CHECK(r.rows[2].ref == "m");
    CHECK(r.rows[3].ref == "z");
    CHECK(r.rows[2].abc == 'A'); // 50% -> 75%
    CHECK(r.rows[3].abc == 'A'); // 75% -> 100%, crossing 80%
}

TEST_CASE("Quarter periods with a partial first quarter")
{
    const auto spans = periodsOf(ymd(2024, 2, 15), ymd(2024, 12, 31), Period::Quarter);
    REQUIRE(spans.size() == 4);
    CHECK(spans[0].from == ymd(2024, 2, 15));
    CHECK(spans[0].to == ymd(2024, 3, 31));
    CHECK(spans[0].label == "2024-Q1");
    CHECK(spans[3].label == "2024-Q4");
    CHECK(spans[3].to == ymd(2024, 12, 31));

    std::vector<SegmentAccount> accounts = {{1, "a", "A", ymd(2024, 2, 20)}, {2, "b", "B", ymd(2024, 5, 2)}};
    std::vector<MonthAmount> m = {
        {1, mon(2024, 2), cur(10), {}}, {1, mon(2024, 3), cur(20), {}}, // Q1: 30
        {1, mon(2024, 4), cur(30), {}},                                 // Q2: 30
        {1, mon(2024, 9), cur(30), {}},                                 // Q3: 30
        {1, mon(2024, 12), cur(30), {}},                                // Q4: 30
        {2, mon(2024, 5), cur(40), {}},
    };
    const auto r = segment(window(ymd(2024, 2, 15), ymd(2024, 12, 31), Period::Quarter), accounts, m);
    const auto& a = rowOf(r, "a");
    REQUIRE(a.periods.size() == 4);
    CHECK(a.periods[0] == cur(30));
    CHECK(a.cv == 0.0);
    CHECK(a.xyz == 'X');
    CHECK_FALSE(a.isNew); // first sale inside the first (partial) quarter
    const auto& b = rowOf(r, "b"); // 0, 40, 0, 0: CV sqrt(3)
    CHECK(b.cv == Approx(1.7320508));
    CHECK(b.isNew);
}

TEST_CASE("A one-period window makes everyone X and nobody new")
{
    std::vector<SegmentAccount> accounts = {{1, "a", "A", ymd(2024, 3, 20)}};
    std::vector<MonthAmount> m = {{1, mon(2024, 3), cur(5), {}}};
    const auto r = segment(window(ymd(2024, 3, 1), ymd(2024, 3, 31)), accounts, m);
    REQUIRE(r.rows.size() == 1);
    CHECK(r.rows[0].cell() == "AX");
    CHECK_FALSE(r.rows[0].isNew);
    CHECK(r.rows[0].cumulativeShare == Approx(1.0));
}

TEST_CASE("A window without sales classifies nobody")
{
    std::vector<SegmentAccount> accounts = {{1, "a", "A", ymd(2020, 1, 1)}};
    std::vector<MonthAmount> m = {{1, mon(2020, 1), cur(5), {}}};
    const auto r = segment(window(ymd(2024, 1, 1), ymd(2024, 12, 31)), accounts, m);
    CHECK(r.rows.empty());
    CHECK(r.total == Money());
    REQUIRE(r.unclassified.size() == 1);
    CHECK(r.unclassified[0].reason == Unclassified::NoSales);
    for (const auto& c : r.cells) {
        CHECK(c.accounts == 0);
        CHECK(c.share == 0.0);
    }
}

TEST_CASE("Parameters are checked and the default window is the last twelve full months")
{
    auto p = window(ymd(2024, 2, 1), ymd(2024, 1, 1));
    CHECK_THROWS_AS(validate(p), std::invalid_argument);
    p = window(ymd(2024, 1, 1), ymd(2024, 2, 1));
    p.abcA = 9600;
    CHECK_THROWS_AS(validate(p), std::invalid_argument);
    const auto [from, to] = defaultWindow(ymd(2026, 11, 23));
    CHECK(from == ymd(2025, 11, 1));
    CHECK(to == ymd(2026, 10, 31));
    CHECK(parsePeriod("quarter") == Period::Quarter);
    CHECK_FALSE(parseMeasure("volume"));
}

TEST_CASE("Snapshots are compared by account: who moved, and how many per transition")
{
    std::vector<SnapshotEntry> before = {{1, "a", "A", "AX"}, {2, "b", "B", "BY"}, {3, "c", "C", "CZ"},
                                         {std::nullopt, "d", "D", "AZ"}, {5, "e", "E", "BY"}};
    std::vector<SnapshotEntry> after = {{1, "a", "A", "AX"}, {2, "b", "B", "AY"}, {5, "e", "E", "AY"},
                                        {6, "f", "F", "CX"}};
    const auto d = diffSnapshots(before, after);
    CHECK(d.unchanged == 1);
    REQUIRE(d.moves.size() == 5);
    CHECK(d.moves[0].from == "-");
    CHECK(d.moves[0].to == "CX");
    CHECK(d.moves[1].from == "AZ");
    CHECK(d.moves[1].to == "-");
    CHECK(d.moves[2].ref == "b");
    CHECK(d.moves[2].to == "AY");
    REQUIRE(d.transitions.size() == 4);
    CHECK(d.transitions[2].from == "BY");
    CHECK(d.transitions[2].to == "AY");
    CHECK(d.transitions[2].accounts == 2);
}
