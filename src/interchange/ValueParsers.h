// Text-to-value conversions for imported CSV cells, with messages that say what
// was expected. Formats: docs/csv.md, "Value formats".
#pragma once

#include "domain/Date.h"
#include "domain/Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keystone::csv {

template <typename T>
struct Parsed
{
    std::optional<T> value;
    std::string error;
    explicit operator bool() const { return value.has_value(); }
};

// A strftime subset: %d %m (1 or 2 digits), %e (day, 1 or 2 digits or space-padded),
// %Y (4 digits), %y (2 digits: 69-99 -> 19xx, 00-68 -> 20xx), %H %M %S (1 or 2 digits),
// %%. Any other character must appear as written. An empty pattern means ISO 8601.
struct DateFormat
{
    std::string pattern;
};

// ISO: "2011-12-09", and with a time ("2011-12-09T12:50:00", "2011-12-09 12:50",
// "...Z") the calendar date as written. With a pattern, text after the date is an
// error unless the pattern has it.
Parsed<Date> parseDate(std::string_view text, const DateFormat& format);
// ISO 8601 as DateTime::parseIso takes it; a pattern without a time means midnight UTC.
Parsed<DateTime> parseDateTime(std::string_view text, const DateFormat& format);

// An exact decimal scaled by 10^scale: '.' (or with decimalComma ',') marks the
// decimals; the other mark, a space, U+00A0 or an apostrophe may group the integer
// digits by three; an optional leading sign. Never goes through floating point.
Parsed<std::int64_t> parseDecimal(std::string_view text, bool decimalComma, int scale = 4);
Parsed<Money> parseMoney(std::string_view text, bool decimalComma);

} // namespace keystone::csv
