#include "crypto/EncryptedFormat.h"

#include "crypto/DecryptionError.h"
#include "crypto/Sodium.h"

#include <algorithm>
#include <sodium.h>

namespace keystone::crypto {

namespace {

void putLittle(std::string& out, std::uint64_t value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::uint64_t getLittle(std::string_view in, std::size_t at, int bytes)
{
    std::uint64_t value = 0;
    for (int i = bytes - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(in[at + static_cast<std::size_t>(i)]);
    return value;
}

} // namespace

KdfLimits KdfLimits::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

std::string FileHeader::serialize() const
{
    std::string out(kMagic.begin(), kMagic.end());
    out.push_back(static_cast<char>(version));
    out.push_back(static_cast<char>(kdf));
    putLittle(out, limits.opslimit, 8);
    putLittle(out, limits.memlimit, 8);
    putLittle(out, chunkSize, 4);
    out.append(salt.begin(), salt.end());
    out.append(stream.begin(), stream.end());
    return out;
}

bool startsWithMagic(std::string_view prefix)
{
    return prefix.size() >= kMagic.size() &&
           std::equal(kMagic.begin(), kMagic.end(), prefix.begin(),
                      [](unsigned char m, char c) { return m == static_cast<unsigned char>(c); });
}

FileHeader parseHeader(std::string_view bytes, const std::string& name)
{
    using Reason = DecryptionError::Reason;
    if (bytes.size() < kHeaderSize || !startsWithMagic(bytes))
        throw DecryptionError(startsWithMagic(bytes) ? Reason::Truncated : Reason::WrongPassphrase,
                              startsWithMagic(bytes)
                                  ? name + " is truncated: it ends inside the encryption header"
                                  : "wrong passphrase or not a Keystone encrypted file: " + name);
    FileHeader h;
    h.version = static_cast<unsigned char>(bytes[8]);
    if (h.version != kFormatVersion)
        throw DecryptionError(Reason::Unsupported,
                              name + " is encrypted in format version " + std::to_string(h.version) +
                                  ", which a newer Keystone wrote; this one reads version 1");
    h.kdf = static_cast<unsigned char>(bytes[9]);
    h.limits.opslimit = getLittle(bytes, 10, 8);
    h.limits.memlimit = getLittle(bytes, 18, 8);
    h.chunkSize = static_cast<std::uint32_t>(getLittle(bytes, 26, 4));
    std::copy_n(bytes.begin() + 30, h.salt.size(), h.salt.begin());
    std::copy_n(bytes.begin() + 46, h.stream.size(), h.stream.begin());
    if (h.kdf != kKdfArgon2id13 || h.limits.opslimit < crypto_pwhash_OPSLIMIT_MIN ||
        h.limits.opslimit > crypto_pwhash_OPSLIMIT_SENSITIVE ||
        h.limits.memlimit < crypto_pwhash_MEMLIMIT_MIN ||
        h.limits.memlimit > crypto_pwhash_MEMLIMIT_SENSITIVE || h.chunkSize == 0 ||
        h.chunkSize > 16 * 1024 * 1024)
        throw DecryptionError(Reason::Unsupported,
                              name + ": the encryption header names a key derivation or chunk size this "
                                     "Keystone does not use (the file is damaged or not Keystone's)");
    return h;
}

Secret deriveKey(const Secret& passphrase, const FileHeader& header)
{
    initSodium();
    Secret key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    for (std::size_t i = 0; i < key.capacity(); ++i)
        key.push(0);
    if (crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(passphrase.data()),
                      passphrase.size(), header.salt.data(), header.limits.opslimit,
                      static_cast<std::size_t>(header.limits.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw Error("not enough memory to derive the encryption key (Argon2id needs " +
                    std::to_string(header.limits.memlimit / (1024 * 1024)) + " MiB)");
    return key;
}

} // namespace keystone::crypto
