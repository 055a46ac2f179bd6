#include "interchange/CsvReader.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace keystone::csv;

namespace {

const std::filesystem::path kDataDir{KEYSTONE_CSV_DATA_DIR};

std::string readBytes(const std::filesystem::path& path)
{
    std::string content(std::filesystem::file_size(path), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    return content;
}

// Everything a reader gives for an input, as one comparable value.
struct Outcome
{
    std::vector<std::string> header;
    std::int64_t headerLine = 0;
    char delimiter = 0;
    std::string encoding;
    std::vector<Record> records;
    std::string error; // what() of the CsvError, if one was thrown
    std::uint64_t bytesConsumed = 0;
};

Outcome readAll(const std::string& bytes, const std::string& fileName, ReaderOptions options)
{
    Outcome outcome;
    std::istringstream in(bytes);
    try {
        CsvReader reader(in, fileName, options);
        outcome.header = reader.header();
        outcome.headerLine = reader.headerLine();
        outcome.delimiter = reader.delimiter();
        outcome.encoding = std::string(encodingName(reader.encoding()));
        Record record;
        while (reader.next(record))
            outcome.records.push_back(record);
        outcome.bytesConsumed = reader.bytesConsumed();
    } catch (const CsvError& e) {
        outcome.error = e.what();
    }
    return outcome;
}

ReaderOptions optionsFrom(const nlohmann::json& json)
{
    ReaderOptions options;
    if (json.contains("delimiter"))
        options.delimiter = json["delimiter"].get<std::string>().at(0);
    if (json.contains("encoding"))
        options.encoding = encodingFromName(json["encoding"].get<std::string>()).value();
    if (json.contains("maxFields"))
        options.maxFields = json["maxFields"].get<std::size_t>();
    if (json.contains("maxRecordBytes"))
        options.maxRecordBytes = json["maxRecordBytes"].get<std::size_t>();
    return options;
}

std::vector<std::filesystem::path> fixtures()
{
    std::vector<std::filesystem::path> found;
    for (const auto& entry : std::filesystem::directory_iterator(kDataDir))
        if (entry.path().extension() == ".json")
            found.push_back(entry.path());
    std::sort(found.begin(), found.end());
    return found;
}

Record makeRecord(std::int64_t line, std::int64_t endLine, std::vector<std::string> fields)
{
    Record record;
    record.fields = std::move(fields);
    record.line = line;
    record.endLine = endLine;
    return record;
}

void requireSameRecords(const std::vector<Record>& actual, const std::vector<Record>& expected)
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < actual.size(); ++i) {
        INFO("record " << i);
        CHECK(actual[i].fields == expected[i].fields);
        CHECK(actual[i].line == expected[i].line);
        CHECK(actual[i].endLine == expected[i].endLine);
    }
}

} // namespace

TEST_CASE("every fixture in tests/interchange/data reads as its .json says")
{
    const auto paths = fixtures();
    REQUIRE(paths.size() >= 40);
    for (const auto& jsonPath : paths) {
        auto csvPath = jsonPath;
        csvPath.replace_extension(".csv");
        const auto name = csvPath.filename().string();
        INFO("fixture " << name);
        std::ifstream jsonIn(jsonPath);
        const auto expected = nlohmann::json::parse(jsonIn);

        const auto outcome = readAll(readBytes(csvPath), name, optionsFrom(expected["options"]));
        std::vector<Record> records;
        for (const auto& r : expected["records"])
            records.push_back(makeRecord(r[0].get<std::int64_t>(), r[1].get<std::int64_t>(),
                                         r[2].get<std::vector<std::string>>()));
        CHECK(outcome.error == (expected["error"].is_null() ? "" : expected["error"].get<std::string>()));
        if (!expected["header"].is_null()) {
            CHECK(outcome.header == expected["header"].get<std::vector<std::string>>());
            CHECK(outcome.headerLine == expected["headerLine"].get<std::int64_t>());
            CHECK(outcome.delimiter == expected["delimiter"].get<std::string>().at(0));
            CHECK(outcome.encoding == expected["encoding"].get<std::string>());
        }
        requireSameRecords(outcome.records, records);
    }
}

