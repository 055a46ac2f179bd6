#include "interchange/CsvWriter.h"

#include <algorithm>
#include <array>

namespace keystone::csv {

namespace {

bool startsFormula(std::string_view text)
{
    if (text.empty())
        return false;
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

std::string languageOf(std::string_view locale)
{
    const auto end = locale.find_first_of("_.-@");
    std::string language(locale.substr(0, end));
    std::transform(language.begin(), language.end(), language.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return language;
}

} // namespace

WriterOptions excelProfile(std::string_view locale)
{
    // Excel takes the list separator from the regional settings: where the decimal
    // mark is a comma, the list separator is a semicolon.
    static constexpr std::array commaLanguages{"ru", "uk", "be", "kk", "de", "fr", "es", "it", "pt", "nl", "pl", "cs",
                                               "sk", "sv", "fi", "da", "nb", "nn", "no", "tr", "el", "hu", "ro", "bg",
                                               "hr", "sr", "sl", "lt", "lv", "et", "id", "vi", "az", "ka"};
    WriterOptions options;
    options.bom = true;
    const auto language = languageOf(locale);
    if (std::find(commaLanguages.begin(), commaLanguages.end(), language) != commaLanguages.end()) {
        options.delimiter = ';';
        options.decimalMark = ',';
    }
    return options;
}

CsvWriter::CsvWriter(std::ostream& out, WriterOptions options)
    : m_out(out)
    , m_options(options)
{
    if (m_options.bom)
        m_out << "\xEF\xBB\xBF";
}

void CsvWriter::writeText(std::string_view text, bool protect)
{
    m_buffer.clear();
    if (protect && m_options.protectFormulas && startsFormula(text))
        m_buffer += '\'';
    m_buffer += text;
    const bool needsQuotes = m_buffer.find_first_of(std::string{m_options.delimiter, '"', '\r', '\n'}) !=
                             std::string::npos;
    if (!needsQuotes) {
        m_out << m_buffer;
        return;
    }
    m_out << '"';
    for (char c : m_buffer) {
        if (c == '"')
            m_out << '"';
        m_out << c;
    }
    m_out << '"';
}

void CsvWriter::writeRow(const std::vector<Field>& fields)
{
    bool first = true;
    for (const auto& field : fields) {
        if (!first)
            m_out << m_options.delimiter;
        first = false;
        if (field.isNumber && m_options.decimalMark != '.') {
            std::string number = field.text;
            std::replace(number.begin(), number.end(), '.', m_options.decimalMark);
            writeText(number, false);
        } else {
            writeText(field.text, !field.isNumber);
        }
    }
    m_out << "\r\n";
    ++m_rows;
}

void CsvWriter::writeRow(const std::vector<std::string>& texts)
{
    bool first = true;
    for (const auto& text : texts) {
        if (!first)
            m_out << m_options.delimiter;
        first = false;
        writeText(text, true);
    }
    m_out << "\r\n";
    ++m_rows;
}

} // namespace keystone::csv
