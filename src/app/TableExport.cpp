#include "app/TableExport.h"

#include "interchange/AtomicFile.h"

namespace keystone {

void writeCsv(const Table& table, std::ostream& out, const csv::WriterOptions& options)
{
    csv::CsvWriter writer(out, options);
    writer.writeRow(table.headers);
    std::vector<csv::Field> fields;
    for (const auto& row : table.rows) {
        fields.clear();
        for (const auto& cell : row)
            fields.push_back({cell.text, cell.isNumber});
        writer.writeRow(fields);
    }
}

void exportCsv(const Table& table, const std::filesystem::path& file, const csv::WriterOptions& options)
{
    writeFileAtomically(file, [&](std::ostream& out) { writeCsv(table, out, options); });
}

} // namespace keystone
