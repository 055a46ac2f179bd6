#include "crypto/Sodium.h"

#include "domain/Errors.h"

#include <sodium.h>

namespace keystone::crypto {

void initSodium()
{
    if (sodium_init() < 0)
        throw Error("cannot start the encryption library (libsodium)");
}

} // namespace keystone::crypto
