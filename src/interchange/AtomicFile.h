// Files are written atomically: the content goes to a temporary file beside the
// target, is flushed to disk, and only then renamed over the target. A failure at
// any point leaves the old file (or no file) and never a partial one.
//
// Only a regular file or a new name is replaced that way. Anything else the name
// stands for (a FIFO, a device such as /dev/null, a terminal, /dev/stdout) is opened
// and written in place: renaming over it would replace the device itself. A symbolic
// link is followed to what it names. The temporary file is created exclusively
// (mkstemp: O_CREAT|O_EXCL, so never through a symlink) with mode 0600; a replaced
// file keeps its mode, and a new one stays private to the user (docs/safety.md).
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>

namespace keystone {

class FdStreamBuf;

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
    // True when the target is written in place (not a regular file: a FIFO, a device).
    bool writesInPlace() const { return m_temporary.empty(); }

private:
    std::filesystem::path m_target;
    std::filesystem::path m_replaced;  // the regular file the rename replaces (a link's target)
    std::filesystem::path m_temporary; // empty when written in place
    int m_fd = -1;
    std::unique_ptr<FdStreamBuf> m_buffer;
    std::ostream m_stream;
    bool m_committed = false;
};

// Writes the file through `write`; if `write` throws, nothing is left behind.
void writeFileAtomically(const std::filesystem::path& target,
                         const std::function<void(std::ostream&)>& write);

} // namespace keystone
