// The files storage makes are private to the user whatever the umask (issue 19): the
// database is created 0600 (SQLite gives its -wal, -shm and journals the database's mode),
// backups and restore copies are made through an exclusive 0600 temporary file beside
// their target, never through a symlink an attacker planted there.
#pragma once

#include <filesystem>

namespace keystone {

// Creates `path` empty with mode 0600; throws DatabaseError when it exists or cannot be made.
void createPrivateFile(const std::filesystem::path& path);

// Creates a new empty 0600 file named after `target` in its folder (".NAME.XXXXXX" + suffix),
// exclusively, and returns its name. Throws DatabaseError naming the folder.
std::filesystem::path createPrivateTemporary(const std::filesystem::path& target, const char* suffix);

// Flushes a folder's entries (a rename, a new file) to disk where the file system allows it.
void syncFolder(const std::filesystem::path& folder);

// Whether the process may create files in the folder that holds `path` (true when it is missing).
bool folderIsWritable(const std::filesystem::path& path);

} // namespace keystone
