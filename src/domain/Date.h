// Calendar dates and UTC instants. A Date is a day number (days since
// 1970-01-01 in the proleptic Gregorian calendar); a DateTime is seconds since the
// Unix epoch in UTC. Local time zones are applied by the user interface only.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace keystone {

class Date
{
public:
    constexpr Date() = default;
    static constexpr Date fromDays(std::int32_t days) { return Date(days); }
    // Nothing when the combination is not a real date (2023-02-29 ...).
    static std::optional<Date> fromYmd(int year, int month, int day);
    // Strict ISO 8601 calendar date: YYYY-MM-DD.
    static std::optional<Date> parseIso(std::string_view text);

    constexpr std::int32_t days() const { return m_days; }
    int year() const;
    int month() const;
    int day() const;
    // 1 = Monday ... 7 = Sunday (ISO 8601).
    int weekday() const;
    std::string toIso() const;

    constexpr Date addDays(std::int32_t n) const { return Date(m_days + n); }
    // Same day of month n months later, clamped to the month's last day.
    Date addMonths(int n) const;
    Date firstOfMonth() const;
    constexpr std::int32_t operator-(Date o) const { return m_days - o.m_days; }
    constexpr auto operator<=>(const Date&) const = default;

    static bool isLeapYear(int year);
    static int daysInMonth(int year, int month);

private:
    constexpr explicit Date(std::int32_t days) : m_days(days) {}
    std::int32_t m_days = 0;
};

class DateTime
{
public:
    constexpr DateTime() = default;
    static constexpr DateTime fromUnixSeconds(std::int64_t s) { return DateTime(s); }
    static DateTime fromDate(Date d, int hour = 0, int minute = 0, int second = 0);
    // ISO 8601: "YYYY-MM-DDTHH:MM[:SS][Z|+hh:mm|-hh:mm]" or with a space for the T; a
    // date alone means midnight UTC. Without an offset the time is taken as UTC.
    static std::optional<DateTime> parseIso(std::string_view text);

    constexpr std::int64_t unixSeconds() const { return m_seconds; }
    Date date() const;
    int secondsOfDay() const;
    // "YYYY-MM-DDTHH:MM:SSZ"
    std::string toIso() const;

    constexpr auto operator<=>(const DateTime&) const = default;

private:
    constexpr explicit DateTime(std::int64_t s) : m_seconds(s) {}
    std::int64_t m_seconds = 0;
};

// The source of "now", so that tests and the demo generator can fix it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual DateTime now() const = 0;
    Date today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    DateTime now() const override;
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(DateTime at) : m_at(at) {}
    DateTime now() const override { return m_at; }

private:
    DateTime m_at;
};

} // namespace keystone
