// Reading a Keystone encrypted file (EncryptedFormat.h) back: every chunk is authenticated in
// order, and only a stream that ends with its final chunk and nothing after it is whole.
#pragma once

#include "crypto/Secret.h"

#include <istream>
#include <ostream>
#include <string>

namespace keystone::crypto {

// Decrypts `in` onto `out`. `name` (the file) is what the messages name. Throws DecryptionError:
// WrongPassphrase when the first chunk does not authenticate, Damaged or Truncated after it. The
// plaintext already written to `out` is then not to be used: callers write to memory or to a
// temporary file and act only when this returns.
void decryptStream(std::istream& in, const std::string& name, const Secret& passphrase, std::ostream& out);

} // namespace keystone::crypto
