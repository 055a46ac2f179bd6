#include "app/TableExport.h"

#include "interchange/AtomicFile.h"

namespace keystone {

void writeCsv(const Table& table, std::ostream& out, const csv::WriterOptions& options,
              const ProgressCallback& progress)
{
    const auto rows = static_cast<std::uint64_t>(table.rows.size());
    const auto report = [&](std::uint64_t done) {
        if (progress && !progress(done, rows))
            throw Cancelled("the export was cancelled; no file was written");
    };
    csv::CsvWriter writer(out, options);
    writer.writeRow(table.headers);
    // The fields are assigned in place row after row, so their strings keep their capacity:
    // a new string per cell was an allocation per cell.
    std::vector<csv::Field> fields;
    std::uint64_t written = 0;
    for (const auto& row : table.rows) {
        fields.resize(row.size());
        for (std::size_t i = 0; i < row.size(); ++i) {
            fields[i].text.assign(row[i].text);
            fields[i].isNumber = row[i].isNumber;
        }
        writer.writeRow(fields);
        if (++written % 64 == 0)
            report(written);
    }
    report(written);
}

void exportCsv(const Table& table, const std::filesystem::path& file, const csv::WriterOptions& options,
               const ProgressCallback& progress)
{
    writeFileAtomically(file, [&](std::ostream& out) { writeCsv(table, out, options, progress); });
}

} // namespace keystone
