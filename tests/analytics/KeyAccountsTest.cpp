#include "analytics/KeyAccounts.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::analytics;

TEST_CASE("Concentration: top shares and the Herfindahl index")
{
    const auto c = concentration({Money::fromMajor(20), Money::fromMajor(50), Money::fromMajor(30),
                                  Money::fromMajor(-5), Money()});
    CHECK(c.accounts == 3);
    CHECK(c.total == Money::fromMajor(100));
    CHECK(c.top1 == Approx(0.5));
    CHECK(c.top5 == Approx(1.0));
    CHECK(c.top10 == Approx(1.0));
    CHECK(c.herfindahl == Approx(0.38)); // 0.25 + 0.09 + 0.04
    const auto empty = concentration({});
    CHECK(empty.accounts == 0);
    CHECK(empty.herfindahl == 0.0);
}

TEST_CASE("The importance score is the sum of its factors' contributions")
{
    ScoreInput big{1, "big", "Big", Money::fromMajor(1000), Money::fromMajor(1000), 12, 12, 0, 0, 1, false};
    ScoreInput lead{2, "lead", "Lead user", Money::fromMajor(250), Money::fromMajor(100), 6, 12, 4, 2, 2, false};
    ScoreInput none{3, "none", "Quiet", Money(), Money(), 0, 12, 0, 0, 0, false};
    ScoreWeights w; // 30 20 15 10 10 15 = 100
    const auto rows = score({none, lead, big}, w);
    REQUIRE(rows.size() == 3);
    const auto& l = rows[0].ref == "lead" ? rows[0] : rows[1];
    // volume 0.25 x 30 + frequency 0.5 x 20 + modifications 1 x 15 + beta 1 x 10 + feedback 1 x 10 + growth 1 x 15
    CHECK(l.score == Approx(7.5 + 10 + 15 + 10 + 10 + 15));
    CHECK(l.growth == Approx(1.5));
    CHECK(l.suggestExpert);
    for (const auto& r : rows) {
        double sum = 0;
        for (double c : r.contribution)
            sum += c;
        CHECK(sum == Approx(r.score));
    }
    const auto& b = rows[0].ref == "big" ? rows[0] : rows[1];
    CHECK(b.score == Approx(30 + 20 + 0 + 0 + 5 + 0)); // no growth
    CHECK_FALSE(b.suggestExpert);
    CHECK(rows[2].ref == "none");
    CHECK(rows[2].score == 0.0);

    w.weight = {1, 0, 0, 0, 0, 0};
    const auto volumeOnly = score({lead, big}, w);
    CHECK(volumeOnly[0].ref == "big");
    CHECK(volumeOnly[0].score == Approx(100));
    CHECK(volumeOnly[1].score == Approx(25));
}

TEST_CASE("Prospects are listed by how many of the three P they meet")
{
    Account a;
    a.id = 1;
    a.name = "Half";
    a.status = AccountStatus::Prospect;
    a.qualification = {true, std::nullopt, false};
    Account b = a;
    b.id = 2;
    b.name = "Full";
    b.qualification = {true, true, true};
    Account c = a;
    c.id = 3;
    c.name = "Customer";
    c.status = AccountStatus::Active;
    Account d = c;
    d.id = 4;
    d.name = "Courted";
    d.kinds.set(KeyAccountKind::Prospective);
    d.qualification = {};
    const auto rows = prospects({a, b, c, d});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].name == "Full");
    CHECK(rows[0].met == 3);
    CHECK(rows[1].name == "Half");
    CHECK(rows[1].met == 1);
    CHECK(rows[2].name == "Courted");
    CHECK(rows[2].met == 0);
}
