#include "cli/Output.h"

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <charconv>

namespace keystone::cli {

std::size_t displayWidth(std::string_view utf8)
{
    std::size_t width = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            ++width;
            continue;
        }
        const auto category = u_charType(c);
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
            continue;
        const auto eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return width;
}

void printAligned(const Table& table, std::ostream& out)
{
    std::vector<std::size_t> widths;
    for (const auto& h : table.headers)
        widths.push_back(displayWidth(h));
    for (const auto& row : table.rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i].text));
    auto printRow = [&](const std::vector<std::string>& cells, const std::vector<bool>& numeric) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::size_t pad = widths[i] - displayWidth(cells[i]);
            const bool last = i + 1 == cells.size();
            if (numeric[i])
                line += std::string(pad, ' ') + cells[i];
            else
                line += cells[i] + (last ? "" : std::string(pad, ' '));
            if (!last)
                line += "  ";
        }
        out << line << '\n';
    };
    std::vector<bool> numeric(table.headers.size(), false);
    printRow(table.headers, numeric);
    for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (std::size_t i = 0; i < row.size(); ++i) {
            cells.push_back(row[i].text);
            numeric[i] = row[i].isNumber;
        }
        printRow(cells, numeric);
    }
}

void printJson(const Table& table, std::ostream& out)
{
    auto array = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < row.size() && i < table.headers.size(); ++i) {
            const Cell& c = row[i];
            long long n = 0;
            const auto [end, ec] = std::from_chars(c.text.data(), c.text.data() + c.text.size(), n);
            if (c.isNull)
                object[table.headers[i]] = nullptr;
            else if (c.isNumber && ec == std::errc() && end == c.text.data() + c.text.size())
                object[table.headers[i]] = n;
            else
                object[table.headers[i]] = c.text;
        }
        array.push_back(std::move(object));
    }
    out << array.dump(2) << '\n';
}

} // namespace keystone::cli
