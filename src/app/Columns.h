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

// Where rows go as they are produced: a Table (TableSink), or straight into a file (CsvSink,
// app/TableExport.h), so that an export need not hold every row at once. The headers come
// first, once; a row's cells are only valid during the call.
class RowSink
{
public:
    virtual ~RowSink() = default;
    virtual void headers(const std::vector<std::string>& headers) = 0;
    virtual void row(const std::vector<Cell>& cells) = 0;
};

class TableSink final : public RowSink
{
public:
    void headers(const std::vector<std::string>& headers) override { m_table.headers = headers; }
    void row(const std::vector<Cell>& cells) override { m_table.rows.push_back(cells); }
    Table& table() { return m_table; }

private:
    Table m_table;
};

// Writes rows of the chosen columns into a sink, through one buffer of cells reused row after row.
template <typename Row> class ColumnWriter
{
public:
    // Sends the headers.
    ColumnWriter(const std::vector<Column<Row>>& columns, RowSink& sink) : m_columns(columns), m_sink(sink)
    {
        std::vector<std::string> headers;
        headers.reserve(columns.size());
        for (const auto& c : columns)
            headers.push_back(c.key);
        m_sink.headers(headers);
        m_cells.resize(columns.size());
    }
    void write(const Row& row)
    {
        for (std::size_t i = 0; i < m_columns.size(); ++i)
            m_cells[i] = m_columns[i].value(row);
        m_sink.row(m_cells);
    }

private:
    const std::vector<Column<Row>>& m_columns;
    RowSink& m_sink;
    std::vector<Cell> m_cells;
};

template <typename Row>
Table makeTable(const std::vector<Column<Row>>& columns, const std::vector<Row>& rows)
{
    TableSink sink;
    sink.table().rows.reserve(rows.size());
    ColumnWriter<Row> writer(columns, sink);
    for (const auto& r : rows)
        writer.write(r);
    return std::move(sink.table());
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