TEST_CASE("buffers of 1 to 7 bytes split CR LF, quotes and characters anywhere and change nothing")
{
    for (const auto& jsonPath : fixtures()) {
        auto csvPath = jsonPath;
        csvPath.replace_extension(".csv");
        const auto name = csvPath.filename().string();
        std::ifstream jsonIn(jsonPath);
        const auto options = optionsFrom(nlohmann::json::parse(jsonIn)["options"]);
        const auto bytes = readBytes(csvPath);
        const auto reference = readAll(bytes, name, options);
        for (std::size_t size = 1; size <= 7; ++size) {
            INFO("fixture " << name << ", bufferSize " << size);
            auto small = options;
            small.bufferSize = size;
            const auto outcome = readAll(bytes, name, small);
            CHECK(outcome.error == reference.error);
            CHECK(outcome.header == reference.header);
            CHECK(outcome.headerLine == reference.headerLine);
            CHECK(outcome.delimiter == reference.delimiter);
            requireSameRecords(outcome.records, reference.records);
            if (reference.error.empty() && reference.encoding == "utf-8")
                CHECK(outcome.bytesConsumed == bytes.size());
        }
    }
}

TEST_CASE("CsvError carries the parts of its message")
{
    const CsvError error("in.csv", 3, 7, "unterminated quoted field opened at line 3, column 7");
    CHECK(std::string(error.what()) == "in.csv:3:7: unterminated quoted field opened at line 3, column 7");
    CHECK(error.file() == "in.csv");
    CHECK(error.line() == 3);
    CHECK(error.column() == 7);
    CHECK(error.reason() == "unterminated quoted field opened at line 3, column 7");
}

TEST_CASE("encoding names")
{
    CHECK(encodingFromName("UTF-8") == Encoding::Utf8);
    CHECK(encodingFromName("utf8") == Encoding::Utf8);
    CHECK(encodingFromName("UTF-16LE") == Encoding::Utf16Le);
    CHECK(encodingFromName("utf-16be") == Encoding::Utf16Be);
    CHECK(encodingFromName("Windows-1251") == Encoding::Windows1251);
    CHECK(encodingFromName("CP1251") == Encoding::Windows1251);
    CHECK(encodingFromName("windows-1252") == Encoding::Windows1252);
    CHECK(encodingFromName("cp1252") == Encoding::Windows1252);
    CHECK(encodingFromName("ISO-8859-1") == Encoding::Latin1);
    CHECK(encodingFromName("latin1") == Encoding::Latin1);
    CHECK(encodingFromName("AUTO") == Encoding::Auto);
    CHECK_FALSE(encodingFromName("koi8-r"));
    CHECK_FALSE(encodingFromName(""));
    for (auto e : {Encoding::Auto, Encoding::Utf8, Encoding::Utf16Le, Encoding::Utf16Be, Encoding::Windows1251,
                   Encoding::Windows1252, Encoding::Latin1})
        CHECK(encodingFromName(encodingName(e)) == e);
}

TEST_CASE("one Record reused for every row keeps working when rows have fewer fields")
{
    std::istringstream in("a,b,c\n1,2,3\n4\n5,6\n");
    CsvReader reader(in, "rows.csv");
    Record record;
    REQUIRE(reader.next(record));
    CHECK(record.fields == std::vector<std::string>{"1", "2", "3"});
    REQUIRE(reader.next(record));
    CHECK(record.fields == std::vector<std::string>{"4"});
    REQUIRE(reader.next(record));
    CHECK(record.fields == std::vector<std::string>{"5", "6"});
    CHECK_FALSE(reader.next(record));
    CHECK_FALSE(reader.next(record));
}

TEST_CASE("a record of many lines and a long field come through whole")
{
    std::string big(100000, 'x');
    std::string input = "a,b\n\"" + big + "\n" + big + "\"," + big + "\n";
    ReaderOptions options;
    options.bufferSize = 4096;
    std::istringstream in(input);
    CsvReader reader(in, "big.csv", options);
    Record record;
    REQUIRE(reader.next(record));
    CHECK(record.fields.size() == 2);
    CHECK(record.fields[0] == big + "\n" + big);
    CHECK(record.fields[1] == big);
    CHECK(record.line == 2);
    CHECK(record.endLine == 3);
}

TEST_CASE("an unterminated quote far from its line start names where it opened")
{
    std::string input = "a,b\n" + std::string(5000, 'x') + ",\"" + std::string(20000, 'y');
    ReaderOptions options;
    options.bufferSize = 64;
    std::istringstream in(input);
    CsvReader reader(in, "far.csv", options);
    Record record;
    try {
        reader.next(record);
        FAIL("no error");
    } catch (const CsvError& e) {
        CHECK(e.line() == 2);
        CHECK(e.column() == 5002);
        CHECK(e.reason() == "unterminated quoted field opened at line 2, column 5002");
    }
}
