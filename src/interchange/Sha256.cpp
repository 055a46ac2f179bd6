#include "interchange/Sha256.h"

#include <fstream>
#include <stdexcept>
#include <vector>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#if defined(__clang__)
#include <cpuid.h>
#endif
#define KEYSTONE_SHA_NI 1
#else
#define KEYSTONE_SHA_NI 0
#endif

namespace keystone {

namespace {

constexpr std::array<std::uint32_t, 64> kRound = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::uint32_t rotr(std::uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

// The portable compression function, FIPS 180-4 section 6.2.2, one block after the other.
void compressPortable(std::array<std::uint32_t, 8>& state, const std::uint8_t* block, std::size_t count)
{
    for (; count > 0; --count, block += 64) {
        std::array<std::uint32_t, 64> w{};
        for (int i = 0; i < 16; ++i)
            w[i] = (std::uint32_t(block[4 * i]) << 24) | (std::uint32_t(block[4 * i + 1]) << 16) |
                   (std::uint32_t(block[4 * i + 2]) << 8) | std::uint32_t(block[4 * i + 3]);
        for (int i = 16; i < 64; ++i) {
            const auto s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const auto s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        auto [a, b, c, d, e, f, g, h] = state;
        for (int i = 0; i < 64; ++i) {
            const auto s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
            const auto choice = (e & f) ^ (~e & g);
            const auto t1 = h + s1 + choice + kRound[i] + w[i];
            const auto s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
            const auto majority = (a & b) ^ (a & c) ^ (b & c);
            const auto t2 = s0 + majority;
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#if KEYSTONE_SHA_NI

// The same function with the SHA extensions, after the instructions' descriptions in Intel's
// Software Developer's Manual (SHA256RNDS2, SHA256MSG1, SHA256MSG2):
// - SHA256RNDS2 runs two rounds. Its state is split over two registers, (A, B, E, F) and
//   (C, D, G, H), each with its first word in the highest lane; it takes (C, D, G, H) as its first
//   operand, (A, B, E, F) as its second and W[t] + K[t] of the two rounds in the two lowest lanes of
//   the third, and returns the new (A, B, E, F). The new (C, D, G, H) is the old (A, B, E, F): two
//   rounds move each word two places along.
// - SHA256MSG1(W[t-16..t-13], W[t-12..t-9]) gives W[t-16+i] + sigma0(W[t-15+i]) for i = 0..3;
//   adding W[t-7..t-4] and passing W[t-4..t-1] to SHA256MSG2 adds sigma1(W[t-2+i]), which for the
//   two upper lanes it takes from the two lower lanes it has just computed: W[t..t+3].
// Only this function and its helpers are compiled for those instructions; the caller runs them only
// after asking the CPU (Sha256::available).
#define KEYSTONE_SHA_TARGET __attribute__((target("sha,sse4.1")))

KEYSTONE_SHA_TARGET inline __m128i loadWords(const std::uint8_t* bytes)
{
    // Big-endian words: reverse the bytes of each 32-bit lane.
    const __m128i reverse = _mm_set_epi8(12, 13, 14, 15, 8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3);
    return _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes)), reverse);
}

// W[t..t+3] from the four groups of words before it, oldest first.
KEYSTONE_SHA_TARGET inline __m128i nextWords(__m128i w16, __m128i w12, __m128i w8, __m128i w4)
{
    // alignr(w4, w8, 4 bytes): W[t-7..t-4], the last three words of w8 and the first of w4.
    const __m128i sum = _mm_add_epi32(_mm_sha256msg1_epu32(w16, w12), _mm_alignr_epi8(w4, w8, 4));
    return _mm_sha256msg2_epu32(sum, w4);
}

// Four rounds, from `words` (W[t..t+3]) and K[t..t+3].
KEYSTONE_SHA_TARGET inline void fourRounds(__m128i& abef, __m128i& cdgh, __m128i words, int t)
{
    __m128i wk = _mm_add_epi32(words, _mm_loadu_si128(reinterpret_cast<const __m128i*>(&kRound[t])));
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk); // cdgh now holds (A, B, E, F) after rounds t, t+1
    wk = _mm_shuffle_epi32(wk, 0x0e);             // lanes 2 and 3 down to 0 and 1
    abef = _mm_sha256rnds2_epu32(abef, cdgh, wk); // and (A, B, E, F) after t+2, t+3
}

KEYSTONE_SHA_TARGET void compressShaNi(std::array<std::uint32_t, 8>& state, const std::uint8_t* block,
                                       std::size_t count)
{
    // _mm_set_epi32 takes the highest lane first.
    __m128i abef = _mm_set_epi32(static_cast<int>(state[0]), static_cast<int>(state[1]),
                                 static_cast<int>(state[4]), static_cast<int>(state[5]));
    __m128i cdgh = _mm_set_epi32(static_cast<int>(state[2]), static_cast<int>(state[3]),
                                 static_cast<int>(state[6]), static_cast<int>(state[7]));
    for (; count > 0; --count, block += 64) {
        const __m128i abefBefore = abef;
        const __m128i cdghBefore = cdgh;
        __m128i w0 = loadWords(block);
        __m128i w1 = loadWords(block + 16);
        __m128i w2 = loadWords(block + 32);
        __m128i w3 = loadWords(block + 48);
        fourRounds(abef, cdgh, w0, 0);
        fourRounds(abef, cdgh, w1, 4);
        fourRounds(abef, cdgh, w2, 8);
        fourRounds(abef, cdgh, w3, 12);
        for (int t = 16; t < 64; t += 16) {
            w0 = nextWords(w0, w1, w2, w3);
            fourRounds(abef, cdgh, w0, t);
            w1 = nextWords(w1, w2, w3, w0);
            fourRounds(abef, cdgh, w1, t + 4);
            w2 = nextWords(w2, w3, w0, w1);
            fourRounds(abef, cdgh, w2, t + 8);
            w3 = nextWords(w3, w0, w1, w2);
            fourRounds(abef, cdgh, w3, t + 12);
        }
        abef = _mm_add_epi32(abef, abefBefore);
        cdgh = _mm_add_epi32(cdgh, cdghBefore);
    }
    state[0] = static_cast<std::uint32_t>(_mm_extract_epi32(abef, 3));
    state[1] = static_cast<std::uint32_t>(_mm_extract_epi32(abef, 2));
    state[4] = static_cast<std::uint32_t>(_mm_extract_epi32(abef, 1));
    state[5] = static_cast<std::uint32_t>(_mm_extract_epi32(abef, 0));
    state[2] = static_cast<std::uint32_t>(_mm_extract_epi32(cdgh, 3));
    state[3] = static_cast<std::uint32_t>(_mm_extract_epi32(cdgh, 2));
    state[6] = static_cast<std::uint32_t>(_mm_extract_epi32(cdgh, 1));
    state[7] = static_cast<std::uint32_t>(_mm_extract_epi32(cdgh, 0));
}

#undef KEYSTONE_SHA_TARGET

bool cpuHasShaNi()
{
    __builtin_cpu_init();
#if defined(__clang__)
    // Not every Clang knows "sha" in __builtin_cpu_supports: CPUID leaf 7 has it in EBX bit 29.
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) || (ebx & (1u << 29)) == 0)
        return false;
    return __builtin_cpu_supports("sse4.1");
#else
    return __builtin_cpu_supports("sha") && __builtin_cpu_supports("sse4.1");
#endif
}

#endif // KEYSTONE_SHA_NI

} // namespace

