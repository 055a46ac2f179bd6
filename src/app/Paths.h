// Where Keystone keeps its data by default.
#pragma once

#include <filesystem>

namespace keystone {

// KEYSTONE_DB when set; else $XDG_DATA_HOME/Keystone/keystone.db, falling back to
// ~/.local/share/Keystone/keystone.db as the XDG base directory rules say.
std::filesystem::path defaultDatabasePath();

// Creates the folders of `folder` that are missing, each 0700 whatever the umask, so that the
// data directory is the user's alone (docs/safety.md). Folders that exist are left as they are.
void createPrivateDirectories(const std::filesystem::path& folder);

} // namespace keystone
