#include "app/Paths.h"

#include <cstdlib>

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

} // namespace keystone
