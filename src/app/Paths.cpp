#include "app/Paths.h"

#include <cerrno>
#include <cstdlib>
#include <sys/stat.h>
#include <system_error>

namespace keystone {

std::filesystem::path defaultDatabasePath()
{
    if (const char* db = std::getenv("KEYSTONE_DB"); db && *db)
        return db;
    std::filesystem::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg && std::filesystem::path(xdg).is_absolute())
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::filesystem::path(home) / ".local" / "share";
    else
        base = std::filesystem::current_path();
    return base / "Keystone" / "keystone.db";
}

void createPrivateDirectories(const std::filesystem::path& folder)
{
    if (folder.empty() || std::filesystem::is_directory(folder))
        return;
    createPrivateDirectories(folder.parent_path() == folder ? std::filesystem::path() : folder.parent_path());
    // mkdir's mode is masked by the umask; chmod is not. A folder made meanwhile is fine.
    if (::mkdir(folder.c_str(), 0700) != 0) {
        if (errno == EEXIST && std::filesystem::is_directory(folder))
            return;
        throw std::filesystem::filesystem_error("cannot create the folder", folder,
                                                std::error_code(errno, std::generic_category()));
    }
    ::chmod(folder.c_str(), 0700);
}

} // namespace keystone
