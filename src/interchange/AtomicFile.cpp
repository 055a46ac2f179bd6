#include "interchange/AtomicFile.h"

#include "domain/Errors.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace keystone {

namespace {

std::string systemError(int code) { return std::strerror(code); }

// The temporary name is unique per process and per object so that two exports to
// the same directory never share one.
std::filesystem::path temporaryBeside(const std::filesystem::path& target)
{
    static int counter = 0;
    // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) about "literal" + std::string.
    std::string name = ".";
    name += target.filename().string();
    name += ".tmp-";
    name += std::to_string(::getpid());
    name += '-';
    name += std::to_string(++counter);
    return target.parent_path() / name;
}

void syncFile(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw Error("cannot reopen " + path.string() + " to sync it: " + systemError(errno));
    const int rc = ::fsync(fd);
    const int code = errno;
    ::close(fd);
    if (rc != 0)
        throw Error("cannot write " + path.string() + " to disk: " + systemError(code));
}

void syncDirectory(const std::filesystem::path& dir)
{
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return; // not every file system lets a directory be opened; the rename itself is still atomic
    ::fsync(fd);
    ::close(fd);
}

} // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : m_target(std::move(target))
    , m_temporary(temporaryBeside(m_target))
{
    if (std::filesystem::is_directory(m_target))
        throw Error("cannot write " + m_target.string() + ": it is a directory");
    m_stream.open(m_temporary, std::ios::binary | std::ios::trunc);
    if (!m_stream)
        throw Error("cannot create a file in " +
                    (m_target.parent_path().empty() ? std::string(".") : m_target.parent_path().string()) + ": " +
                    systemError(errno));
}

AtomicFile::~AtomicFile()
{
    if (!m_committed) {
        m_stream.close();
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void AtomicFile::commit()
{
    m_stream.flush();
    if (!m_stream)
        throw Error("cannot write " + m_target.string() + " (disk full or not writable?)");
    m_stream.close();
    if (m_stream.fail())
        throw Error("cannot write " + m_target.string() + " (closing the file failed)");
    syncFile(m_temporary);
    std::error_code error;
    std::filesystem::rename(m_temporary, m_target, error);
    if (error)
        throw Error("cannot replace " + m_target.string() + ": " + error.message());
    m_committed = true;
    syncDirectory(m_target.parent_path());
}

void writeFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write)
{
    AtomicFile file(target);
    write(file.stream());
    file.commit();
}

} // namespace keystone
