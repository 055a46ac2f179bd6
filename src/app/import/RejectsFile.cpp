#include "app/import/RejectsFile.h"

namespace keystone::imports {

namespace {

csv::WriterOptions rawOptions(char delimiter)
{
    csv::WriterOptions raw;
    raw.protectFormulas = false; // the rows go back unchanged
    raw.delimiter = delimiter;
    return raw;
}

} // namespace

RejectsFile::RejectsFile(const std::filesystem::path& path, char delimiter, const std::vector<std::string>& header)
    : m_file(path), m_writer(m_file.stream(), rawOptions(delimiter))
{
    std::vector<std::string> head{"line", "reason"};
    head.insert(head.end(), header.begin(), header.end());
    m_writer.writeRow(head);
}

void RejectsFile::write(const csv::Record& record, const std::string& reason)
{
    std::vector<std::string> out{std::to_string(record.line), reason};
    out.insert(out.end(), record.fields.begin(), record.fields.end());
    m_writer.writeRow(out);
}

} // namespace keystone::imports
