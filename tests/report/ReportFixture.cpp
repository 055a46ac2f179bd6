#include "ReportFixture.h"

#include "Process.h"
#include "app/DemoGenerator.h"

#include <catch2/catch.hpp>

namespace keystone::test {

const Clock& fixedClock()
{
    static const FixedClock clock(DateTime::fromDate(*Date::fromYmd(2026, 6, 15), 12));
    return clock;
}

SegmentRequest fixedWindow()
{
    SegmentRequest r;
    r.from = Date::fromYmd(2025, 6, 1);
    r.to = Date::fromYmd(2026, 5, 31);
    return r;
}

DemoDatabase::DemoDatabase(int accounts) : m_path(m_dir / "demo.db")
{
    Workspace workspace(m_path, fixedClock());
    DemoGenerator(workspace.store(), DemoOptions{accounts, 2, 1}).run();
}

std::string foldSpaces(const std::string& text)
{
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const bool nbsp = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || nbsp) {
            space = true;
            if (nbsp)
                ++i;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += text[i];
    }
    return out;
}

std::string pdfText(const std::filesystem::path& pdf, int first, int last)
{
    std::vector<std::string> args = {"-raw", "-enc", "UTF-8"};
    if (first > 0)
        args.insert(args.end(), {"-f", std::to_string(first), "-l", std::to_string(last > 0 ? last : first)});
    args.insert(args.end(), {pdf.string(), "-"});
    const auto r = runProcess(PDFTOTEXT, args);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return foldSpaces(r.out);
}

std::string pdfReadingText(const std::filesystem::path& pdf)
{
    const auto r = runProcess(PDFTOTEXT, {"-enc", "UTF-8", pdf.string(), "-"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    std::string text = r.out;
    // U+202A..U+202E are E2 80 AA..AE in UTF-8.
    for (std::size_t at = text.find("\xE2\x80"); at != std::string::npos; at = text.find("\xE2\x80", at)) {
        const unsigned char third = static_cast<unsigned char>(at + 2 < text.size() ? text[at + 2] : 0);
        if (third >= 0xAA && third <= 0xAE)
            text.erase(at, 3);
        else
            at += 3;
    }
    return foldSpaces(text);
}

int pdfPages(const std::filesystem::path& pdf)
{
    const auto r = runProcess(PDFINFO, {pdf.string()});
    if (r.exitCode != 0)
        return 0;
    const auto at = r.out.find("Pages:");
    if (at == std::string::npos)
        return 0;
    return std::stoi(r.out.substr(at + 6));
}

bool hasCyrillic(const std::string& text)
{
    // U+0400..U+04FF are encoded as 0xD0 0x80 .. 0xD3 0xBF.
    for (const char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c >= 0xD0 && c <= 0xD3)
            return true;
    }
    return false;
}

bool hasHebrew(const std::string& text)
{
    // U+0590..U+05FF are encoded as 0xD6 0x90 .. 0xD7 0xBF.
    for (const char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c == 0xD6 || c == 0xD7)
            return true;
    }
    return false;
}

bool hasHan(const std::string& text)
{
    // U+4E00..U+9FFF start with the bytes 0xE4 .. 0xE9.
    for (const char ch : text) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (c >= 0xE4 && c <= 0xE9)
            return true;
    }
    return false;
}

} // namespace keystone::test
