// RFC 4180 output for spreadsheets and other programs: CRLF line ends, a field is
// quoted only when it holds the delimiter, a quote, CR or LF. Text cells that a
// spreadsheet would run as a formula are neutralised by default (see docs/csv.md).
#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::csv {

struct WriterOptions
{
    char delimiter = ',';
    bool bom = false;              // a UTF-8 byte order mark first, which Excel needs to see UTF-8
    bool protectFormulas = true;   // prefix text beginning with = + - @ TAB CR with an apostrophe
    char decimalMark = '.';        // numbers are written with this decimal mark and nothing else changed
};

struct Field
{
    std::string text;
    bool isNumber = false; // written unaltered (apart from the decimal mark), never protected
};

// Whether the writer puts its guard apostrophe before this text: it begins with = + - @ TAB or CR,
// or it already begins with an apostrophe followed by one of those (so that the reader's removal of
// one apostrophe gives the text back exactly).
bool needsFormulaGuard(std::string_view text);
// What an import reads: text with the writer's guard apostrophe taken off (an apostrophe followed by
// = + - @ TAB CR, or by another such guarded apostrophe), anything else unchanged. A view into `text`.
// Inline: a sale import reads every field of half a million lines through it.
inline std::string_view withoutFormulaGuard(std::string_view text)
{
    if (text.size() >= 2 && text.front() == '\'' && needsFormulaGuard(text.substr(1)))
        text.remove_prefix(1);
    return text;
}

// The delimiter and decimal mark Excel expects for a locale ("ru_RU", "de_DE.UTF-8", "en_US").
WriterOptions excelProfile(std::string_view locale);

class CsvWriter
{
public:
    explicit CsvWriter(std::ostream& out, WriterOptions options = {});

    void writeRow(const std::vector<Field>& fields);
    void writeRow(const std::vector<std::string>& texts);

    const WriterOptions& options() const { return m_options; }
    std::int64_t rowsWritten() const { return m_rows; }

private:
    void writeText(std::string_view text, bool protect);

    std::ostream& m_out;
    WriterOptions m_options;
    std::int64_t m_rows = 0;
    std::string m_buffer;
};

} // namespace keystone::csv
