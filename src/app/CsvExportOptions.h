// How a CSV export is written, as the faces choose it: delimiter, byte order mark, formula
// protection and decimal mark. The faces name it here, in app, and never reach the writer
// (interchange/CsvWriter) itself; the list exports (TableExport) take it as it is.
#pragma once

#include "interchange/CsvWriter.h"

#include <string_view>

namespace keystone {

using CsvExportOptions = csv::WriterOptions;

// The delimiter and decimal mark Excel expects for a locale ("ru_RU", "de_DE.UTF-8", "en_US").
inline CsvExportOptions csvExportProfile(std::string_view locale) { return csv::excelProfile(locale); }

} // namespace keystone
