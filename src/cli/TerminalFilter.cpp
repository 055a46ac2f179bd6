#include "cli/TerminalFilter.h"

namespace keystone::cli {

TerminalFilter::~TerminalFilter() { sync(); }

bool TerminalFilter::putEscaped(const char* prefix, unsigned value, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    for (const char* p = prefix; *p; ++p)
        if (m_target->sputc(*p) == traits_type::eof())
            return false;
    for (int d = digits - 1; d >= 0; --d)
        if (m_target->sputc(kHex[(value >> (4 * d)) & 0xF]) == traits_type::eof())
            return false;
    return true;
}

bool TerminalFilter::put(unsigned char c)
{
    if (m_afterC2) {
        m_afterC2 = false;
        if (c >= 0x80 && c <= 0x9F)
            return putEscaped("\\u", c, 4);
        if (m_target->sputc(static_cast<char>(0xC2)) == traits_type::eof())
            return false;
    }
    if (c == 0xC2) {
        m_afterC2 = true;
        return true;
    }
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
        return putEscaped("\\x", c, 2);
    return m_target->sputc(static_cast<char>(c)) != traits_type::eof();
}

TerminalFilter::int_type TerminalFilter::overflow(int_type ch)
{
    if (traits_type::eq_int_type(ch, traits_type::eof()))
        return traits_type::not_eof(ch);
    return put(static_cast<unsigned char>(traits_type::to_char_type(ch))) ? ch : traits_type::eof();
}

std::streamsize TerminalFilter::xsputn(const char* s, std::streamsize n)
{
    for (std::streamsize i = 0; i < n; ++i)
        if (!put(static_cast<unsigned char>(s[i])))
            return i;
    return n;
}

int TerminalFilter::sync()
{
    if (m_afterC2) { // the end of the output: a lone lead byte is itself
        m_afterC2 = false;
        m_target->sputc(static_cast<char>(0xC2));
    }
    return m_target->pubsync();
}

} // namespace keystone::cli
