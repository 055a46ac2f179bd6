// A file the faces write (exports, printed reports, summaries, `-o FILE`): the content goes to a
// temporary file beside the target and replaces it only on commit(), so a failure never leaves a
// partial file. A target that is not a regular file (a FIFO, /dev/null, /dev/stdout) is written in
// place instead; open it once only, since a FIFO's reader sees each open as a whole document. A new
// file is private (0600); a replaced one keeps its mode. The faces reach interchange/AtomicFile,
// which does the work, through this.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>

namespace keystone {

class AtomicFile;

class OutputFile
{
public:
    // Opens the temporary file now, so a bad target is reported (Error naming it) before any work.
    explicit OutputFile(std::filesystem::path target);
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;
    // Removes the temporary file unless commit() succeeded.
    ~OutputFile();

    std::ostream& stream();
    // Flushes, syncs and renames over the target; throws Error naming the file.
    void commit();

private:
    std::unique_ptr<AtomicFile> m_file;
};

// Writes the file through `write`; if `write` throws, nothing is left behind.
void writeOutputFile(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

} // namespace keystone
