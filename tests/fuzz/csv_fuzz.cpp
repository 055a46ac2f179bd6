// libFuzzer target for CsvReader. Every input is read with every delimiter option
// and every encoding, once with a 1-byte buffer and once with a 7-byte buffer; the
// two reads must agree exactly (records, lines, error message), records must come
// in line order, and nothing may crash, leak or trip a sanitizer.
#include "interchange/CsvReader.h"

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace keystone::csv;

struct Outcome
{
    std::vector<std::string> header;
    std::vector<Record> records;
    std::string error;
    bool operator==(const Outcome& o) const
    {
        if (header != o.header || error != o.error || records.size() != o.records.size())
            return false;
        for (std::size_t i = 0; i < records.size(); ++i)
            if (records[i].fields != o.records[i].fields || records[i].line != o.records[i].line ||
                records[i].endLine != o.records[i].endLine)
                return false;
        return true;
    }
};

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "csv_fuzz: %s\n", what);
        std::abort();
    }
}

Outcome read(const std::string& bytes, ReaderOptions options)
{
    Outcome outcome;
    std::istringstream in(bytes);
    try {
        CsvReader reader(in, "fuzz.csv", options);
        outcome.header = reader.header();
        std::int64_t lastLine = reader.headerLine();
        Record record;
        while (reader.next(record)) {
            check(record.line > lastLine && record.endLine >= record.line, "records out of line order");
            check(!record.fields.empty() && record.fields.size() <= options.maxFields, "field count");
            lastLine = record.endLine;
            outcome.records.push_back(record);
        }
    } catch (const CsvError& e) {
        check(e.line() >= 1 && e.column() >= 1, "error position");
        outcome.error = e.what();
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    for (const char delimiter : {'\0', ',', ';', '\t', '|'}) {
        for (const auto encoding : {Encoding::Auto, Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be,
                                    Encoding::Windows1251, Encoding::Windows1252, Encoding::Latin1}) {
            ReaderOptions options;
            options.delimiter = delimiter;
            options.encoding = encoding;
            options.maxRecordBytes = 512;
            options.maxFields = 32;
            options.bufferSize = 1;
            const auto one = read(bytes, options);
            options.bufferSize = 7;
            const auto seven = read(bytes, options);
            check(one == seven, "a 1-byte and a 7-byte buffer read differently");
        }
    }
    return 0;
}
