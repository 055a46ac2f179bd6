// libsodium is initialised once, before its first use (sodium_init is safe to call again, and
// from several threads).
#pragma once

namespace keystone::crypto {

// Throws keystone::Error when libsodium cannot start (no source of randomness).
void initSodium();

} // namespace keystone::crypto
