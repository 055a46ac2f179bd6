// Stopping a long use case (an import, an export) from its progress callback.
//
// A progress callback returns true to go on and false to stop. The use case then
// throws Cancelled before anything is committed: an import's transaction rolls
// back, an export's temporary file is removed, so a cancelled operation leaves the
// database and the file system as they were.
#pragma once

#include "domain/Errors.h"

#include <cstdint>
#include <functional>

namespace keystone {

class Cancelled : public Error
{
public:
    using Error::Error;
};

// Work done so far and the whole, in the operation's own unit (bytes read, rows written).
using ProgressCallback = std::function<bool(std::uint64_t done, std::uint64_t total)>;

} // namespace keystone
