// A demo database for the report tests (DemoGenerator, 30 accounts unless told,
// 2 years, seed 1, as of 2026-06-15 12:00 UTC) and the poppler tools that read PDFs back.
#pragma once

#include "TempDir.h"
#include "app/Analytics.h"
#include "app/Workspace.h"

#include <filesystem>
#include <string>

namespace keystone::test {

const Clock& fixedClock();

// The twelve full months before the fixed clock's day: 2025-06-01 .. 2026-05-31.
SegmentRequest fixedWindow();

class DemoDatabase
{
public:
    explicit DemoDatabase(int accounts = 30);
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_dir / name; }

private:
    TempDir m_dir;
    std::filesystem::path m_path;
};

// pdftotext -raw of the file (pages first..last when given): the text in drawing
// order, so a table cell's lines stay together; whitespace runs folded to one space
// so that text wrapped in a cell still reads as one phrase.
std::string pdfText(const std::filesystem::path& pdf, int first = 0, int last = 0);
// pdftotext in its reading-order mode, which puts right-to-left runs back in logical
// order, without the bidi embedding marks it adds around them.
std::string pdfReadingText(const std::filesystem::path& pdf);
// The page count pdfinfo reports; 0 when pdfinfo refuses the file.
int pdfPages(const std::filesystem::path& pdf);
// Whitespace runs (including no-break spaces) folded to one space.
std::string foldSpaces(const std::string& text);
bool hasCyrillic(const std::string& text);
bool hasHebrew(const std::string& text);
bool hasHan(const std::string& text);

} // namespace keystone::test
