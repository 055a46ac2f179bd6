// One row of an import as its kind reads it: the typed value of a field (dates, money, numbers,
// yes/no, vocabulary keys) and the problems found on the way, each naming the column and the
// line. Inline, because a sale import reads every one of its fields through it on every line.
#pragma once

#include "app/import/ImportColumns.h"
#include "domain/Text.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"
#include "interchange/ValueParsers.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::imports {

// A field as a row reads it: its key, and the index of its column when it was resolved once for the
// whole import (the sale fields, SaleImporter::Columns), so that the per-row path looks nothing up.
// Made from a field's name alone it is resolved in the row's ColumnMap at each access, which is
// what the rarer kinds and the error paths do.
struct Column
{
    static constexpr std::size_t kNone = ~std::size_t{0};           // the import has no column for it
    static constexpr std::size_t kUnresolved = ~std::size_t{0} - 1; // look the key up in the ColumnMap

    constexpr Column(const char* key) : field(key) {}
    constexpr Column(std::string_view key, std::size_t column) : field(key), index(column) {}
    static constexpr Column named(std::string_view key) { return Column(key, kUnresolved); }
    static Column resolve(const ColumnMap& columns, std::string_view key)
    {
        const auto it = columns.find(key);
        return Column(key, it == columns.end() ? kNone : it->second);
    }

    std::string_view field;
    std::size_t index = kUnresolved;
};

class Row
{
public:
    Row(const csv::Record& record, const ColumnMap& columns, const std::vector<std::string>& header,
        const ImportOptions& options)
        : m_record(record), m_columns(columns), m_header(header), m_options(options)
    {
    }

    bool has(const Column& field) const { return indexOf(field) != Column::kNone; }
    std::string_view raw(const Column& field) const
    {
        const std::size_t index = indexOf(field);
        if (index >= m_record.fields.size()) // also kNone
            return {};
        // An export's guard apostrophe is not part of the value (docs/csv.md, "Formula injection").
        return csv::withoutFormulaGuard(m_record.fields[index]);
    }
    std::string_view trimmed(const Column& field) const { return trim(raw(field)); }
    // Multi-line text from a file written on Windows keeps LF line ends, as text does everywhere.
    std::string text(const Column& field) const { return withLfLineEnds(trimmed(field)); }
    // The field's text into `target` when the import has a column for it; else `target` stays.
    void assign(const Column& field, std::string& target) const
    {
        if (has(field))
            target = text(field);
    }

    void problem(const Column& field, std::string reason)
    {
        const std::size_t index = indexOf(field);
        std::string column(index < m_header.size() ? std::string_view(m_header[index]) : field.field);
        m_problems.push_back({m_record.line, std::move(column), std::string(raw(field)), std::move(reason)});
    }
    void problems(const std::vector<FieldError>& errors)
    {
        for (const auto& e : errors) {
            // Entity validation names the entity's field; report it against our column when we have one.
            std::string_view field = e.field;
            if (field == "ref" && has("account"))
                field = "account";
            problem(Column::named(field), e.message);
        }
    }
    void recordProblem(std::string reason)
    {
        m_problems.push_back({m_record.line, "", "", std::move(reason)});
    }

    // The trimmed value, a view into the record (valid while the row is).
    std::string_view required(const Column& field)
    {
        const std::string_view value = trimmed(field);
        if (value.empty())
            problem(field, "a value is required");
        return value;
    }
    std::optional<Date> date(const Column& field)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseDate(value, m_options.dateFormat);
        if (!parsed)
            problem(field, parsed.error);
        return parsed.value;
    }
    std::optional<DateTime> dateTime(const Column& field)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseDateTime(value, m_options.dateFormat);
        if (!parsed)
            problem(field, parsed.error);
        return parsed.value;
    }
    std::optional<Money> money(const Column& field)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseMoney(value, m_options.decimalComma);
        if (!parsed)
            problem(field, parsed.error);
        return parsed.value;
    }
    std::optional<std::int64_t> decimal(const Column& field, int scale)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseDecimal(value, m_options.decimalComma, scale);
        if (!parsed)
            problem(field, parsed.error);
        return parsed.value;
    }
    std::optional<int> integer(const Column& field, int min, int max)
    {
        const auto value = trimmed(field);
        if (value.empty())
            return std::nullopt;
        auto parsed = csv::parseDecimal(value, false, 0);
        if (!parsed || *parsed.value < min || *parsed.value > max) {
            problem(field, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
            return std::nullopt;
        }
        return static_cast<int>(*parsed.value);
    }
    std::optional<bool> boolean(const Column& field)
    {
        const std::string value = foldKey(trim(raw(field)));
        if (value.empty())
            return std::nullopt;
        static const std::set<std::string> yes{"yes", "y", "true", "1", "x", "да", "ja"};
        static const std::set<std::string> no{"no", "n", "false", "0", "нет", "nein"};
        if (yes.count(value))
            return true;
        if (no.count(value))
            return false;
        problem(field, "expected yes or no");
        return std::nullopt;
    }
    template <typename E> std::optional<E> key(const Column& field)
    {
        const std::string value = foldKey(trim(raw(field)));
        if (value.empty())
            return std::nullopt;
        auto parsed = fromKey<E>(value);
        if (!parsed) {
            std::string alt = value;
            for (auto& ch : alt)
                if (ch == ' ' || ch == '-')
                    ch = '_';
            parsed = fromKey<E>(alt);
        }
        if (!parsed)
            problem(field, "expected one of: " + keyList<E>());
        return parsed;
    }

    bool ok() const { return m_problems.empty(); }
    std::vector<ImportProblem>& takeProblems() { return m_problems; }
    std::int64_t line() const { return m_record.line; }

private:
    std::size_t indexOf(const Column& field) const
    {
        if (field.index != Column::kUnresolved)
            return field.index;
        const auto it = m_columns.find(field.field);
        return it == m_columns.end() ? Column::kNone : it->second;
    }

    const csv::Record& m_record;
    const ColumnMap& m_columns;
    const std::vector<std::string>& m_header;
    const ImportOptions& m_options;
    std::vector<ImportProblem> m_problems;
};

// The non-empty trimmed items of a list such as tags ("a, b") or phones ("work: 1; home: 2").
std::vector<std::string> splitItems(std::string_view text, char separator);

} // namespace keystone::imports
