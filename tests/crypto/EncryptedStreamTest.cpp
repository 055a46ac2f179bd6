// The encrypted format in memory: what goes in comes out, at the chunk sizes that matter, and
// every change, cut or wrong passphrase is refused with the reason (crypto/EncryptedFormat.h).
#include "crypto/Decryption.h"
#include "crypto/DecryptionError.h"
#include "crypto/EncryptedFormat.h"
#include "crypto/EncryptingStreamBuf.h"

#include <catch2/catch.hpp>
#include <sstream>

using namespace keystone::crypto;
using Reason = DecryptionError::Reason;

namespace {

Secret secret(std::string_view text)
{
    Secret s(text.size());
    for (char c : text)
        s.push(static_cast<unsigned char>(c));
    return s;
}

// The cheapest limits Argon2id allows (1 pass, 8 KiB), so the tests spend no time deriving keys.
KdfLimits fast()
{
    return {1, 8192};
}

std::string encrypt(const std::string& plain, std::string_view passphrase)
{
    std::ostringstream out;
    EncryptingStream stream(out, secret(passphrase), fast());
    // In pieces of odd sizes, so chunk boundaries fall inside a write.
    for (std::size_t at = 0; at < plain.size(); at += 7919)
        stream.write(plain.data() + at,
                     static_cast<std::streamsize>(std::min<std::size_t>(7919, plain.size() - at)));
    stream.finish();
    return out.str();
}

std::string decrypt(const std::string& cipher, std::string_view passphrase)
{
    std::istringstream in(cipher);
    std::ostringstream out;
    decryptStream(in, "f.enc", secret(passphrase), out);
    return out.str();
}

Reason refusal(const std::string& cipher, std::string_view passphrase)
{
    try {
        decrypt(cipher, passphrase);
    } catch (const DecryptionError& e) {
        INFO(e.what());
        CHECK(std::string(e.what()).find("f.enc") != std::string::npos);
        return e.reason();
    }
    FAIL("the file was accepted");
    return Reason::Unsupported;
}

std::string content(std::size_t size)
{
    std::string s(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        s[i] = static_cast<char>((i * 31 + i / 251) & 0xFF);
    return s;
}

constexpr std::size_t kSealed = kChunkSize + 17;

} // namespace

TEST_CASE("What is encrypted decrypts to the same bytes at every size around a chunk")
{
    for (const std::size_t size :
         {std::size_t{0}, std::size_t{1}, std::size_t{kChunkSize - 1}, std::size_t{kChunkSize},
          std::size_t{kChunkSize + 1}, std::size_t{3 * kChunkSize + 12345}}) {
        INFO(size);
        const auto plain = content(size);
        const auto cipher = encrypt(plain, "pass");
        // A full last chunk is the final one; empty content is one empty final chunk.
        const std::size_t chunks = size == 0 ? 1 : (size + kChunkSize - 1) / kChunkSize;
        CHECK(cipher.size() == kHeaderSize + size + 17 * chunks);
        CHECK(startsWithMagic(cipher));
        CHECK(decrypt(cipher, "pass") == plain);
    }
}

TEST_CASE("The same content encrypts differently every time")
{
    const auto plain = content(1000);
    CHECK(encrypt(plain, "pass") != encrypt(plain, "pass"));
}

TEST_CASE("A wrong passphrase, a change, a cut and trailing bytes are refused for what they are")
{
    const auto cipher = encrypt(content(2 * kChunkSize + 500), "pass");
    CHECK(refusal(cipher, "Pass") == Reason::WrongPassphrase);
    auto changed = cipher;
    changed[kHeaderSize + kSealed + 100] ^= 0x04; // the second chunk
    CHECK(refusal(changed, "pass") == Reason::Damaged);
    changed = cipher;
    changed[10] ^= 0x02; // the opslimit in the header (1 -> 3 passes): another key
    CHECK(refusal(changed, "pass") == Reason::WrongPassphrase);
    changed = cipher;
    changed[12] ^= 0x01; // 65538 passes: beyond what a reader accepts
    CHECK(refusal(changed, "pass") == Reason::Unsupported);
    CHECK(refusal(cipher.substr(0, kHeaderSize + 2 * kSealed), "pass") == Reason::Truncated);
    CHECK(refusal(cipher.substr(0, kHeaderSize + kSealed), "pass") == Reason::Truncated);
    CHECK(refusal(cipher.substr(0, cipher.size() - 1), "pass") == Reason::Truncated);
    CHECK(refusal(cipher.substr(0, 30), "pass") == Reason::Truncated);
    // A byte added to a short last chunk makes it fail; after a full final one it is left over.
    CHECK(refusal(cipher + "x", "pass") == Reason::Truncated);
    CHECK(refusal(encrypt(content(kChunkSize), "pass") + "x", "pass") == Reason::Damaged);
    changed = cipher;
    changed[8] = 2; // a format version from the future
    CHECK(refusal(changed, "pass") == Reason::Unsupported);
    CHECK(refusal("plain text, not encrypted at all, long enough for a header of seventy bytes....",
                  "pass") == Reason::WrongPassphrase);
}

TEST_CASE("Chunks cannot be reordered or dropped")
{
    const auto cipher = encrypt(content(3 * kChunkSize + 10), "pass");
    const auto header = cipher.substr(0, kHeaderSize);
    const auto first = cipher.substr(kHeaderSize, kSealed);
    const auto second = cipher.substr(kHeaderSize + kSealed, kSealed);
    const auto rest = cipher.substr(kHeaderSize + 2 * kSealed);
    CHECK(refusal(header + second + first + rest, "pass") == Reason::WrongPassphrase);
    CHECK(refusal(header + first + rest, "pass") == Reason::Damaged);
}

TEST_CASE("A secret compares by content and wipes what is truncated")
{
    auto a = secret("abc\r");
    a.truncate(3);
    CHECK(a.view() == "abc");
    CHECK(a == secret("abc"));
    CHECK_FALSE(a == secret("abd"));
    Secret full(2);
    CHECK(full.push('x'));
    CHECK(full.push('y'));
    CHECK_FALSE(full.push('z'));
}
