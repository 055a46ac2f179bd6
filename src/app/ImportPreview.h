// What the import dialog shows of a file before it is mapped: the header, the first row as an
// example, and how the file was read (encoding, delimiter, the header's line).
#pragma once

#include "interchange/CsvReader.h"

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace keystone {

struct ImportPreview
{
    std::vector<std::string> header;
    std::vector<std::string> firstRow; // empty when there is none or it cannot be read
    csv::Encoding encoding = csv::Encoding::Utf8;
    char delimiter = ',';
    std::int64_t headerLine = 1;
};

// Throws csv::CsvError when the header itself cannot be read; a bad first row is only left out
// (the import's check reports it with its line).
ImportPreview previewImport(std::istream& in, const std::string& name, const csv::ReaderOptions& options);

} // namespace keystone
