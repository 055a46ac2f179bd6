#include "domain/Money.h"

#include <limits>

namespace keystone {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

// Removes thousands separators, accepting them only between groups of three digits
// in the integer part. Returns false on a misplaced separator.
bool stripGrouping(std::string_view text, char decimalMark, std::string& out)
{
    const char other = decimalMark == '.' ? ',' : '.';
    out.clear();
    int digitsSinceSeparator = -1; // -1: no separator seen yet
    int digitsInRun = 0;
    bool inFraction = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        bool separator = false;
        std::size_t width = 1;
        if (!inFraction && (c == other || c == ' ' || c == '\''))
            separator = true;
        else if (!inFraction && static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
                 static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            separator = true; // U+00A0 no-break space, as Excel writes in many locales
            width = 2;
        }
        if (separator) {
            if (digitsInRun == 0 || (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3) ||
                (digitsSinceSeparator < 0 && digitsInRun > 3))
                return false;
            digitsSinceSeparator = 0;
            i += width - 1;
            continue;
        }
        if (c == decimalMark && !inFraction) {
            if (digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
                return false;
            inFraction = true;
            out.push_back('.');
            continue;
        }
        if (isDigit(c)) {
            ++digitsInRun;
            if (!inFraction && digitsSinceSeparator >= 0)
                ++digitsSinceSeparator;
        }
        out.push_back(c);
    }
    if (!inFraction && digitsSinceSeparator >= 0 && digitsSinceSeparator != 3)
        return false;
    return true;
}

} // namespace

std::optional<std::int64_t> parseScaledDecimal(std::string_view text, int scale, char decimalMark)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;

    std::string plain;
    if (!stripGrouping(text, decimalMark, plain))
        return std::nullopt;

    std::size_t i = 0;
    bool negative = false;
    if (plain[i] == '-' || plain[i] == '+') {
        negative = plain[i] == '-';
        ++i;
    }
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    std::int64_t value = 0;
    int digits = 0;
    int decimals = -1;
    for (; i < plain.size(); ++i) {
        const char c = plain[i];
        if (c == '.') {
            if (decimals >= 0)
                return std::nullopt;
            decimals = 0;
            continue;
        }
        if (!isDigit(c))
            return std::nullopt;
        if (decimals >= 0) {
            if (decimals == scale) {
                if (c != '0') // trailing zeros beyond the scale are harmless
                    return std::nullopt;
                continue;
            }
            ++decimals;
        }
        if (value > (kMax - (c - '0')) / 10)
            return std::nullopt;
        value = value * 10 + (c - '0');
        ++digits;
    }
    if (digits == 0)
        return std::nullopt;
    for (int d = decimals < 0 ? 0 : decimals; d < scale; ++d) {
        if (value > kMax / 10)
            return std::nullopt;
        value *= 10;
    }
    return negative ? -value : value;
}

std::string formatScaledDecimal(std::int64_t value, int scale, int minDecimals)
{
    const bool negative = value < 0;
    // Work in unsigned to format INT64_MIN correctly.
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    std::uint64_t divisor = 1;
    for (int i = 0; i < scale; ++i)
        divisor *= 10;
    std::string text = std::to_string(magnitude / divisor);
    std::string fraction = std::to_string(magnitude % divisor);
    fraction.insert(0, static_cast<std::size_t>(scale) - fraction.size(), '0');
    while (static_cast<int>(fraction.size()) > minDecimals && fraction.back() == '0')
        fraction.pop_back();
    if (!fraction.empty())
        text += "." + fraction;
    return negative ? "-" + text : text;
}

std::optional<Money> Money::parse(std::string_view text, char decimalMark)
{
    const auto units = parseScaledDecimal(text, kDecimals, decimalMark);
    if (!units)
        return std::nullopt;
    return Money(*units);
}

std::string Money::toString() const { return formatScaledDecimal(m_units, kDecimals, 2); }

std::optional<Money> multiplyExact(std::int64_t quantity, int quantityScale, Money price)
{
    std::int64_t product = 0;
    if (__builtin_mul_overflow(quantity, price.units(), &product))
        return std::nullopt;
    std::int64_t divisor = 1;
    for (int i = 0; i < quantityScale; ++i)
        divisor *= 10;
    if (product % divisor != 0)
        return std::nullopt;
    return Money::fromUnits(product / divisor);
}

bool isCurrencyCode(std::string_view code)
{
    if (code.size() != 3)
        return false;
    for (char c : code)
        if (c < 'A' || c > 'Z')
            return false;
    return true;
}

} // namespace keystone
