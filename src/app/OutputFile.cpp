#include "app/OutputFile.h"

#include "interchange/AtomicFile.h"

namespace keystone {

OutputFile::OutputFile(std::filesystem::path target) : m_file(std::make_unique<AtomicFile>(std::move(target))) {}

OutputFile::~OutputFile() = default;

std::ostream& OutputFile::stream() { return m_file->stream(); }

void OutputFile::commit() { m_file->commit(); }

void writeOutputFile(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write)
{
    writeFileAtomically(target, write);
}

} // namespace keystone
