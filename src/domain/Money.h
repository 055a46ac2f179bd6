// Money as an exact integer count of ten-thousandths of the currency unit.
// Four decimal places hold every price an ERP export carries (the online-retail
// data set prices to a tenth of a penny) and the product of a whole quantity and
// such a price, without ever passing through floating point.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keystone {

class Money
{
public:
    static constexpr std::int64_t kScale = 10000; // units per 1 currency unit
    static constexpr int kDecimals = 4;

    constexpr Money() = default;
    static constexpr Money fromUnits(std::int64_t units) { return Money(units); }
    static constexpr Money fromMajor(std::int64_t major) { return Money(major * kScale); }

    // Parses "1234.56", "-0.5", "1 234,56" and the like exactly. decimalMark is '.'
    // or ','; the other of the two, a space, an apostrophe and U+00A0 are accepted as
    // thousands separators between groups of three digits. Returns nothing when the
    // text is not a number or needs more than four decimal places.
    static std::optional<Money> parse(std::string_view text, char decimalMark = '.');

    constexpr std::int64_t units() const { return m_units; }
    // Plain decimal text with at least two decimals, never grouped: "-1234.50", "0.125".
    std::string toString() const;
    // The value as a double, for ratios and charts only; never store it.
    double toDouble() const { return static_cast<double>(m_units) / kScale; }

    constexpr Money operator+(Money o) const { return Money(m_units + o.m_units); }
    constexpr Money operator-(Money o) const { return Money(m_units - o.m_units); }
    constexpr Money operator-() const { return Money(-m_units); }
    Money& operator+=(Money o)
    {
        m_units += o.m_units;
        return *this;
    }
    Money& operator-=(Money o)
    {
        m_units -= o.m_units;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(std::int64_t units) : m_units(units) {}
    std::int64_t m_units = 0;
};

// A fixed-point decimal parser shared by money and quantities: returns the value
// scaled by 10^scale, or nothing when the text is not a number, has more than
// `scale` decimals or overflows.
std::optional<std::int64_t> parseScaledDecimal(std::string_view text, int scale, char decimalMark = '.');
// Formats a value scaled by 10^scale with at least minDecimals decimals.
std::string formatScaledDecimal(std::int64_t value, int scale, int minDecimals);

// Multiplies a quantity (scaled by 10^quantityScale) by a price in money units,
// exactly; nothing when the result needs more than four decimals or overflows.
std::optional<Money> multiplyExact(std::int64_t quantity, int quantityScale, Money price);

// A three-letter ISO 4217 code; the database keeps one reporting currency.
bool isCurrencyCode(std::string_view code);

} // namespace keystone
