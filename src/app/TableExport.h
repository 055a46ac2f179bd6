// Writes a Table (any list: accounts, segments, risk ...) as CSV through the
// interchange writer, so the CLI, the GUI's "export this list" and the exporters
// quote, protect and encode identically.
#pragma once

#include "app/Cancel.h"
#include "app/Columns.h"
#include "interchange/CsvWriter.h"

#include <filesystem>
#include <ostream>

namespace keystone {

// `progress`, when given, hears (rows written, rows) every few hundred rows and at
// the end; false stops with Cancelled.
void writeCsv(const Table& table, std::ostream& out, const csv::WriterOptions& options,
              const ProgressCallback& progress = {});
// Atomically: a failed or cancelled export leaves no partial file (and an earlier
// file of that name unchanged).
void exportCsv(const Table& table, const std::filesystem::path& file, const csv::WriterOptions& options,
               const ProgressCallback& progress = {});

} // namespace keystone
