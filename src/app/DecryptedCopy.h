// An encrypted input decrypted whole into a private (0600) temporary file, for the readers that
// stream from a file (the CSV imports) and for restore: the copy exists only while this does, and
// is complete and authenticated by the time the constructor returns, so nothing is read from a
// file that turns out to be damaged.
#pragma once

#include "app/Encryption.h"

#include <filesystem>

namespace keystone {

class DecryptedCopy
{
public:
    // Decrypts `file` into a new temporary file in the folder of `beside`. Throws
    // crypto::DecryptionError (naming `file`) or Error, leaving no file behind.
    DecryptedCopy(const std::filesystem::path& file, const Passphrase& passphrase,
                  const std::filesystem::path& beside);
    DecryptedCopy(const DecryptedCopy&) = delete;
    DecryptedCopy& operator=(const DecryptedCopy&) = delete;
    ~DecryptedCopy();

    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

} // namespace keystone
