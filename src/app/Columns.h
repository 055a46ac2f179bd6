// Named columns over a row type: the one definition that the CLI's lists, the CSV
// exporter and the GUI's "export this list" share, so a column means the same
// thing everywhere. A cell knows whether it is a number, because CSV writers must
// protect text against formula injection but never alter numbers.
#pragma once

#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace keystone {

struct Cell
{
    std::string text;
    bool isNumber = false;
    bool isNull = false; // absent, rather than empty text (JSON writes null)
};

template <typename Row> struct Column
{
    std::string key;         // stable machine name: "ref", "owner_email"
    std::string description; // for `--columns help`
    std::function<Cell(const Row&)> value;
};

// A rectangular result ready for any output format.
struct Table
{
    std::vector<std::string> headers;
    std::vector<std::vector<Cell>> rows;
};

template <typename Row>
Table makeTable(const std::vector<Column<Row>>& columns, const std::vector<Row>& rows)
{
    Table t;
    for (const auto& c : columns)
        t.headers.push_back(c.key);
    t.rows.reserve(rows.size());
    for (const auto& r : rows) {
        std::vector<Cell> cells;
        cells.reserve(columns.size());
        for (const auto& c : columns)
            cells.push_back(c.value(r));
        t.rows.push_back(std::move(cells));
    }
    return t;
}

// Picks columns by key, in the order given; throws std::invalid_argument naming
// an unknown key and listing the known ones.
template <typename Row>
std::vector<Column<Row>> selectColumns(const std::vector<Column<Row>>& all, const std::vector<std::string_view>& keys)
{
    std::vector<Column<Row>> chosen;
    for (auto key : keys) {
        bool found = false;
        for (const auto& c : all) {
            if (c.key == key) {
                chosen.push_back(c);
                found = true;
                break;
            }
        }
        if (!found) {
            std::string known;
            for (const auto& c : all)
                known += (known.empty() ? "" : ", ") + c.key;
            throw std::invalid_argument("unknown column '" + std::string(key) + "'; the columns are: " + known);
        }
    }
    return chosen;
}

} // namespace keystone
