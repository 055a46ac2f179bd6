// Variable-length integers for the values storage packs into one column (sale_totals, sale_chunks):
// 7 bits a byte, low first, the high bit set on all but the last byte; signed values zigzag
// encoded, so that small negative numbers stay short.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace keystone::varint {

inline void putUnsigned(std::string& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out += static_cast<char>(static_cast<unsigned char>(v) | 0x80);
        v >>= 7;
    }
    out += static_cast<char>(v);
}

inline void putSigned(std::string& out, std::int64_t v)
{
    putUnsigned(out, (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));
}

// Reads what put* wrote. On a damaged value it throws what `fail(what, byteOffset)` returns.
template <class Fail>
class Reader
{
public:
    Reader(std::string_view bytes, Fail fail)
        : m_bytes(bytes)
        , m_fail(std::move(fail))
    {
    }
    bool atEnd() const { return m_at == m_bytes.size(); }
    std::uint64_t getUnsigned()
    {
        std::uint64_t v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_at == m_bytes.size())
                fail("it ends inside a number");
            const auto byte = static_cast<unsigned char>(m_bytes[m_at++]);
            v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return v;
        }
        fail("a number is longer than 64 bits");
    }
    std::int64_t getSigned()
    {
        const std::uint64_t v = getUnsigned();
        return static_cast<std::int64_t>((v >> 1) ^ (~(v & 1) + 1));
    }
    std::string_view getBytes(std::uint64_t n)
    {
        if (n > m_bytes.size() - m_at)
            fail("it ends inside a text");
        const std::string_view out = m_bytes.substr(m_at, static_cast<std::size_t>(n));
        m_at += static_cast<std::size_t>(n);
        return out;
    }
    [[noreturn]] void fail(const std::string& what) const
    {
        throw m_fail(what, m_at);
    }

private:
    std::string_view m_bytes;
    Fail m_fail;
    std::size_t m_at = 0;
};

} // namespace keystone::varint
