#include "app/AnalyticsSettings.h"

#include "domain/Errors.h"
#include "domain/Validation.h"

#include <nlohmann/json.hpp>

#include <charconv>
#include <cmath>

namespace keystone {

namespace {

using nlohmann::json;
using namespace analytics;

[[noreturn]] void badSetting(std::string_view key, const std::string& message)
{
    throw ValidationError({FieldError{std::string(key), message}});
}

double number(std::string_view key, std::string_view text)
{
    double v = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
        badSetting(key, "expects a number, not '" + std::string(text) + "'");
    return v;
}

int whole(std::string_view key, std::string_view text, int min, int max)
{
    const double v = number(key, text);
    if (v != std::floor(v) || v < min || v > max)
        badSetting(key, "expects a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return static_cast<int>(v);
}

std::string formatNumber(double v)
{
    json j = v;
    if (v == std::floor(v) && std::fabs(v) < 1e15)
        j = static_cast<long long>(v);
    return j.dump();
}

std::pair<std::string_view, std::string_view> splitPair(std::string_view key, std::string_view text)
{
    const auto comma = text.find(',');
    if (comma == std::string_view::npos)
        badSetting(key, "expects two numbers separated by a comma, such as 80,95");
    return {text.substr(0, comma), text.substr(comma + 1)};
}

} // namespace

std::vector<std::pair<std::string, std::string>> AnalyticsSettings::entries() const
{
    std::vector<std::pair<std::string, std::string>> e = {
        {"window_months", std::to_string(windowMonths)},
        {"period", std::string(toKey(period))},
        {"measure", std::string(toKey(measure))},
        {"abc_a", formatNumber(abcA)},
        {"abc_b", formatNumber(abcB)},
        {"xyz_x", formatNumber(xyzX)},
        {"xyz_y", formatNumber(xyzY)},
        {"anchor_percent", formatNumber(anchorPercent)},
        {"lost_days", std::to_string(risk.lostDays)},
        {"risk_interval_factor", formatNumber(risk.intervalFactor)},
        {"risk_min_intervals", std::to_string(risk.minIntervals)},
        {"risk_drop_percent", std::to_string(risk.dropPercent)},
        {"risk_lookback_months", std::to_string(risk.lookbackMonths)},
        {"cadence_a", std::to_string(cadence.a)},
        {"cadence_b", std::to_string(cadence.b)},
        {"cadence_c", std::to_string(cadence.c)},
    };
    for (auto f : kAllScoreFactors)
        e.emplace_back("weight_" + std::string(toKey(f)), formatNumber(weights.weight[static_cast<std::size_t>(f)]));
    return e;
}

void AnalyticsSettings::set(std::string_view key, std::string_view value)
{
    // All or nothing: a change that breaks the order of the thresholds is refused whole.
    AnalyticsSettings next = *this;
    next.assign(key, value);
    next.check(key);
    *this = next;
}

void AnalyticsSettings::assign(std::string_view key, std::string_view value)
{
    if (key == "abc" || key == "xyz") {
        const auto [first, second] = splitPair(key, value);
        assign(std::string(key) + (key == "abc" ? "_a" : "_x"), first);
        assign(std::string(key) + (key == "abc" ? "_b" : "_y"), second);
        return;
    }
    if (key == "window_months")
        windowMonths = whole(key, value, 1, 120);
    else if (key == "period") {
        const auto p = parsePeriod(value);
        if (!p)
            badSetting(key, "expects month or quarter");
        period = *p;
    } else if (key == "measure") {
        const auto m = parseMeasure(value);
        if (!m)
            badSetting(key, "expects revenue or margin");
        measure = *m;
    } else if (key == "abc_a")
        abcA = number(key, value);
    else if (key == "abc_b")
        abcB = number(key, value);
    else if (key == "xyz_x")
        xyzX = number(key, value);
    else if (key == "xyz_y")
        xyzY = number(key, value);
    else if (key == "anchor_percent")
        anchorPercent = number(key, value);
    else if (key == "lost_days")
        risk.lostDays = whole(key, value, 1, 36500);
    else if (key == "risk_interval_factor")
        risk.intervalFactor = number(key, value);
    else if (key == "risk_min_intervals")
        risk.minIntervals = whole(key, value, 1, 1000);
    else if (key == "risk_drop_percent")
        risk.dropPercent = whole(key, value, 0, 100);
    else if (key == "risk_lookback_months")
        risk.lookbackMonths = whole(key, value, 1, 120);
    else if (key == "cadence_a")
        cadence.a = whole(key, value, 1, 36500);
    else if (key == "cadence_b")
        cadence.b = whole(key, value, 1, 36500);
    else if (key == "cadence_c")
        cadence.c = whole(key, value, 1, 36500);
    else {
        bool found = false;
        for (auto f : kAllScoreFactors) {
            if (key == "weight_" + std::string(toKey(f))) {
                const double w = number(key, value);
                if (w < 0)
                    badSetting(key, "a weight cannot be negative");
                weights.weight[static_cast<std::size_t>(f)] = w;
                found = true;
            }
        }
        if (!found) {
            std::string known;
            for (const auto& [k, v] : entries())
                known += (known.empty() ? "" : ", ") + k;
            badSetting(key, "is not an analytics setting; the settings are: " + known + " (and abc=a,b, xyz=x,y)");
        }
    }
}

void AnalyticsSettings::check(std::string_view key) const
{
    if (!(abcA > 0 && abcA <= abcB && abcB <= 100))
        badSetting(key, "the ABC thresholds must satisfy 0 < abc_a <= abc_b <= 100");
    if (!(xyzX >= 0 && xyzX <= xyzY))
        badSetting(key, "the XYZ thresholds must satisfy 0 <= xyz_x <= xyz_y");
    if (!(anchorPercent > 0 && anchorPercent <= 100))
        badSetting(key, "the anchor share must be above 0 and at most 100");
    if (!(risk.intervalFactor > 0))
        badSetting(key, "the interval factor must be positive");
}

std::string AnalyticsSettings::toJson() const
{
    json j = json::object();
    for (const auto& [key, value] : entries()) {
        if (key == "period" || key == "measure")
            j[key] = value;
        else
            j[key] = json::parse(value);
    }
    return j.dump();
}

AnalyticsSettings AnalyticsSettings::fromJson(std::string_view text)
{
    AnalyticsSettings s;
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception&) {
        badSetting("analytics", "the stored analytics settings are not valid JSON");
    }
    if (!j.is_object())
        badSetting("analytics", "the stored analytics settings are not a JSON object");
    for (const auto& [key, value] : j.items()) {
        if (value.is_string())
            s.assign(key, value.get<std::string>());
        else if (value.is_number())
            s.assign(key, formatNumber(value.get<double>()));
        else
            badSetting(key, "expects a number or a text");
    }
    s.check("analytics");
    return s;
}

} // namespace keystone
