// Files are written atomically: the content goes to a temporary file beside the
// target, is flushed to disk, and only then renamed over the target. A failure at
// any point leaves the old file (or no file) and never a partial one.
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>

namespace keystone {

class AtomicFile
{
public:
    explicit AtomicFile(std::filesystem::path target);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    // Removes the temporary file unless commit() succeeded.
    ~AtomicFile();

    std::ostream& stream() { return m_stream; }
    // Flushes, syncs and renames over the target; throws keystone::Error naming the file.
    void commit();

    const std::filesystem::path& target() const { return m_target; }

private:
    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    std::ofstream m_stream;
    bool m_committed = false;
};

// Writes the file through `write`; if `write` throws, nothing is left behind.
void writeFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write);

} // namespace keystone
