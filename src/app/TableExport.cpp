#include "app/TableExport.h"

#include "interchange/AtomicFile.h"

namespace keystone {

CsvSink::CsvSink(std::ostream& out, const CsvExportOptions& options, ProgressCallback progress,
                 std::uint64_t rows)
    : m_writer(out, options), m_progress(std::move(progress)), m_rows(rows)
{
}

void CsvSink::headers(const std::vector<std::string>& headers) { m_writer.writeRow(headers); }

void CsvSink::row(const std::vector<Cell>& cells)
{
    m_fields.resize(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        m_fields[i].text.assign(cells[i].text);
        m_fields[i].isNumber = cells[i].isNumber;
    }
    m_writer.writeRow(m_fields);
    if (++m_written % 64 == 0)
        report();
}

void CsvSink::finish() { report(); }

void CsvSink::report()
{
    if (m_progress && !m_progress(m_written, m_rows))
        throw Cancelled("the export was cancelled; no file was written");
}

void writeCsv(const Table& table, std::ostream& out, const CsvExportOptions& options,
              const ProgressCallback& progress)
{
    CsvSink sink(out, options, progress, static_cast<std::uint64_t>(table.rows.size()));
    sink.headers(table.headers);
    for (const auto& row : table.rows)
        sink.row(row);
    sink.finish();
}

void exportCsv(const Table& table, const std::filesystem::path& file, const CsvExportOptions& options,
               const ProgressCallback& progress)
{
    writeFileAtomically(file, [&](std::ostream& out) { writeCsv(table, out, options, progress); });
}

} // namespace keystone
