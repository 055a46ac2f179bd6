// CsvReader's input: the encoding (from the byte order mark or the options), the delimiter (from
// the header line), and the buffer filled a chunk at a time with the input decoded to, or validated
// as, UTF-8. The state machine that reads records out of the buffer is in CsvReader.cpp.
#include "interchange/CsvReader.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace keystone::csv {

namespace {

// Cyrillic letters 0xC0-0xFF map to U+0410-U+044F; the upper half below that:
constexpr std::array<char16_t, 64> kWindows1251{
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F, // 0x88
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0,      0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F, // 0x98 undefined
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, // 0xA0
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407, // 0xA8
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, // 0xB0
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457, // 0xB8
};

// 0x80-0x9F; 0xA0-0xFF are the same as ISO-8859-1. Zero: not defined.
constexpr std::array<char16_t, 32> kWindows1252{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 0x80
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,      // 0x88
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 0x90
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178, // 0x98
};

std::size_t putUtf8(char* out, char32_t c)
{
    auto byte = [](char32_t v) { return static_cast<char>(static_cast<unsigned char>(v)); };
    if (c < 0x80) {
        out[0] = byte(c);
        return 1;
    }
    if (c < 0x800) {
        out[0] = byte(0xC0 | (c >> 6));
        out[1] = byte(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = byte(0xE0 | (c >> 12));
        out[1] = byte(0x80 | ((c >> 6) & 0x3F));
        out[2] = byte(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = byte(0xF0 | (c >> 18));
    out[1] = byte(0x80 | ((c >> 12) & 0x3F));
    out[2] = byte(0x80 | ((c >> 6) & 0x3F));
    out[3] = byte(0x80 | (c & 0x3F));
    return 4;
}

// Validates UTF-8 in s[i, n) and returns the end of the last complete, valid
// character. `bad` tells an invalid sequence there from an incomplete one at n.
std::size_t validateUtf8(const unsigned char* s, std::size_t i, std::size_t n, bool& bad)
{
    bad = false;
    while (i < n) {
        while (i + 8 <= n) { // ASCII runs eight bytes at a time
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i == n)
            break;
        const unsigned lead = s[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned low = 0x80, high = 0xBF; // allowed range of the second byte
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong
            else if (lead == 0xF4)
                high = 0x8F; // above U+10FFFF
        } else {
            bad = true;
            return i;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if (i + k >= n)
                return i;
            const unsigned b = s[i + k];
            if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) {
                bad = true;
                return i;
            }
        }
        i += length;
    }
    return i;
}

} // namespace

void CsvReader::sniffEncoding()
{
    unsigned char head[3] = {};
    m_in.read(reinterpret_cast<char*>(head), 3);
    const auto n = static_cast<std::size_t>(m_in.gcount());
    m_bytesRead = n;
    m_eof = n < 3;

    const bool utf8Bom = n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF;
    const bool leBom = n >= 2 && head[0] == 0xFF && head[1] == 0xFE;
    const bool beBom = n >= 2 && head[0] == 0xFE && head[1] == 0xFF;
    std::size_t bom = 0;
    switch (m_options.encoding) {
    case Encoding::Auto:
        m_encoding = leBom ? Encoding::Utf16Le : beBom ? Encoding::Utf16Be : Encoding::Utf8;
        bom = utf8Bom ? 3 : (leBom || beBom) ? 2 : 0;
        break;
    case Encoding::Utf8:
        bom = utf8Bom ? 3 : 0;
        break;
    case Encoding::Utf16Le:
        bom = leBom ? 2 : 0;
        break;
    case Encoding::Utf16Be:
        bom = beBom ? 2 : 0;
        break;
    default:
        break;
    }
    if (m_options.encoding != Encoding::Auto)
        m_encoding = m_options.encoding;

    // The bytes after a byte order mark are the start of the text.
    if (m_encoding == Encoding::Utf8) {
        m_buf.resize(m_options.bufferSize + 8);
        std::copy(head + bom, head + n, m_buf.begin());
        m_rawEnd = n - bom;
        m_bufOffset = bom;
        decodeUtf8();
    } else {
        m_raw.resize(m_options.bufferSize + 4);
        std::copy(head + bom, head + n, m_raw.begin());
        m_rawSize = n - bom;
        m_rawOffset = bom;
        decodeRaw(m_eof);
    }
}

void CsvReader::detectDelimiter()
{
    // Count the candidates outside quotes on the first line that is not blank; the
    // buffer grows until it holds that line (or maxRecordBytes of it).
    constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
    std::array<std::size_t, 4> counts{};
    bool inQuotes = false;
    bool started = false;
    std::size_t offset = 0; // from m_pos
    for (;;) {
        if (m_pos + offset == m_end) {
            if (!fill())
                break;
            continue;
        }
        const char c = m_buf[m_pos + offset];
        ++offset;
        if (offset > m_options.maxRecordBytes)
            break;
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && (c == '\r' || c == '\n')) {
            if (started)
                break;
            continue;
        } else if (!inQuotes) {
            for (std::size_t i = 0; i < candidates.size(); ++i)
                counts[i] += c == candidates[i];
        }
        started = true;
    }
    // The most frequent wins; a tie goes to the earlier in , ; TAB | (so to the comma).
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    m_delimiter = candidates[best];
}

bool CsvReader::fill()
{
    if (!m_decodeError.empty())
        return false;
    compact();
    const std::size_t before = m_end;
    const std::size_t chunk = m_options.bufferSize;
    while (m_end == before && m_decodeError.empty() && !m_eof) {
        if (m_encoding == Encoding::Utf8) {
            if (m_buf.size() < m_rawEnd + chunk)
                m_buf.resize(std::max(m_rawEnd + chunk, m_buf.size() * 2));
            m_in.read(m_buf.data() + m_rawEnd, static_cast<std::streamsize>(chunk));
            const auto got = static_cast<std::size_t>(m_in.gcount());
            m_rawEnd += got;
            m_bytesRead += got;
            m_eof = got < chunk;
            decodeUtf8();
        } else {
            if (m_raw.size() < m_rawSize + chunk)
                m_raw.resize(m_rawSize + chunk);
            m_in.read(reinterpret_cast<char*>(m_raw.data() + m_rawSize), static_cast<std::streamsize>(chunk));
            const auto got = static_cast<std::size_t>(m_in.gcount());
            m_rawSize += got;
            m_bytesRead += got;
            m_eof = got < chunk;
            decodeRaw(m_eof);
        }
    }
    return m_end > before;
}

void CsvReader::decodeUtf8()
{
    bool bad = false;
    const auto* bytes = reinterpret_cast<const unsigned char*>(m_buf.data());
    m_end = validateUtf8(bytes, m_end, m_rawEnd, bad);
    if (bad || (m_eof && m_end < m_rawEnd))
        m_decodeError = "invalid UTF-8 at byte " + std::to_string(m_bufOffset + m_end);
}

void CsvReader::decodeRaw(bool eof)
{
    const std::size_t need = m_end + 3 * m_rawSize + 8;
    if (m_buf.size() < need)
        m_buf.resize(std::max(need, m_buf.size() * 2));
    char* out = m_buf.data() + m_end;
    const unsigned char* in = m_raw.data();
    std::size_t i = 0;
    auto invalid = [&](std::size_t at) {
        m_decodeError = "invalid " + std::string(encodingName(m_encoding)) + " at byte " + std::to_string(m_rawOffset + at);
    };
    switch (m_encoding) {
    case Encoding::Utf16Le:
    case Encoding::Utf16Be: {
        const bool le = m_encoding == Encoding::Utf16Le;
        auto unit = [&](std::size_t at) -> char32_t {
            return le ? static_cast<char32_t>(in[at] | (in[at + 1] << 8))
                      : static_cast<char32_t>((in[at] << 8) | in[at + 1]);
        };
        while (i + 2 <= m_rawSize) {
            const char32_t u = unit(i);
            if (u >= 0xDC00 && u <= 0xDFFF) {
                invalid(i); // a low surrogate without a high one
                break;
            }
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (i + 4 > m_rawSize)
                    break; // the low surrogate is in the next chunk
                const char32_t low = unit(i + 2);
                if (low < 0xDC00 || low > 0xDFFF) {
                    invalid(i);
                    break;
                }
                out += putUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 4;
                continue;
            }
            out += putUtf8(out, u);
            i += 2;
        }
        break;
    }
    case Encoding::Windows1251:
        for (; i < m_rawSize; ++i) {
            const unsigned b = in[i];
            char32_t c = b;
            if (b >= 0xC0)
                c = 0x0410 + (b - 0xC0);
            else if (b >= 0x80 && (c = kWindows1251[b - 0x80]) == 0) {
                invalid(i);
                break;
            }
            out += putUtf8(out, c);
        }
        break;
    case Encoding::Windows1252:
        for (; i < m_rawSize; ++i) {
            const unsigned b = in[i];
            char32_t c = b;
            if (b >= 0x80 && b < 0xA0 && (c = kWindows1252[b - 0x80]) == 0) {
                invalid(i);
                break;
            }
            out += putUtf8(out, c);
        }
        break;
    default: // ISO-8859-1: every byte is the code point of the same number
        for (; i < m_rawSize; ++i)
            out += putUtf8(out, in[i]);
        break;
    }
    if (eof && m_decodeError.empty() && i < m_rawSize)
        invalid(i); // half a UTF-16 unit or a lone high surrogate at the end
    m_end = static_cast<std::size_t>(out - m_buf.data());
    m_rawEnd = m_end;
    std::memmove(m_raw.data(), m_raw.data() + i, m_rawSize - i);
    m_rawSize -= i;
    m_rawOffset += i;
}

} // namespace keystone::csv
