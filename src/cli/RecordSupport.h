// Small pieces the record-keeping commands share: opening an existing database,
// cells for their tables, and parsing dates, times and vocabulary keys with
// messages that name the option.
#pragma once

#include "app/Columns.h"
#include "cli/Args.h"
#include "domain/Date.h"
#include "domain/Enums.h"
#include "app/Workspace.h" // OpenOptions

#include <cstdint>
#include <string>

namespace keystone::cli {

inline OpenOptions existingDatabaseOptions()
{
    OpenOptions o;
    o.create = false;
    return o;
}

inline Cell textCell(std::string text)
{
    return Cell{std::move(text), false, false};
}
inline Cell numberCell(std::int64_t n)
{
    return Cell{std::to_string(n), true, false};
}

// "YYYY-MM-DD"; throws UsageError naming the option.
inline Date dateArgument(const std::string& option, const std::string& text)
{
    const auto d = Date::parseIso(text);
    if (!d || text.size() != 10)
        throw UsageError("--" + option + " expects a date as YYYY-MM-DD, not '" + text + "'");
    return *d;
}

// "YYYY-MM-DD HH:MM" (or ISO 8601), taken as UTC like every stored instant.
inline DateTime dateTimeArgument(const std::string& option, const std::string& text)
{
    const auto t = DateTime::parseIso(text);
    if (!t || text.size() < 16)
        throw UsageError("--" + option + " expects a date and time as \"YYYY-MM-DD HH:MM\", not '" + text +
                         "'");
    return *t;
}

// "YYYY-MM-DD HH:MM" in UTC.
inline std::string dateTimeText(DateTime t)
{
    const std::string iso = t.toIso(); // YYYY-MM-DDTHH:MM:SSZ
    return iso.substr(0, 10) + " " + iso.substr(11, 5);
}

template <typename E> E keyArgument(const std::string& option, const std::string& text)
{
    const auto value = fromKey<E>(text);
    if (!value)
        throw UsageError("--" + option + " expects one of: " + keyList<E>() + "; not '" + text + "'");
    return *value;
}

// Splits FIELD=VALUE of --set; throws UsageError.
inline std::pair<std::string, std::string> fieldAssignment(const std::string& text)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw UsageError("--set expects FIELD=VALUE, not '" + text + "'");
    return {text.substr(0, eq), text.substr(eq + 1)};
}

// A record id such as 12 (or #12); throws UsageError naming what it is.
inline std::int64_t idArgument(const std::string& what, const std::string& text)
{
    std::string digits = !text.empty() && text[0] == '#' ? text.substr(1) : text;
    std::int64_t n = 0;
    std::size_t used = 0;
    try {
        n = std::stoll(digits, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (digits.empty() || used != digits.size() || n <= 0)
        throw UsageError(what + " expects a record id (a whole number), not '" + text + "'");
    return n;
}

} // namespace keystone::cli
