#include "interchange/ValueParsers.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::csv;

namespace {

Date ymd(int y, int m, int d) { return Date::fromYmd(y, m, d).value(); }

const DateFormat kIso{};

} // namespace

TEST_CASE("ISO dates, with or without a time")
{
    CHECK(parseDate("2011-12-09", kIso).value == ymd(2011, 12, 9));
    CHECK(parseDate(" 2011-12-09 ", kIso).value == ymd(2011, 12, 9));
    // A date-and-time column read as a date gives the calendar date as written.
    CHECK(parseDate("2010-12-01 08:26:00", kIso).value == ymd(2010, 12, 1));
    CHECK(parseDate("2011-12-09T12:50:00Z", kIso).value == ymd(2011, 12, 9));
    CHECK(parseDate("2011-12-09 12:50", kIso).value == ymd(2011, 12, 9));

    const auto wrong = parseDate("12/1/2010 8:26", kIso);
    CHECK_FALSE(wrong);
    CHECK(wrong.error == "expected a date like 2024-12-31 (ISO 8601), got \"12/1/2010 8:26\"");
    CHECK(parseDate("2011-12-09 junk", kIso).error ==
          "expected a date like 2024-12-31 (ISO 8601), got \"2011-12-09 junk\"");
    CHECK(parseDate("", kIso).error == "expected a date like 2024-12-31 (ISO 8601), got \"\"");
}

TEST_CASE("ISO date-times")
{
    CHECK(parseDateTime("2011-12-09T12:50:00", kIso).value->unixSeconds() == 1323435000);
    CHECK(parseDateTime("2011-12-09T12:50:00Z", kIso).value->unixSeconds() == 1323435000);
    CHECK(parseDateTime("2011-12-09 12:50", kIso).value->unixSeconds() == 1323435000);
    CHECK(parseDateTime("2010-12-01 08:26:00", kIso).value->unixSeconds() == 1291191960);
    CHECK(parseDateTime("2024-12-31", kIso).value->unixSeconds() == 1735603200);
    CHECK(parseDateTime("12/1/2010 8:26", kIso).error ==
          "expected a date and time like 2024-12-31T23:59:00 (ISO 8601), got \"12/1/2010 8:26\"");
    CHECK(parseDateTime("2023-02-29T10:00", kIso).error == "no such date: \"2023-02-29T10:00\"");
}

TEST_CASE("dates with a pattern")
{
    const DateFormat dotted{"%d.%m.%Y"};
    CHECK(parseDate("31.12.2024", dotted).value == ymd(2024, 12, 31));
    CHECK(parseDate("1.2.2024", dotted).value == ymd(2024, 2, 1));
    CHECK(parseDate("01.02.2024", dotted).value == ymd(2024, 2, 1));
    CHECK(parseDate("2024-12-31", dotted).error == "expected a date like 31.12.2024 (%d.%m.%Y), got \"2024-12-31\"");
    CHECK(parseDate("31.12.24", dotted).error == "expected a date like 31.12.2024 (%d.%m.%Y), got \"31.12.24\"");
    CHECK(parseDate("32.12.2024", dotted).error == "no such date: \"32.12.2024\" (%d.%m.%Y)");

    const DateFormat us{"%m/%d/%Y %H:%M"};
    CHECK(parseDate("12/1/2010 8:26", us).value == ymd(2010, 12, 1));
    CHECK(parseDateTime("12/1/2010 8:26", us).value->unixSeconds() == 1291191960);
    CHECK(parseDateTime("12/01/2010 08:26", us).value->unixSeconds() == 1291191960);
    CHECK(parseDateTime("12/1/2010 24:26", us).error ==
          "expected a date like 12/31/2024 23:59 (%m/%d/%Y %H:%M), got \"12/1/2010 24:26\"");

    CHECK(parseDate("09/12/11", DateFormat{"%d/%m/%y"}).value == ymd(2011, 12, 9));
    CHECK(parseDate("01/01/70", DateFormat{"%d/%m/%y"}).value == ymd(1970, 1, 1));
    CHECK(parseDate("01/01/68", DateFormat{"%d/%m/%y"}).value == ymd(2068, 1, 1));
    CHECK(parseDate("9/12/2011", DateFormat{"%e/%m/%Y"}).value == ymd(2011, 12, 9));
    CHECK(parseDate("2011-12-09%", DateFormat{"%Y-%m-%d%%"}).value == ymd(2011, 12, 9));
    CHECK(parseDateTime("2011-12-09 12:50:00", DateFormat{"%Y-%m-%d %H:%M:%S"}).value->unixSeconds() ==
          1323435000);
    // A date-only pattern means midnight UTC for a date-time.
    CHECK(parseDateTime("31.12.2024", dotted).value->unixSeconds() == 1735603200);
}