bool Sha256::available(Engine engine)
{
    switch (engine) {
    case Engine::Portable:
        return true;
    case Engine::ShaNi:
#if KEYSTONE_SHA_NI
    {
        static const bool has = cpuHasShaNi();
        return has;
    }
#else
        return false;
#endif
    }
    return false;
}

Sha256::Engine Sha256::fastestEngine()
{
    return available(Engine::ShaNi) ? Engine::ShaNi : Engine::Portable;
}

Sha256::Sha256() : Sha256(fastestEngine()) {}

Sha256::Sha256(Engine engine)
    : m_engine(engine),
      m_state{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}
{
    if (!available(engine))
        throw std::invalid_argument("Sha256: the SHA extensions are not available on this CPU or in this build");
}

void Sha256::compress(const std::uint8_t* blocks, std::size_t count)
{
#if KEYSTONE_SHA_NI
    if (m_engine == Engine::ShaNi) {
        compressShaNi(m_state, blocks, count);
        return;
    }
#endif
    compressPortable(m_state, blocks, count);
}

void Sha256::update(const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    m_length += size;
    while (size > 0) {
        if (m_used == 0 && size >= 64) {
            const std::size_t blocks = size / 64;
            compress(bytes, blocks);
            bytes += 64 * blocks;
            size -= 64 * blocks;
            continue;
        }
        const std::size_t take = std::min(size, 64 - m_used);
        std::copy(bytes, bytes + take, m_block.begin() + static_cast<std::ptrdiff_t>(m_used));
        m_used += take;
        bytes += take;
        size -= take;
        if (m_used == 64) {
            compress(m_block.data(), 1);
            m_used = 0;
        }
    }
}

std::string Sha256::hexDigest()
{
    const std::uint64_t bits = m_length * 8;
    const std::uint8_t one = 0x80;
    update(&one, 1);
    const std::uint8_t zero = 0;
    while (m_used != 56)
        update(&zero, 1);
    std::array<std::uint8_t, 8> length{};
    for (int i = 0; i < 8; ++i)
        length[i] = static_cast<std::uint8_t>(bits >> (56 - 8 * i));
    update(length.data(), length.size());
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (auto word : m_state)
        for (int shift = 28; shift >= 0; shift -= 4)
            out += kHex[(word >> shift) & 0xf];
    return out;
}

std::string sha256OfFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw std::runtime_error(file.string() + ": cannot be read");
    Sha256 hash;
    std::vector<char> buffer(1 << 16);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        if (in.gcount() > 0)
            hash.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    if (in.bad())
        throw std::runtime_error(file.string() + ": read error");
    return hash.hexDigest();
}

} // namespace keystone
