// keystone-cli: the command-line face of Keystone over the app layer.
#pragma once

#include "domain/Date.h"

#include <ostream>
#include <string>
#include <vector>

namespace keystone::cli {

// Runs one command line (without the program name). Returns the exit code:
// 0 success, 1 a user or data error (one clear message on `err`), 2 bad usage.
int run(const std::vector<std::string>& arguments, std::ostream& out, std::ostream& err, const Clock& clock);

} // namespace keystone::cli