TEST_CASE("a time after a date-only pattern is an error")
{
    const auto parsed = parseDate("2010-12-01 08:26:00", DateFormat{"%Y-%m-%d"});
    CHECK_FALSE(parsed);
    CHECK(parsed.error == "unexpected text after the date: \" 08:26:00\"; expected a date like 2024-12-31 "
                          "(%Y-%m-%d), got \"2010-12-01 08:26:00\"");
    CHECK(parseDate("2010-12-01 08:26:00", DateFormat{"%Y-%m-%d %H:%M:%S"}).value == ymd(2010, 12, 1));
}

TEST_CASE("February 29 exists in leap years only")
{
    const DateFormat dotted{"%d.%m.%Y"};
    CHECK(parseDate("29.02.2024", dotted).value == ymd(2024, 2, 29));
    CHECK(parseDate("29.02.2000", dotted).value == ymd(2000, 2, 29));
    CHECK(parseDate("29.02.2023", dotted).error == "no such date: \"29.02.2023\" (%d.%m.%Y)");
    CHECK_FALSE(parseDate("29.02.1900", dotted));
    CHECK(parseDate("2024-02-29", kIso).value == ymd(2024, 2, 29));
    CHECK(parseDate("2023-02-29", kIso).error == "no such date: \"2023-02-29\"");
}

TEST_CASE("bad date patterns are reported as such")
{
    CHECK(parseDate("2024", DateFormat{"%Q"}).error ==
          "the date format \"%Q\" has %Q; supported are %d %e %m %Y %y %H %M %S %%");
    CHECK(parseDate("12.2024", DateFormat{"%m.%Y"}).error ==
          "the date format \"%m.%Y\" needs a year, a month and a day");
    CHECK(parseDate("1.1.2024%", DateFormat{"%d.%m.%Y%"}).error == "the date format \"%d.%m.%Y%\" ends with a lone %");
}

TEST_CASE("decimals are exact, with either decimal mark and grouping by three")
{
    CHECK(parseDecimal("1 234,56", true).value == 12345600);
    CHECK(parseDecimal("1.234,56", true).value == 12345600);
    CHECK(parseDecimal("1\xC2\xA0" "234,5", true).value == 12345000); // U+00A0 as Excel writes it
    CHECK(parseDecimal("1,234.56", false).value == 12345600);
    CHECK(parseDecimal("1'234.5", false).value == 12345000);
    CHECK(parseDecimal("1 234 567,891", true).value == 12345678910);
    CHECK(parseDecimal("-0.5", false).value == -5000);
    CHECK(parseDecimal("+3", false).value == 30000);
    CHECK(parseDecimal("0,0001", true).value == 1);
    CHECK(parseDecimal("1.50000", false).value == 15000); // zeros beyond the scale change nothing
    CHECK(parseDecimal("42", false, 0).value == 42);
    CHECK(parseDecimal("2.55", false, 2).value == 255);
}

TEST_CASE("decimal errors say what was wrong")
{
    CHECK(parseDecimal("1234.56789", false).error == "too many decimals in \"1234.56789\": at most 4");
    CHECK(parseDecimal("4.2", false, 0).error == "too many decimals in \"4.2\": at most 0");
    CHECK(parseDecimal("12,34", false).error == "expected a number like 1234.56 or 1,234.56, got \"12,34\"");
    CHECK(parseDecimal("1.5", true).error == "expected a number like 1234,56 or 1 234,56, got \"1.5\"");
    CHECK(parseDecimal("abc", false).error == "expected a number like 1234.56 or 1,234.56, got \"abc\"");
    CHECK(parseDecimal("1e5", false).error == "expected a number like 1234.56 or 1,234.56, got \"1e5\"");
    CHECK(parseDecimal("", false).error == "expected a number, got an empty value");
    CHECK(parseDecimal("  ", true).error == "expected a number, got an empty value");
    CHECK(parseDecimal("99999999999999999999", false).error == "number out of range: \"99999999999999999999\"");
}

TEST_CASE("money is a decimal with four places")
{
    CHECK(parseMoney("12,50", true).value == Money::fromUnits(125000));
    CHECK(parseMoney("2.55", false).value == Money::fromUnits(25500));
    CHECK(parseMoney("-1 000.125", false).value == Money::fromUnits(-10001250));
    CHECK(parseMoney("0.00001", false).error == "too many decimals in \"0.00001\": at most 4");
}
