// Reading an input file whole, for the formats whose readers take text (JSON dossiers, vCards).
#pragma once

#include <filesystem>
#include <string>

namespace keystone {

// The whole content of a file; throws Error naming the file when it cannot be read.
std::string readWholeFile(const std::filesystem::path& path);

} // namespace keystone
