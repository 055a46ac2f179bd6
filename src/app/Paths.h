// Where Keystone keeps its data by default.
#pragma once

#include <filesystem>

namespace keystone {

// KEYSTONE_DB when set; else $XDG_DATA_HOME/Keystone/keystone.db, falling back to
// ~/.local/share/Keystone/keystone.db as the XDG base directory rules say.
std::filesystem::path defaultDatabasePath();

} // namespace keystone
