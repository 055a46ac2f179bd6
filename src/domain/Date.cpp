#include "domain/Date.h"

#include <chrono>
#include <cstdio>

namespace keystone {

namespace {

// Days from civil and back, after the well-known era-based algorithm for the
// proleptic Gregorian calendar (eras of 400 years, March-based years).
std::int32_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Ymd
{
    int y, m, d;
};

Ymd civilFromDays(std::int32_t z)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    const int d = doy - (153 * mp + 2) / 5 + 1;
    const int m = mp < 10 ? mp + 3 : mp - 9;
    return {yoe + era * 400 + (m <= 2), m, d};
}

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, int& out)
{
    if (pos + count > text.size())
        return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

} // namespace

bool Date::isLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int Date::daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && isLeapYear(year))
        return 29;
    return kDays[month - 1];
}

std::optional<Date> Date::fromYmd(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    return Date(daysFromCivil(year, month, day));
}

std::optional<Date> Date::parseIso(std::string_view text)
{
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !readDigits(text, 0, 4, y) ||
        !readDigits(text, 5, 2, m) || !readDigits(text, 8, 2, d))
        return std::nullopt;
    return fromYmd(y, m, d);
}

int Date::year() const { return civilFromDays(m_days).y; }
int Date::month() const { return civilFromDays(m_days).m; }
int Date::day() const { return civilFromDays(m_days).d; }

int Date::weekday() const
{
    // 1970-01-01 was a Thursday (4).
    const int w = (m_days % 7 + 7 + 3) % 7; // 0 = Monday
    return w + 1;
}

std::string Date::toIso() const
{
    const Ymd c = civilFromDays(m_days);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.y, c.m, c.d);
    return buf;
}

Date Date::addMonths(int n) const
{
    const Ymd c = civilFromDays(m_days);
    int total = c.y * 12 + (c.m - 1) + n;
    const int y = total / 12;
    const int m = total % 12 + 1;
    const int d = std::min(c.d, daysInMonth(y, m));
    return Date(daysFromCivil(y, m, d));
}

Date Date::firstOfMonth() const
{
    const Ymd c = civilFromDays(m_days);
    return Date(daysFromCivil(c.y, c.m, 1));
}

DateTime DateTime::fromDate(Date d, int hour, int minute, int second)
{
    return DateTime(static_cast<std::int64_t>(d.days()) * 86400 + hour * 3600 + minute * 60 + second);
}

std::optional<DateTime> DateTime::parseIso(std::string_view text)
{
    if (text.size() < 10)
        return std::nullopt;
    const auto date = Date::parseIso(text.substr(0, 10));
    if (!date)
        return std::nullopt;
    if (text.size() == 10)
        return fromDate(*date);
    if (text[10] != 'T' && text[10] != ' ')
        return std::nullopt;
    int h = 0, mi = 0, s = 0;
    std::size_t pos = 11;
    if (!readDigits(text, pos, 2, h) || pos + 2 >= text.size() || text[pos + 2] != ':' ||
        !readDigits(text, pos + 3, 2, mi))
        return std::nullopt;
    pos += 5;
    if (pos < text.size() && text[pos] == ':') {
        if (!readDigits(text, pos + 1, 2, s))
            return std::nullopt;
        pos += 3;
        // Fractions of a second are accepted and dropped.
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            const std::size_t start = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                ++pos;
            if (pos == start)
                return std::nullopt;
        }
    }
    if (h > 23 || mi > 59 || s > 60)
        return std::nullopt;
    std::int64_t offset = 0;
    if (pos < text.size()) {
        const char c = text[pos];
        if (c == 'Z' && pos + 1 == text.size()) {
            pos += 1;
        } else if (c == '+' || c == '-') {
            int oh = 0, om = 0;
            if (!readDigits(text, pos + 1, 2, oh))
                return std::nullopt;
            std::size_t mpos = pos + 3;
            if (mpos < text.size() && text[mpos] == ':')
                ++mpos;
            if (!readDigits(text, mpos, 2, om) || mpos + 2 != text.size() || oh > 23 || om > 59)
                return std::nullopt;
            offset = (oh * 3600 + om * 60) * (c == '+' ? 1 : -1);
            pos = text.size();
        } else {
            return std::nullopt;
        }
    }
    if (pos != text.size())
        return std::nullopt;
    return DateTime(fromDate(*date, h, mi, s == 60 ? 59 : s).m_seconds - offset);
}

Date DateTime::date() const
{
    std::int64_t days = m_seconds / 86400;
    if (m_seconds % 86400 < 0)
        --days;
    return Date::fromDays(static_cast<std::int32_t>(days));
}

int DateTime::secondsOfDay() const
{
    return static_cast<int>(m_seconds - static_cast<std::int64_t>(date().days()) * 86400);
}

std::string DateTime::toIso() const
{
    const int sod = secondsOfDay();
    char buf[32];
    std::snprintf(buf, sizeof buf, "T%02d:%02d:%02dZ", sod / 3600, sod / 60 % 60, sod % 60);
    return date().toIso() + buf;
}

DateTime SystemClock::now() const
{
    const auto since = std::chrono::system_clock::now().time_since_epoch();
    return DateTime::fromUnixSeconds(std::chrono::duration_cast<std::chrono::seconds>(since).count());
}

} // namespace keystone
