// Streaming RFC 4180 reader: decodes the input to UTF-8 buffer by buffer, detects
// the delimiter from the header line and reports every problem as
// "FILE:LINE:COLUMN: REASON". The dialect and the messages are described in
// docs/csv.md, "Reading CSV". The state machine is in CsvReader.cpp; the encoding, the
// delimiter and the decoding of the input in CsvReaderInput.cpp.
#pragma once

#include "interchange/Encoding.h"

#include <cstddef>
#include <cstdint>
#include <istream>
#include <stdexcept>
#include <string>
#include <vector>

namespace keystone::csv {

struct ReaderOptions
{
    char delimiter = 0;                    // 0 = detect from the header line: , ; \t |
    Encoding encoding = Encoding::Auto;    // Auto: BOM decides (UTF-8/UTF-16LE/BE), else UTF-8
    std::size_t bufferSize = 1 << 16;
    std::size_t maxRecordBytes = 16 << 20; // a record longer than this is an error, not an OOM
    std::size_t maxFields = 10000;
};

struct Record
{
    std::vector<std::string> fields; // UTF-8
    std::int64_t line = 0;           // 1-based physical line where the record starts
    std::int64_t endLine = 0;        // line where it ends (records with quoted line breaks span lines)
};

class CsvError : public std::runtime_error
{
public:
    CsvError(std::string file, std::int64_t line, std::int64_t column, std::string reason);

    // what(): "FILE:LINE:COLUMN: REASON"
    const std::string& file() const { return m_file; }
    std::int64_t line() const { return m_line; }
    std::int64_t column() const { return m_column; }
    const std::string& reason() const { return m_reason; }

private:
    std::string m_file;
    std::int64_t m_line;
    std::int64_t m_column;
    std::string m_reason;
};

class CsvReader
{
public:
    // Reads the header record in the constructor (throws CsvError on an empty file:
    // "empty file, expected a header line").
    CsvReader(std::istream& in, std::string fileName, ReaderOptions options = {});

    const std::vector<std::string>& header() const { return m_header.fields; }
    std::int64_t headerLine() const { return m_header.line; }
    // The next record, blank lines skipped; false at the end of the input. Throws
    // CsvError. Reusing one Record for every call keeps its strings' capacity.
    bool next(Record& record);

    char delimiter() const { return m_delimiter; }
    // The encoding in use, Auto resolved.
    Encoding encoding() const { return m_encoding; }
    // Input bytes read so far, for progress: exact after each record for UTF-8,
    // at most one buffer ahead for the other encodings.
    std::uint64_t bytesConsumed() const;

private:
    void sniffEncoding();
    void detectDelimiter();
    bool fill();
    bool more();
    void compact();
    void decodeUtf8();
    void decodeRaw(bool eof);
    void newLine(std::size_t afterBreak);
    std::int64_t columnAt(std::size_t pos) const;
    std::string& startField(Record& record, std::size_t& count);
    void append(std::string& field, const char* data, std::size_t size);
    [[noreturn]] void tooManyFields() const;
    [[noreturn]] void recordTooLong() const;
    [[noreturn]] void fail(std::int64_t line, std::int64_t column, std::string reason) const;
    [[noreturn]] void failHere(std::string reason) const;

    std::istream& m_in;
    std::string m_file;
    ReaderOptions m_options;
    char m_delimiter = ',';
    Encoding m_encoding = Encoding::Utf8;
    Record m_header;

    // Decoded UTF-8 text: [m_pos, m_end) is ready to parse. For UTF-8 input the bytes
    // are validated in place and [m_end, m_rawEnd) is an incomplete character.
    std::vector<char> m_buf;
    std::size_t m_pos = 0;
    std::size_t m_end = 0;
    std::size_t m_rawEnd = 0;
    std::uint64_t m_bufOffset = 0; // file offset of m_buf[0] (UTF-8 input)

    // Undecoded bytes of the other encodings: [0, m_rawSize) of m_raw.
    std::vector<unsigned char> m_raw;
    std::size_t m_rawSize = 0;
    std::uint64_t m_rawOffset = 0; // file offset of m_raw[0]

    std::uint64_t m_bytesRead = 0;
    bool m_eof = false;
    std::string m_decodeError; // set when decoding stopped at invalid input

    // Position bookkeeping for messages.
    std::int64_t m_line = 1;
    std::size_t m_lineMark = 0;  // buffer index where the counted part of the line ends
    std::int64_t m_lineChars = 0; // characters of the current line before m_lineMark
    bool m_skipLf = false;        // the last record ended with CR: an LF next belongs to it

    // The opening quote of the field being read, for "unterminated quoted field".
    bool m_quoteOpen = false;
    std::size_t m_quotePos = 0;
    std::int64_t m_quoteLine = 0;
    std::int64_t m_quoteColumn = 0; // 0 until the buffer moves on

    std::int64_t m_recordLine = 0;
    std::size_t m_recordBytes = 0;
    bool m_stop[256] = {}; // bytes that end an unquoted field: the delimiter, CR, LF
};

} // namespace keystone::csv
