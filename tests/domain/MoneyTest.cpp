#include "domain/Money.h"

#include <catch2/catch.hpp>

using namespace keystone;

TEST_CASE("Money parses decimal text exactly")
{
    CHECK(Money::parse("2.55")->units() == 25500);
    CHECK(Money::parse("-0.5")->units() == -5000);
    CHECK(Money::parse("+7")->units() == 70000);
    CHECK(Money::parse("0.001")->units() == 10);
    CHECK(Money::parse("1,234.56")->units() == 12345600);
    CHECK(Money::parse("1 234,56", ',')->units() == 12345600);
    CHECK(Money::parse("1.234.567,8", ',')->units() == 12345678000);
    CHECK(Money::parse("1\xC2\xA0" "234,5", ',')->units() == 12345000);
    CHECK(Money::parse("  12.5000000 ")->units() == 125000);
}

TEST_CASE("Money rejects what is not an exact number")
{
    CHECK_FALSE(Money::parse(""));
    CHECK_FALSE(Money::parse("abc"));
    CHECK_FALSE(Money::parse("1.23456")); // five decimals cannot be held
    CHECK_FALSE(Money::parse("1,23.4"));  // misplaced grouping
    CHECK_FALSE(Money::parse("12,34", '.'));
    CHECK_FALSE(Money::parse("1.2.3"));
    CHECK_FALSE(Money::parse("-"));
    CHECK_FALSE(Money::parse("99999999999999999999"));
}

TEST_CASE("Money formats with at least two decimals and no float rounding")
{
    CHECK(Money::fromUnits(25500).toString() == "2.55");
    CHECK(Money::fromUnits(10).toString() == "0.001");
    CHECK(Money::fromUnits(-5000).toString() == "-0.50");
    CHECK(Money::fromMajor(12).toString() == "12.00");
    CHECK(Money::fromUnits(INT64_MIN).toString() == "-922337203685477.5808");
    // 0.1 + 0.2 is exactly 0.3 here.
    CHECK((*Money::parse("0.1") + *Money::parse("0.2")) == *Money::parse("0.3"));
}

TEST_CASE("Quantity times price is exact or refused")
{
    const Money price = *Money::parse("3.39");
    CHECK(multiplyExact(6000, 3, price)->toString() == "20.34");
    CHECK(multiplyExact(-12000, 3, price)->toString() == "-40.68");
    CHECK(multiplyExact(1500, 3, *Money::parse("0.001"))->units() == 15);
    CHECK_FALSE(multiplyExact(1, 3, *Money::parse("0.001"))); // 0.000001 is below the scale
    CHECK_FALSE(multiplyExact(INT64_MAX / 2, 0, price));
    CHECK(parseScaledDecimal("2.5", 3) == 2500);
}

TEST_CASE("Currency codes")
{
    CHECK(isCurrencyCode("EUR"));
    CHECK_FALSE(isCurrencyCode("eur"));
    CHECK_FALSE(isCurrencyCode("EURO"));
}
