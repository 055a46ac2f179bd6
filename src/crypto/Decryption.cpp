#include "crypto/Decryption.h"

#include "crypto/DecryptionError.h"
#include "crypto/EncryptedFormat.h"

#include <sodium.h>
#include <vector>

namespace keystone::crypto {

namespace {

// Reads up to `size` bytes, as many as the stream has.
std::size_t readUpTo(std::istream& in, unsigned char* into, std::size_t size)
{
    in.read(reinterpret_cast<char*>(into), static_cast<std::streamsize>(size));
    return static_cast<std::size_t>(in.gcount());
}

struct PullState
{
    crypto_secretstream_xchacha20poly1305_state stream{};
    ~PullState() { sodium_memzero(&stream, sizeof stream); }
};

} // namespace

void decryptStream(std::istream& in, const std::string& name, const Secret& passphrase, std::ostream& out)
{
    using Reason = DecryptionError::Reason;
    std::string headerBytes(kHeaderSize, '\0');
    headerBytes.resize(readUpTo(in, reinterpret_cast<unsigned char*>(headerBytes.data()), kHeaderSize));
    const FileHeader header = parseHeader(headerBytes, name);

    PullState state;
    {
        const Secret key = deriveKey(passphrase, header);
        if (crypto_secretstream_xchacha20poly1305_init_pull(&state.stream, header.stream.data(),
                                                            key.data()) != 0)
            throw DecryptionError(Reason::WrongPassphrase,
                                  "wrong passphrase or not a Keystone encrypted file: " + name);
    }
    std::vector<unsigned char> cipher(header.chunkSize + crypto_secretstream_xchacha20poly1305_ABYTES);
    std::vector<unsigned char> plain(header.chunkSize);
    for (std::uint64_t chunk = 1;; ++chunk) {
        const std::size_t length = readUpTo(in, cipher.data(), cipher.size());
        if (length == 0 && chunk > 1)
            throw DecryptionError(Reason::Truncated, name + " is truncated: it ends after chunk " +
                                                         std::to_string(chunk - 1) +
                                                         " without the final one (an interrupted copy?)");
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        const bool first = chunk == 1;
        const auto* ad = reinterpret_cast<const unsigned char*>(headerBytes.data());
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES ||
            crypto_secretstream_xchacha20poly1305_pull(&state.stream, plain.data(), &plainLength, &tag,
                                                       cipher.data(), length, first ? ad : nullptr,
                                                       first ? headerBytes.size() : 0) != 0) {
            if (first)
                throw DecryptionError(Reason::WrongPassphrase,
                                      "wrong passphrase or not a Keystone encrypted file: " + name);
            // A short read is the last chunk, or a cut inside one: which of the two cannot be told.
            if (length < cipher.size())
                throw DecryptionError(Reason::Truncated,
                                      name +
                                          " is truncated, damaged or was changed after it was "
                                          "encrypted: its last chunk (" +
                                          std::to_string(chunk) + ") does not authenticate");
            throw DecryptionError(Reason::Damaged,
                                  name + " is damaged or was changed after it was encrypted: chunk " +
                                      std::to_string(chunk) + " does not authenticate");
        }
        out.write(reinterpret_cast<const char*>(plain.data()), static_cast<std::streamsize>(plainLength));
        sodium_memzero(plain.data(), static_cast<std::size_t>(plainLength));
        if (!out)
            throw Error("cannot write what was decrypted from " + name);
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            if (in.peek() != std::char_traits<char>::eof())
                throw DecryptionError(Reason::Damaged,
                                      name + " is damaged: bytes follow the final encrypted chunk");
            return;
        }
        if (length < cipher.size())
            throw DecryptionError(Reason::Truncated, name + " is truncated: it ends after chunk " +
                                                         std::to_string(chunk) + " without the final one");
    }
}

} // namespace keystone::crypto
