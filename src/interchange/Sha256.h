// SHA-256 (FIPS 180-4), to recognise a file that was imported before. Streaming:
// feed the bytes in any pieces, then take the digest once.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace keystone {

class Sha256
{
public:
    Sha256();
    void update(const void* data, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    // The digest as 64 lowercase hex digits; the object is spent afterwards.
    std::string hexDigest();

private:
    void compress(const std::uint8_t* block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_block{};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0; // bytes fed so far
};

// The digest of a whole file; throws std::runtime_error naming the file when it cannot be read.
std::string sha256OfFile(const std::filesystem::path& file);

} // namespace keystone
