#include "interchange/AtomicFile.h"
#include "interchange/CsvWriter.h"
#include "TempDir.h"

#include "domain/Errors.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace keystone;
using namespace keystone::csv;

namespace {

std::string written(const std::vector<std::vector<Field>>& rows, WriterOptions options = {})
{
    std::ostringstream out;
    CsvWriter writer(out, options);
    for (const auto& row : rows)
        writer.writeRow(row);
    return out.str();
}

std::string readAll(const std::filesystem::path& path)
{
    std::string content(std::filesystem::file_size(path), '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(content.data(), static_cast<std::streamsize>(content.size()));
    return content;
}

} // namespace

TEST_CASE("fields are quoted only when they hold the delimiter, a quote, CR or LF")
{
    CHECK(written({{{"plain"}, {"with,comma"}, {"say \"hi\""}, {"two\nlines"}, {"cr\rhere"}, {""}}}) ==
          "plain,\"with,comma\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\r\n");
    WriterOptions semicolon;
    semicolon.delimiter = ';';
    CHECK(written({{{"a,b"}, {"c;d"}}}, semicolon) == "a,b;\"c;d\"\r\n");
}

TEST_CASE("text that a spreadsheet would run as a formula gets a leading apostrophe")
{
    CHECK(written({{{"=SUM(A1)"}, {"+7 495"}, {"-x"}, {"@cmd"}, {"\tTab"}, {"\rCR"}, {"a=b"}}}) ==
          "'=SUM(A1),'+7 495,'-x,'@cmd,'\tTab,\"'\rCR\",a=b\r\n");
    SECTION("numbers are never altered")
    {
        CHECK(written({{{"-12.50", true}, {"+3", true}}}) == "-12.50,+3\r\n");
    }
    SECTION("--raw turns the protection off")
    {
        WriterOptions raw;
        raw.protectFormulas = false;
        CHECK(written({{{"=1+1"}, {"-5"}}}, raw) == "=1+1,-5\r\n");
    }
}

TEST_CASE("the guard apostrophe is taken off on reading, so that every text comes back as it was written")
{
    // Text that already begins with an apostrophe before a formula character is guarded once more.
    CHECK(written({{{"'=1+1"}, {"''-x"}, {"'plain"}, {"'"}, {"''"}}}) == "''=1+1,'''-x,'plain,',''\r\n");
    for (const std::string text : {"=1+1", "+49 170 555", "-x", "@cmd", "\tTab", "\rCR", "'=1+1", "''@x", "'plain",
                                   "'", "''", "a'=b", ""}) {
        INFO(text);
        const std::string guarded = needsFormulaGuard(text) ? "'" + text : text;
        CHECK(withoutFormulaGuard(guarded) == text);
    }
    // What a person typed in a spreadsheet reads as the text the spreadsheet showed.
    CHECK(withoutFormulaGuard("'+49 170 555") == "+49 170 555");
    CHECK(withoutFormulaGuard("'x") == "'x");
}

TEST_CASE("UTF-8 text passes through and a BOM is written first when asked for")
{
    WriterOptions bom;
    bom.bom = true;
    CHECK(written({{{"Ромашка"}, {"שלום"}, {"北京"}}}, bom) == "\xEF\xBB\xBFРомашка,שלום,北京\r\n");
}

TEST_CASE("the Excel profile follows the locale's list separator and decimal mark")
{
    const auto ru = excelProfile("ru_RU.UTF-8");
    CHECK(ru.delimiter == ';');
    CHECK(ru.decimalMark == ',');
    CHECK(ru.bom);
    CHECK(written({{{"1234.50", true}, {"1.5 kg"}}}, ru) == "\xEF\xBB\xBF" "1234,50;1.5 kg\r\n");
    const auto us = excelProfile("en_US");
    CHECK(us.delimiter == ',');
    CHECK(us.decimalMark == '.');
    CHECK(excelProfile("de").delimiter == ';');
}

TEST_CASE("an atomic file appears only when committed")
{
    test::TempDir dir;
    const auto target = dir.path() / "out.csv";
    {
        std::ofstream old(target);
        old << "old content";
    }
    SECTION("a write that fails leaves the old file and no temporary")
    {
        CHECK_THROWS_AS(writeFileAtomically(target,
                                            [](std::ostream& out) {
                                                out << "partial";
                                                throw Error("export failed half way");
                                            }),
                        Error);
        CHECK(readAll(target) == "old content");
        CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
    }
    SECTION("a committed write replaces the file")
    {
        writeFileAtomically(target, [](std::ostream& out) { out << "new content"; });
        CHECK(readAll(target) == "new content");
        CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), {}) == 1);
    }
    SECTION("a missing directory is reported with its name")
    {
        try {
            writeFileAtomically(dir.path() / "missing" / "x.csv", [](std::ostream&) {});
            FAIL("expected an error");
        } catch (const Error& e) {
            CHECK_THAT(e.what(), Catch::Contains("missing"));
        }
    }
}

TEST_CASE("a row mixing quoting, formula protection and numbers is written in one piece, rows in order")
{
    const std::vector<Field> row{{"plain"},     {"=SUM(A1)"},    {"say \"hi\", then"}, {"-12.5", true},
                                 {"\"quoted\""}, {"два\nстроки"}, {"+1 \"x\""},          {""}};
    CHECK(written({row, {{"second"}}}) == "plain,'=SUM(A1),\"say \"\"hi\"\", then\",-12.5,\"\"\"quoted\"\"\",\"два\nстроки\","
                                          "\"'+1 \"\"x\"\"\",\r\nsecond\r\n");
    // Excel's German profile: a byte order mark, semicolons, and a decimal comma that needs no quotes.
    CHECK(written({row}, excelProfile("de_DE")) ==
          "\xEF\xBB\xBF"
          "plain;'=SUM(A1);\"say \"\"hi\"\", then\";-12,5;\"\"\"quoted\"\"\";\"два\nстроки\";\"'+1 \"\"x\"\"\";\r\n");
    // An apostrophe as the delimiter: the protecting apostrophe itself needs quotes.
    WriterOptions apostrophe;
    apostrophe.delimiter = '\'';
    CHECK(written({{{"=1"}, {"a"}}}, apostrophe) == "\"'=1\"'a\r\n");
}
