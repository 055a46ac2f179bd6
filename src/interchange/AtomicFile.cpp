#include "interchange/AtomicFile.h"

#include "domain/Errors.h"
#include "interchange/FdStreamBuf.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace keystone {

namespace {

std::string systemError(int code)
{
    return std::strerror(code);
}

std::string folderOf(const std::filesystem::path& target)
{
    return target.parent_path().empty() ? std::string(".") : target.parent_path().string();
}

// The descriptor a name like /dev/stdout or /proc/self/fd/3 stands for, or -1. Those are
// written through a copy of the descriptor: opening the name again would start at offset 0
// (over what a `>>` redirection appends to) and truncating it would empty the file.
int inheritedDescriptor(const std::filesystem::path& target)
{
    const std::string name = target.string();
    if (name == "/dev/stdout")
        return STDOUT_FILENO;
    if (name == "/dev/stderr")
        return STDERR_FILENO;
    for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (name.rfind(prefix, 0) != 0)
            continue;
        int fd = -1;
        const char* first = name.data() + prefix.size();
        const char* last = name.data() + name.size();
        const auto [end, ec] = std::from_chars(first, last, fd);
        if (ec == std::errc() && end == last && first != last)
            return fd;
    }
    return -1;
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

AtomicFile::AtomicFile(std::filesystem::path target) : m_target(std::move(target)), m_stream(nullptr)
{
    if (const int inherited = inheritedDescriptor(m_target); inherited >= 0) {
        m_fd = ::fcntl(inherited, F_DUPFD_CLOEXEC, 0);
        if (m_fd < 0)
            throw Error("cannot write " + m_target.string() + ": " + systemError(errno));
    } else {
        // stat, not lstat: a link is judged by what it names (a link to /dev/null is a device).
        struct stat st
        {
        };
        const bool exists = ::stat(m_target.c_str(), &st) == 0;
        if (exists && S_ISDIR(st.st_mode))
            throw Error("cannot write " + m_target.string() + ": it is a directory");
        if (exists && !S_ISREG(st.st_mode)) {
            m_fd = ::open(m_target.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
            if (m_fd < 0)
                throw Error("cannot write " + m_target.string() + ": " + systemError(errno));
        } else {
            // A link to a regular file: the file it names is replaced and the link stays.
            std::error_code ignored;
            m_replaced = exists && std::filesystem::is_symlink(m_target, ignored)
                             ? std::filesystem::canonical(m_target, ignored)
                             : m_target;
            if (m_replaced.empty())
                m_replaced = m_target;
            std::string pattern = (m_replaced.parent_path() / ".").string();
            pattern += m_replaced.filename().string();
            pattern += ".tmp-XXXXXX";
            m_fd = ::mkostemp(pattern.data(), O_CLOEXEC);
            if (m_fd < 0)
                throw Error("cannot create a file in " + folderOf(m_replaced) + ": " + systemError(errno));
            m_temporary = pattern;
            if (exists) {
                // The replacement keeps the mode (and, where we may set it, the owner) of what it replaces.
                ::fchmod(m_fd, st.st_mode & 07777);
                if (st.st_uid != ::geteuid() || st.st_gid != ::getegid()) {
                    const int kept = ::fchown(m_fd, st.st_uid, st.st_gid);
                    static_cast<void>(kept); // only root may give a file away; ours is then the user's
                }
            }
        }
    }
    m_buffer = std::make_unique<FdStreamBuf>(m_fd);
    m_stream.rdbuf(m_buffer.get());
}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_temporary.empty()) {
        std::error_code ignored;
        std::filesystem::remove(m_temporary, ignored);
    }
}

void AtomicFile::commit()
{
    m_stream.flush();
    if (!m_stream || m_buffer->error() != 0)
        throw Error(
            "cannot write " + m_target.string() + ": " +
            (m_buffer->error() != 0 ? systemError(m_buffer->error()) : std::string("the write failed")));
    if (m_temporary.empty()) {
        // In place: a FIFO or a device has nothing to sync or rename, and a regular file
        // behind an inherited descriptor (stdout redirected) belongs to whoever opened it.
        const int fd = m_fd;
        m_fd = -1;
        if (::close(fd) != 0 && errno != EINTR)
            throw Error("cannot write " + m_target.string() + ": " + systemError(errno));
        m_committed = true;
        return;
    }
    if (::fsync(m_fd) != 0)
        throw Error("cannot write " + m_target.string() + " to disk: " + systemError(errno));
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        throw Error("cannot write " + m_target.string() +
                    " (closing the file failed): " + systemError(errno));
    std::error_code error;
    std::filesystem::rename(m_temporary, m_replaced, error);
    if (error)
        throw Error("cannot replace " + m_target.string() + ": " + error.message());
    m_committed = true;
    syncDirectory(m_replaced.parent_path());
}

void writeFileAtomically(const std::filesystem::path& target, const std::function<void(std::ostream&)>& write)
{
    AtomicFile file(target);
    write(file.stream());
    file.commit();
}

} // namespace keystone
