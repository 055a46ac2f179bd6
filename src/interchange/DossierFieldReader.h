// The typed members of a dossier file (docs/formats.md), read one at a time: each reader call
// returns the member's value, or a fallback after recording a Problem at its JSON pointer, so that
// one pass over a file reports everything wrong with it. Used by readDossiers
// (DossierJsonReading.cpp) only.
#pragma once

#include "domain/Text.h"
#include "domain/Validation.h"
#include "interchange/DossierJson.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::json {

using Json = nlohmann::json;

// "an object", "a string", ...: what a problem says it found.
inline std::string typeName(const Json& j)
{
    switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a number with a fraction";
    default: return "an unsupported value";
    }
}

class DossierFieldReader
{
public:
    explicit DossierFieldReader(std::vector<Problem>& problems) : m_problems(problems) {}

    void problem(const std::string& path, std::string message) { m_problems.push_back({path, std::move(message)}); }

    bool isObject(const Json& j, const std::string& path)
    {
        if (j.is_object())
            return true;
        problem(path, "expected an object, found " + typeName(j));
        return false;
    }

    // The members of `o`, each of them known.
    void members(const Json& o, const std::string& path, std::initializer_list<std::string_view> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                problem(path + "/" + it.key(), "unknown member (this is version " + std::to_string(kDossierVersion) +
                                                   " of the format)");
    }

    const Json* member(const Json& o, const char* key) const
    {
        auto it = o.find(key);
        return it == o.end() ? nullptr : &*it;
    }

    std::string text(const Json& o, const std::string& path, const char* key)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return {};
        if (!j->is_string()) {
            problem(path + "/" + key, "expected a string, found " + typeName(*j));
            return {};
        }
        return withLfLineEnds(j->get_ref<const std::string&>()); // text keeps LF line ends
    }

    bool boolean(const Json& o, const std::string& path, const char* key, bool fallback)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return fallback;
        if (!j->is_boolean()) {
            problem(path + "/" + key, "expected true or false, found " + typeName(*j));
            return fallback;
        }
        return j->get<bool>();
    }

    std::optional<bool> optionalBoolean(const Json& o, const std::string& path, const char* key)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return std::nullopt;
        if (!j->is_boolean()) {
            problem(path + "/" + key, "expected true, false or null, found " + typeName(*j));
            return std::nullopt;
        }
        return j->get<bool>();
    }

    std::optional<std::int64_t> integer(const Json& j, const std::string& path, std::int64_t min, std::int64_t max)
    {
        bool ok = false;
        std::int64_t value = 0;
        if (j.is_number_unsigned()) {
            const auto u = j.get<std::uint64_t>();
            ok = u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
            value = static_cast<std::int64_t>(u);
        } else if (j.is_number_integer()) {
            ok = true;
            value = j.get<std::int64_t>();
        }
        if (!ok || value < min || value > max) {
            problem(path, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                              (ok ? ", found " + std::to_string(value) : ", found " + typeName(j)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<std::int64_t> integer(const Json& o, const std::string& path, const char* key, std::int64_t min,
                                        std::int64_t max)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return std::nullopt;
        return integer(*j, path + "/" + key, min, max);
    }

    template <typename E> E enumeration(const Json& o, const std::string& path, const char* key, E fallback)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return fallback;
        if (j->is_string())
            if (auto value = fromKey<E>(j->get<std::string>()))
                return *value;
        problem(path + "/" + key, "expected one of: " + keyList<E>() + "; found " +
                                      (j->is_string() ? "'" + j->get<std::string>() + "'" : typeName(*j)));
        return fallback;
    }

    std::optional<Date> date(const Json& o, const std::string& path, const char* key, bool required)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null()) {
            if (required)
                problem(path + "/" + key, "is required (a date, YYYY-MM-DD)");
            return std::nullopt;
        }
        if (j->is_string())
            if (auto d = Date::parseIso(j->get<std::string>()))
                return d;
        problem(path + "/" + key, "expected a date YYYY-MM-DD, found " +
                                      (j->is_string() ? "'" + j->get<std::string>() + "'" : typeName(*j)));
        return std::nullopt;
    }

    std::optional<DateTime> dateTime(const Json& o, const std::string& path, const char* key, bool required)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null()) {
            if (required)
                problem(path + "/" + key, "is required (a UTC time, YYYY-MM-DDTHH:MM:SSZ)");
            return std::nullopt;
        }
        if (j->is_string())
            if (auto d = DateTime::parseIso(j->get<std::string>()))
                return d;
        problem(path + "/" + key, "expected a time YYYY-MM-DDTHH:MM:SSZ, found " +
                                      (j->is_string() ? "'" + j->get<std::string>() + "'" : typeName(*j)));
        return std::nullopt;
    }

    // An array member; absent or null is an empty array.
    const Json* array(const Json& o, const std::string& path, const char* key)
    {
        static const Json empty = Json::array();
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return &empty;
        if (!j->is_array()) {
            problem(path + "/" + key, "expected an array, found " + typeName(*j));
            return &empty;
        }
        return j;
    }

    std::optional<std::size_t> index(const Json& o, const std::string& path, const char* key, std::size_t count,
                                     const char* what)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return std::nullopt;
        return indexValue(*j, path + "/" + key, count, what);
    }

    std::optional<std::size_t> indexValue(const Json& j, const std::string& path, std::size_t count, const char* what)
    {
        if (count == 0) {
            problem(path, std::string("refers to ") + what + " but the account has none");
            return std::nullopt;
        }
        const auto value = integer(j, path, 0, static_cast<std::int64_t>(count) - 1);
        if (!value)
            return std::nullopt;
        return static_cast<std::size_t>(*value);
    }

    // The entity's own rules, reported at path/field; the ids the file does not
    // carry were filled with placeholders and their fields are skipped.
    void validation(const std::vector<FieldError>& errors, const std::string& path)
    {
        for (const auto& e : errors) {
            if (e.field == "account" || e.field == "competitor")
                continue;
            problem(path + "/" + e.field, e.message);
        }
    }

private:
    std::vector<Problem>& m_problems;
};

} // namespace keystone::json
