#include "interchange/ValueParsers.h"

namespace keystone::csv {

namespace {

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

std::string quoted(std::string_view text)
{
    // Built by appending: GCC 12 at -O3 warns (-Wrestrict, a false positive) on
    // "literal" + std::string.
    std::string out;
    out.reserve(text.size() + 2);
    out.append(1, '"').append(text).append(1, '"');
    return out;
}

// Starts with digits in the shape YYYY-MM-DD (whether or not that day exists).
bool isoShaped(std::string_view text)
{
    if (text.size() < 10)
        return false;
    for (std::size_t i = 0; i < 10; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? text[i] != '-' : (text[i] < '0' || text[i] > '9'))
            return false;
    }
    return true;
}

struct Fields
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool hasTime = false;
};

// Reads between minDigits and maxDigits digits at text[pos].
bool readNumber(std::string_view text, std::size_t& pos, int minDigits, int maxDigits, int& out)
{
    int n = 0;
    out = 0;
    while (n < maxDigits && pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
        out = out * 10 + (text[pos] - '0');
        ++pos;
        ++n;
    }
    return n >= minDigits;
}

// The pattern applied to 2024-12-31 23:59:00, to show in messages.
std::string example(std::string_view pattern)
{
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] != '%' || i + 1 == pattern.size()) {
            out += pattern[i];
            continue;
        }
        switch (pattern[++i]) {
        case 'd':
        case 'e':
            out += "31";
            break;
        case 'm':
            out += "12";
            break;
        case 'Y':
            out += "2024";
            break;
        case 'y':
            out += "24";
            break;
        case 'H':
            out += "23";
            break;
        case 'M':
            out += "59";
            break;
        case 'S':
            out += "00";
            break;
        default:
            out += pattern[i];
            break;
        }
    }
    return out;
}

std::string expectedDate(std::string_view pattern)
{
    return "expected a date like " + example(pattern) + " (" + std::string(pattern) + ")";
}

// Matches the whole text against the pattern. Returns an error message or "".
std::string match(std::string_view text, std::string_view pattern, Fields& f)
{
    bool hasYear = false, hasMonth = false, hasDay = false;
    std::size_t pos = 0;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char p = pattern[i];
        if (p != '%') {
            if (pos >= text.size() || text[pos] != p)
                return expectedDate(pattern);
            ++pos;
            continue;
        }
        if (++i == pattern.size())
            return "the date format " + quoted(pattern) + " ends with a lone %";
        bool ok = true;
        switch (pattern[i]) {
        case 'd':
            ok = readNumber(text, pos, 1, 2, f.day);
            hasDay = true;
            break;
        case 'e':
            if (pos < text.size() && text[pos] == ' ')
                ++pos;
            ok = readNumber(text, pos, 1, 2, f.day);
            hasDay = true;
            break;
        case 'm':
            ok = readNumber(text, pos, 1, 2, f.month);
            hasMonth = true;
            break;
        case 'Y':
            ok = readNumber(text, pos, 4, 4, f.year);
            hasYear = true;
            break;
        case 'y':
            ok = readNumber(text, pos, 2, 2, f.year);
            f.year += f.year < 69 ? 2000 : 1900;
            hasYear = true;
            break;
        case 'H':
            ok = readNumber(text, pos, 1, 2, f.hour) && f.hour <= 23;
            f.hasTime = true;
            break;
        case 'M':
            ok = readNumber(text, pos, 1, 2, f.minute) && f.minute <= 59;
            f.hasTime = true;
            break;
        case 'S':
            ok = readNumber(text, pos, 1, 2, f.second) && f.second <= 59;
            f.hasTime = true;
            break;
        case '%':
            ok = pos < text.size() && text[pos++] == '%';
            break;
        default:
            return "the date format " + quoted(pattern) + " has %" + pattern[i] +
                   "; supported are %d %e %m %Y %y %H %M %S %%";
        }
        if (!ok)
            return expectedDate(pattern);
    }
    if (!hasYear || !hasMonth || !hasDay)
        return "the date format " + quoted(pattern) + " needs a year, a month and a day";
    if (pos != text.size()) {
        const char c = text[pos];
        if (c == ' ' || c == 'T')
            return "unexpected text after the date: " + quoted(text.substr(pos)) + "; " + expectedDate(pattern);
        return expectedDate(pattern);
    }
    return {};
}

