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
    // How the 64-byte blocks are compressed: with the x86 SHA extensions (SHA-NI) when the CPU
    // has them, which takes about a fifth of the time, else in portable C++. Both give the same
    // digest; tests choose the engine to compare them.
    enum class Engine { Portable, ShaNi };
    // Whether this build and this CPU can run `engine` (Portable always can).
    static bool available(Engine engine);
    // ShaNi when available, else Portable.
    static Engine fastestEngine();

    Sha256();
    // Throws std::invalid_argument when the engine is not available().
    explicit Sha256(Engine engine);
    Engine engine() const { return m_engine; }

    void update(const void* data, std::size_t size);
    void update(std::string_view bytes) { update(bytes.data(), bytes.size()); }
    // The digest as 64 lowercase hex digits; the object is spent afterwards.
    std::string hexDigest();

private:
    // Compresses `count` consecutive 64-byte blocks into m_state.
    void compress(const std::uint8_t* blocks, std::size_t count);

    Engine m_engine;
    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_block{};
    std::size_t m_used = 0;
    std::uint64_t m_length = 0; // bytes fed so far
};

// The digest of a whole file; throws std::runtime_error naming the file when it cannot be read.
std::string sha256OfFile(const std::filesystem::path& file);

} // namespace keystone
