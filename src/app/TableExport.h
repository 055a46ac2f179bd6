// Writes a Table (any list: accounts, segments, risk ...) as CSV through the
// interchange writer, so the CLI, the GUI's "export this list" and the exporters
// quote, protect and encode identically.
#pragma once

#include "app/Columns.h"
#include "interchange/CsvWriter.h"

#include <filesystem>
#include <ostream>

namespace keystone {

void writeCsv(const Table& table, std::ostream& out, const csv::WriterOptions& options);
// Atomically: a failed export leaves no partial file.
void exportCsv(const Table& table, const std::filesystem::path& file, const csv::WriterOptions& options);

} // namespace keystone
