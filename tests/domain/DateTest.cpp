#include "domain/Date.h"

#include <catch2/catch.hpp>

using namespace keystone;

TEST_CASE("Dates convert to and from the calendar")
{
    CHECK(Date::fromYmd(1970, 1, 1)->days() == 0);
    CHECK(Date::fromYmd(2000, 3, 1)->days() == 11017);
    const Date d = *Date::fromYmd(2024, 2, 29);
    CHECK(d.year() == 2024);
    CHECK(d.month() == 2);
    CHECK(d.day() == 29);
    CHECK(d.toIso() == "2024-02-29");
    CHECK(d.weekday() == 4); // a Thursday
    CHECK_FALSE(Date::fromYmd(2023, 2, 29));
    CHECK_FALSE(Date::fromYmd(2023, 13, 1));
    CHECK(Date::fromYmd(1969, 12, 31)->days() == -1);
    CHECK(Date::fromYmd(1969, 12, 31)->toIso() == "1969-12-31");
}

TEST_CASE("Every day of four centuries round-trips")
{
    Date d = *Date::fromYmd(1900, 1, 1);
    const Date end = *Date::fromYmd(2300, 1, 1);
    for (; d < end; d = d.addDays(1))
        REQUIRE(Date::parseIso(d.toIso()) == d);
}

TEST_CASE("ISO dates are parsed strictly")
{
    CHECK(Date::parseIso("2011-12-09")->toIso() == "2011-12-09");
    CHECK_FALSE(Date::parseIso("2011-2-09"));
    CHECK_FALSE(Date::parseIso("09.12.2011"));
    CHECK_FALSE(Date::parseIso("2011-12-32"));
}

TEST_CASE("Month arithmetic clamps to the month's end")
{
    CHECK(Date::fromYmd(2024, 1, 31)->addMonths(1).toIso() == "2024-02-29");
    CHECK(Date::fromYmd(2024, 11, 15)->addMonths(3).toIso() == "2025-02-15");
    CHECK(Date::fromYmd(2024, 1, 15)->addMonths(-2).toIso() == "2023-11-15");
    CHECK(Date::fromYmd(2024, 5, 17)->firstOfMonth().toIso() == "2024-05-01");
}

TEST_CASE("Date-times are UTC and honour offsets")
{
    CHECK(DateTime::parseIso("2010-12-01 08:26:00")->toIso() == "2010-12-01T08:26:00Z");
    CHECK(DateTime::parseIso("2010-12-01T08:26Z")->toIso() == "2010-12-01T08:26:00Z");
    CHECK(DateTime::parseIso("2010-12-01T10:26:00+02:00")->toIso() == "2010-12-01T08:26:00Z");
    CHECK(DateTime::parseIso("2010-12-01T00:30:00-0100")->toIso() == "2010-12-01T01:30:00Z");
    CHECK(DateTime::parseIso("2010-12-01T08:26:00.123Z")->toIso() == "2010-12-01T08:26:00Z");
    CHECK(DateTime::parseIso("2010-12-01")->toIso() == "2010-12-01T00:00:00Z");
    CHECK(DateTime::parseIso("1969-12-31T23:00:00Z")->date().toIso() == "1969-12-31");
    CHECK_FALSE(DateTime::parseIso("2010-12-01T25:00"));
    CHECK_FALSE(DateTime::parseIso("2010-12-01T08:26:00Zjunk"));
    CHECK_FALSE(DateTime::parseIso("2010-12-01X08:26"));
}

TEST_CASE("A fixed clock gives today")
{
    FixedClock clock(*DateTime::parseIso("2026-11-22T23:59:59Z"));
    CHECK(clock.today().toIso() == "2026-11-22");
}
