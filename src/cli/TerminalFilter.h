// A stream buffer in front of a terminal that writes control characters as text: C0 other than TAB,
// LF and CR as \xNN, DEL as \x7f, C1 (U+0080..U+009F, in UTF-8) as \u0085. Text fields cannot hold
// them (validation refuses them), but a database written elsewhere or damaged can, and an ESC sent
// to a terminal is a command to it. main() puts one in front of standard output and standard error
// when they are terminals; pipes and files get the bytes as they are (an export stays exact). CR is
// let through for the progress lines on standard error.
#pragma once

#include <streambuf>

namespace keystone::cli {

class TerminalFilter final : public std::streambuf
{
public:
    explicit TerminalFilter(std::streambuf* target) : m_target(target) {}
    ~TerminalFilter() override;
    TerminalFilter(const TerminalFilter&) = delete;
    TerminalFilter& operator=(const TerminalFilter&) = delete;

protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    bool put(unsigned char c);
    bool putEscaped(const char* prefix, unsigned value, int digits);

    std::streambuf* m_target;
    bool m_afterC2 = false; // the first byte of a two-byte sequence that may be C1 is held back
};

} // namespace keystone::cli