struct DateResult
{
    std::optional<DateTime> at;
    std::string error;
};

DateResult parseWithPattern(std::string_view text, std::string_view pattern)
{
    Fields f;
    if (auto error = match(text, pattern, f); !error.empty()) {
        if (error.find("expected a date like") != std::string::npos)
            error += ", got " + quoted(text);
        return {std::nullopt, error};
    }
    const auto date = Date::fromYmd(f.year, f.month, f.day);
    if (!date)
        return {std::nullopt, "no such date: " + quoted(text) + " (" + std::string(pattern) + ")"};
    return {DateTime::fromDate(*date, f.hour, f.minute, f.second), {}};
}

} // namespace

Parsed<Date> parseDate(std::string_view text, const DateFormat& format)
{
    text = trimmed(text);
    if (format.pattern.empty()) {
        if (text.size() >= 10) {
            if (const auto date = Date::parseIso(text.substr(0, 10))) {
                if (text.size() == 10 || DateTime::parseIso(text))
                    return {date, {}};
            } else if (isoShaped(text)) {
                return {std::nullopt, "no such date: " + quoted(text)};
            }
        }
        return {std::nullopt, "expected a date like 2024-12-31 (ISO 8601), got " + quoted(text)};
    }
    auto result = parseWithPattern(text, format.pattern);
    if (!result.at)
        return {std::nullopt, std::move(result.error)};
    return {result.at->date(), {}};
}

Parsed<DateTime> parseDateTime(std::string_view text, const DateFormat& format)
{
    text = trimmed(text);
    if (format.pattern.empty()) {
        if (const auto at = DateTime::parseIso(text))
            return {at, {}};
        if (isoShaped(text) && !Date::parseIso(text.substr(0, 10)))
            return {std::nullopt, "no such date: " + quoted(text)};
        return {std::nullopt, "expected a date and time like 2024-12-31T23:59:00 (ISO 8601), got " + quoted(text)};
    }
    auto result = parseWithPattern(text, format.pattern);
    return {result.at, std::move(result.error)};
}

Parsed<std::int64_t> parseDecimal(std::string_view text, bool decimalComma, int scale)
{
    const char mark = decimalComma ? ',' : '.';
    const std::string_view number = trimmed(text);
    if (number.empty())
        return {std::nullopt, "expected a number, got an empty value"};
    if (const auto value = parseScaledDecimal(number, scale, mark))
        return {value, {}};

    // Say why: too many decimals, too large, or not a number at all.
    const auto markAt = number.rfind(mark);
    if (markAt != std::string_view::npos) {
        const auto decimals = number.substr(markAt + 1);
        const bool allDigits = !decimals.empty() && decimals.find_first_not_of("0123456789") == std::string_view::npos;
        if (allDigits && static_cast<int>(decimals.size()) > scale &&
            parseScaledDecimal(number.substr(0, markAt), 0, mark))
            return {std::nullopt, "too many decimals in " + quoted(number) + ": at most " + std::to_string(scale)};
    }
    const bool digitsOnly = number.find_first_not_of("+-0123456789") == std::string_view::npos;
    if (digitsOnly && number.find_first_of("0123456789") != std::string_view::npos && number.size() > 15)
        return {std::nullopt, "number out of range: " + quoted(number)};
    const std::string like = decimalComma ? "1234,56 or 1 234,56" : "1234.56 or 1,234.56";
    return {std::nullopt, "expected a number like " + like + ", got " + quoted(number)};
}

Parsed<Money> parseMoney(std::string_view text, bool decimalComma)
{
    auto units = parseDecimal(text, decimalComma, Money::kDecimals);
    if (!units)
        return {std::nullopt, std::move(units.error)};
    return {Money::fromUnits(*units.value), {}};
}

} // namespace keystone::csv
