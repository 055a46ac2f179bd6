// The rejects file of an import with skipInvalid: every rejected row unchanged, after its line and
// the reason, written atomically (it appears only when the import is committed with rejects).
#pragma once

#include "interchange/AtomicFile.h"
#include "interchange/CsvReader.h"
#include "interchange/CsvWriter.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace keystone::imports {

class RejectsFile
{
public:
    RejectsFile(const std::filesystem::path& path, char delimiter, const std::vector<std::string>& header);

    void write(const csv::Record& record, const std::string& reason);
    // Renames the file into place; until then (and if never) the path is untouched.
    void commit() { m_file.commit(); }

private:
    AtomicFile m_file;
    csv::CsvWriter m_writer;
};

} // namespace keystone::imports
