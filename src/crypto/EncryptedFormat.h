// The layout of a Keystone encrypted file (docs/safety.md, "Encrypted files"), version 1:
//
//   magic      8 bytes  0x89 'K' 'S' 'E' 'N' 'C' '\r' '\n' (the high byte and the CRLF catch
//                       7-bit and newline-converting copies, as PNG's do)
//   version    1 byte   1
//   kdf        1 byte   2 = Argon2id v1.3 (libsodium's crypto_pwhash_ALG_ARGON2ID13)
//   opslimit   8 bytes  little-endian, Argon2id passes
//   memlimit   8 bytes  little-endian, Argon2id memory in bytes
//   chunk      4 bytes  little-endian, plaintext bytes per chunk (65536)
//   salt      16 bytes  random
//   stream    24 bytes  the secretstream XChaCha20-Poly1305 header (random nonce)
//   chunks              each `chunk` plaintext bytes + 17; the last one holds the rest (1 to
//                       `chunk` bytes, none for empty content);
//                       the last one, and only it, carries TAG_FINAL; nothing follows it.
//
// The 70 header bytes are the additional data of the first chunk, so a changed parameter fails
// to authenticate like a changed byte of content.
#pragma once

#include "crypto/Secret.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace keystone::crypto {

inline constexpr std::array<unsigned char, 8> kMagic{0x89, 'K', 'S', 'E', 'N', 'C', '\r', '\n'};
inline constexpr unsigned char kFormatVersion = 1;
inline constexpr unsigned char kKdfArgon2id13 = 2;
inline constexpr std::uint32_t kChunkSize = 64 * 1024;
inline constexpr std::size_t kHeaderSize = 8 + 1 + 1 + 8 + 8 + 4 + 16 + 24;

// The cost of deriving the key. Interactive (libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE: 2 passes
// over 64 MiB, a fraction of a second) is what Keystone writes.
struct KdfLimits
{
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;
    static KdfLimits interactive();
};

struct FileHeader
{
    unsigned char version = kFormatVersion;
    unsigned char kdf = kKdfArgon2id13;
    KdfLimits limits;
    std::uint32_t chunkSize = kChunkSize;
    std::array<unsigned char, 16> salt{};
    std::array<unsigned char, 24> stream{};

    std::string serialize() const;
};

// Whether `prefix` (the first bytes of a file) starts with the magic.
bool startsWithMagic(std::string_view prefix);

// Reads the header from kHeaderSize bytes; throws DecryptionError naming `name` for a version or
// parameters this Keystone does not know (limits beyond libsodium's "sensitive" ones are refused,
// so a crafted file cannot make the key derivation take the machine's memory).
FileHeader parseHeader(std::string_view bytes, const std::string& name);

// The 32-byte key for the header's salt and limits; throws Error when memory is short.
Secret deriveKey(const Secret& passphrase, const FileHeader& header);

} // namespace keystone::crypto
