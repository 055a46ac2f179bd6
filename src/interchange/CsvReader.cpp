// CsvReader's streaming state machine: records and fields out of the decoded buffer, the line and
// column of every message, and the buffer moved on as it is read. The per-byte loops of next() and
// what they call per field are in this one file, so that the compiler can inline them. The
// encoding, the delimiter and the decoding are in CsvReaderInput.cpp.
#include "interchange/CsvReader.h"

#include <algorithm>
#include <cstring>

namespace keystone::csv {

namespace {

std::int64_t countChars(const char* begin, const char* end)
{
    std::int64_t n = 0;
    for (const char* p = begin; p != end; ++p)
        n += (static_cast<unsigned char>(*p) & 0xC0) != 0x80;
    return n;
}

} // namespace

CsvError::CsvError(std::string file, std::int64_t line, std::int64_t column, std::string reason)
    : std::runtime_error(file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + reason)
    , m_file(std::move(file))
    , m_line(line)
    , m_column(column)
    , m_reason(std::move(reason))
{
}

CsvReader::CsvReader(std::istream& in, std::string fileName, ReaderOptions options)
    : m_in(in)
    , m_file(std::move(fileName))
    , m_options(options)
{
    m_options.bufferSize = std::max<std::size_t>(m_options.bufferSize, 1);
    m_options.maxFields = std::max<std::size_t>(m_options.maxFields, 1);
    const char d = m_options.delimiter;
    if (d == '"' || d == '\r' || d == '\n')
        throw std::invalid_argument("a CSV delimiter cannot be a quote or a line break");

    sniffEncoding();
    if (d == 0)
        detectDelimiter();
    else
        m_delimiter = d;
    m_stop[static_cast<unsigned char>(m_delimiter)] = true;
    m_stop[static_cast<unsigned char>('\r')] = true;
    m_stop[static_cast<unsigned char>('\n')] = true;

    if (!next(m_header))
        fail(m_line, 1, "empty file, expected a header line");
}

void CsvReader::compact()
{
    if (m_quoteOpen && m_quoteColumn == 0)
        m_quoteColumn = columnAt(m_quotePos);
    m_lineChars += countChars(m_buf.data() + m_lineMark, m_buf.data() + m_pos);
    m_lineMark = 0;
    if (m_pos == 0)
        return;
    std::memmove(m_buf.data(), m_buf.data() + m_pos, m_rawEnd - m_pos);
    m_end -= m_pos;
    m_rawEnd -= m_pos;
    m_bufOffset += m_pos;
    m_pos = 0;
}

bool CsvReader::more()
{
    if (fill())
        return true;
    if (!m_decodeError.empty())
        failHere(m_decodeError);
    return false;
}

std::uint64_t CsvReader::bytesConsumed() const
{
    if (m_encoding == Encoding::Utf8)
        return m_bufOffset + m_pos;
    return m_bytesRead - m_rawSize;
}

void CsvReader::newLine(std::size_t afterBreak)
{
    if (m_quoteOpen && m_quoteColumn == 0)
        m_quoteColumn = columnAt(m_quotePos); // while the line of the quote is still counted
    ++m_line;
    m_lineChars = 0;
    m_lineMark = afterBreak;
}

std::int64_t CsvReader::columnAt(std::size_t pos) const
{
    return m_lineChars + countChars(m_buf.data() + m_lineMark, m_buf.data() + pos) + 1;
}

void CsvReader::fail(std::int64_t line, std::int64_t column, std::string reason) const
{
    throw CsvError(m_file, line, column, std::move(reason));
}

void CsvReader::failHere(std::string reason) const { fail(m_line, columnAt(m_pos), std::move(reason)); }

void CsvReader::tooManyFields() const
{
    failHere("too many fields: more than " + std::to_string(m_options.maxFields) + " in one record");
}

void CsvReader::recordTooLong() const
{
    // Reported where the record starts: where it became too long depends on nothing
    // the user can see.
    fail(m_recordLine, 1, "record too long: more than " + std::to_string(m_options.maxRecordBytes) + " bytes");
}

inline std::string& CsvReader::startField(Record& record, std::size_t& count)
{
    if (count == m_options.maxFields) [[unlikely]]
        tooManyFields();
    if (count == record.fields.size()) [[unlikely]]
        record.fields.emplace_back();
    std::string& field = record.fields[count++];
    field.clear();
    return field;
}

inline void CsvReader::append(std::string& field, const char* data, std::size_t size)
{
    m_recordBytes += size;
    if (m_recordBytes > m_options.maxRecordBytes) [[unlikely]]
        recordTooLong();
    field.append(data, size);
}

// Whether any of the eight bytes in `word` equals the byte repeated in `pattern`.
inline bool hasByte(std::uint64_t word, std::uint64_t pattern)
{
    const std::uint64_t x = word ^ pattern;
    return ((x - 0x0101010101010101ULL) & ~x & 0x8080808080808080ULL) != 0;
}

bool CsvReader::next(Record& record)
{
    // Blank lines are skipped, and so is the LF of a CRLF that ended the last record.
    for (;;) {
        if (m_pos == m_end && !more())
            return false;
        const char c = m_buf[m_pos];
        if (c == '\n') {
            ++m_pos;
            if (m_skipLf)
                m_lineMark = m_pos;
            else
                newLine(m_pos);
            m_skipLf = false;
            continue;
        }
        m_skipLf = false;
        if (c == '\r') {
            ++m_pos;
            newLine(m_pos);
            m_skipLf = true;
            continue;
        }
        break;
    }

    record.line = m_line;
    m_recordLine = m_line;
    m_recordBytes = 0;
    std::size_t count = 0;
    const char delimiter = m_delimiter;
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
    constexpr std::uint64_t kCrPattern = kOnes * '\r';
    constexpr std::uint64_t kLfPattern = kOnes * '\n';
    const std::uint64_t delimiterPattern = kOnes * static_cast<unsigned char>(delimiter);
    for (;;) { // one field per pass
        std::string& field = startField(record, count);
        if (m_pos == m_end && !more())
            break; // the record ends with a delimiter at the end of the input
        if (m_buf[m_pos] == '"') {
            m_quoteOpen = true;
            m_quotePos = m_pos;
            m_quoteLine = m_line;
            m_quoteColumn = 0;
            ++m_pos;
            for (;;) {
                if (m_pos == m_end && !more()) {
                    const auto column = m_quoteColumn != 0 ? m_quoteColumn : columnAt(m_quotePos);
                    fail(m_quoteLine, column,
                         "unterminated quoted field opened at line " + std::to_string(m_quoteLine) + ", column " +
                             std::to_string(column));
                }
                const char* begin = m_buf.data() + m_pos;
                const char* end = m_buf.data() + m_end;
                const char* p = begin;
                while (p != end && *p != '"' && *p != '\n' && *p != '\r')
                    ++p;
                if (p != begin) {
                    append(field, begin, static_cast<std::size_t>(p - begin));
                    m_pos += static_cast<std::size_t>(p - begin);
                }
                if (p == end)
                    continue;
                const char c = *p;
                ++m_pos;
                if (c == '"') {
                    if (m_pos == m_end && !more())
                        break;
                    if (m_buf[m_pos] != '"')
                        break;
                    append(field, "\"", 1); // a doubled quote stands for one
                    ++m_pos;
                    continue;
                }
                // A line break inside quotes is part of the value, kept as written.
                append(field, &c, 1);
                newLine(m_pos);
                if (c == '\r') {
                    if (m_pos == m_end && !more())
                        continue; // reports the unterminated quote
                    if (m_buf[m_pos] == '\n') {
                        append(field, "\n", 1);
                        ++m_pos;
                        m_lineMark = m_pos;
                    }
                }
            }
            m_quoteOpen = false;
            if (m_pos == m_end && !more())
                break;
            const char c = m_buf[m_pos];
            if (c != delimiter && c != '\n' && c != '\r')
                failHere("expected delimiter or line end after closing quote");
        } else {
            for (;;) {
                const char* begin = m_buf.data() + m_pos;
                const char* end = m_buf.data() + m_end;
                const char* p = begin;
                while (end - p >= 8) { // eight bytes at a time while none ends the field
                    std::uint64_t word;
                    std::memcpy(&word, p, 8);
                    if (hasByte(word, delimiterPattern) || hasByte(word, kCrPattern) || hasByte(word, kLfPattern))
                        break;
                    p += 8;
                }
                while (p != end && !m_stop[static_cast<unsigned char>(*p)])
                    ++p;
                if (p != begin) {
                    append(field, begin, static_cast<std::size_t>(p - begin));
                    m_pos += static_cast<std::size_t>(p - begin);
                }
                if (p != end || !more())
                    break;
            }
            if (m_pos == m_end)
                break; // end of input
        }
        // At a delimiter or a line end.
        const char c = m_buf[m_pos++];
        if (c == delimiter)
            continue;
        record.fields.resize(count);
        record.endLine = m_line;
        newLine(m_pos);
        if (c == '\r') {
            if (m_pos < m_end && m_buf[m_pos] == '\n') {
                ++m_pos;
                m_lineMark = m_pos;
            } else {
                m_skipLf = true; // decided by the next call, which may have to read on
            }
        }
        return true;
    }
    record.fields.resize(count);
    record.endLine = m_line;
    return true;
}

} // namespace keystone::csv
