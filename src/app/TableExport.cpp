#include "app/TableExport.h"

#include "interchange/AtomicFile.h"

namespace keystone {

void writeCsv(const Table& table, std::ostream& out, const csv::WriterOptions& options)
{
    csv::CsvWriter writer(out, options);
    writer.writeRow(table.headers);
    // The fields are assigned in place row after row, so their strings keep their capacity:
    // a new string per cell was an allocation per cell.
    std::vector<csv::Field> fields;
    for (const auto& row : table.rows) {
        fields.resize(row.size());
        for (std::size_t i = 0; i < row.size(); ++i) {
            fields[i].text.assign(row[i].text);
            fields[i].isNumber = row[i].isNumber;
        }
        writer.writeRow(fields);
    }
}

void exportCsv(const Table& table, const std::filesystem::path& file, const csv::WriterOptions& options)
{
    writeFileAtomically(file, [&](std::ostream& out) { writeCsv(table, out, options); });
}

} // namespace keystone
