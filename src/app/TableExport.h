// Writes a Table (any list: accounts, segments, risk ...) as CSV through the
// interchange writer, so the CLI, the GUI's "export this list" and the exporters
// quote, protect and encode identically.
#pragma once

#include "app/Cancel.h"
#include "app/Columns.h"
#include "app/CsvExportOptions.h"
#include "interchange/CsvWriter.h"

#include <cstdint>
#include <filesystem>
#include <ostream>

namespace keystone {

// Rows written as CSV as they come. `progress`, when given, hears (rows written, `rows`) every
// few hundred rows and at finish(); false stops with Cancelled. Without a count of the rows
// (a stream), `rows` is 0.
class CsvSink final : public RowSink
{
public:
    CsvSink(std::ostream& out, const CsvExportOptions& options, ProgressCallback progress = {},
            std::uint64_t rows = 0);
    void headers(const std::vector<std::string>& headers) override;
    void row(const std::vector<Cell>& cells) override;
    // The last progress report.
    void finish();
    std::uint64_t rowsWritten() const { return m_written; }

private:
    void report();

    csv::CsvWriter m_writer;
    ProgressCallback m_progress;
    std::uint64_t m_rows;
    std::uint64_t m_written = 0;
    // The fields are assigned in place row after row, so their strings keep their capacity:
    // a new string per cell was an allocation per cell.
    std::vector<csv::Field> m_fields;
};

// `progress`, when given, hears (rows written, rows) every few hundred rows and at
// the end; false stops with Cancelled.
void writeCsv(const Table& table, std::ostream& out, const CsvExportOptions& options,
              const ProgressCallback& progress = {});
// Atomically: a failed or cancelled export leaves no partial file (and an earlier
// file of that name unchanged).
void exportCsv(const Table& table, const std::filesystem::path& file, const CsvExportOptions& options,
               const ProgressCallback& progress = {});

} // namespace keystone
