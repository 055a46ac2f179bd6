#include "storage/PrivateFiles.h"

#include "storage/DatabaseError.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

namespace keystone {

namespace {

std::string folderName(const std::filesystem::path& path)
{
    return path.parent_path().empty() ? std::string(".") : path.parent_path().string();
}

} // namespace

void createPrivateFile(const std::filesystem::path& path)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0)
        throw DatabaseError(DatabaseError::Reason::CannotOpen,
                            path.string() + ": cannot create the database: " + std::strerror(errno));
    ::close(fd);
}

std::filesystem::path createPrivateTemporary(const std::filesystem::path& target, const char* suffix)
{
    std::string pattern = (target.parent_path() / ".").string();
    pattern += target.filename().string();
    pattern += ".XXXXXX";
    const int suffixLength = static_cast<int>(std::strlen(suffix));
    pattern += suffix;
    // mkostemps: O_CREAT|O_EXCL with mode 0600, so an existing name (or a planted symlink) fails.
    const int fd = ::mkostemps(pattern.data(), suffixLength, O_CLOEXEC);
    if (fd < 0)
        throw DatabaseError(errno == ENOSPC ? DatabaseError::Reason::Full : DatabaseError::Reason::CannotOpen,
                            "cannot create a file in " + folderName(target) + ": " + std::strerror(errno));
    ::close(fd);
    return pattern;
}

void syncFolder(const std::filesystem::path& folder)
{
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return; // not every file system lets a folder be opened; the rename itself is still atomic
    ::fsync(fd);
    ::close(fd);
}

bool folderIsWritable(const std::filesystem::path& path)
{
    const std::string folder = folderName(path);
    // A folder that does not exist is not "read-only": opening the file reports it.
    return ::access(folder.c_str(), W_OK) == 0 || errno == ENOENT;
}

} // namespace keystone
