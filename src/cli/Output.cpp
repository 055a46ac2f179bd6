#include "cli/Output.h"

#include "app/TableExport.h"
#include "cli/Args.h"
#include "domain/Text.h"
#include "cli/Command.h"
#include "app/OutputFile.h"

#include <nlohmann/json.hpp>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <charconv>
#include <cstdlib>

namespace keystone::cli {

std::size_t displayWidth(std::string_view utf8)
{
    std::size_t width = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(s, i, length, c);
        if (c < 0) {
            ++width;
            continue;
        }
        const auto category = u_charType(c);
        if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR)
            continue;
        const auto eaw = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
        width += (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH) ? 2 : 1;
    }
    return width;
}

void printAligned(const Table& table, std::ostream& out)
{
    std::vector<std::size_t> widths;
    for (const auto& h : table.headers)
        widths.push_back(displayWidth(h));
    for (const auto& row : table.rows)
        for (std::size_t i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i].text));
    auto printRow = [&](const std::vector<std::string>& cells, const std::vector<bool>& numeric) {
        std::string line;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::size_t pad = widths[i] - displayWidth(cells[i]);
            const bool last = i + 1 == cells.size();
            if (numeric[i])
                line += std::string(pad, ' ') + cells[i];
            else
                line += cells[i] + (last ? "" : std::string(pad, ' '));
            if (!last)
                line += "  ";
        }
        out << line << '\n';
    };
    std::vector<bool> numeric(table.headers.size(), false);
    printRow(table.headers, numeric);
    for (const auto& row : table.rows) {
        std::vector<std::string> cells;
        for (std::size_t i = 0; i < row.size(); ++i) {
            cells.push_back(printable(row[i].text)); // never a raw escape to the terminal
            numeric[i] = row[i].isNumber;
        }
        printRow(cells, numeric);
    }
}

void printJson(const Table& table, std::ostream& out)
{
    auto array = nlohmann::ordered_json::array();
    for (const auto& row : table.rows) {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < row.size() && i < table.headers.size(); ++i) {
            const Cell& c = row[i];
            long long n = 0;
            const auto [end, ec] = std::from_chars(c.text.data(), c.text.data() + c.text.size(), n);
            if (c.isNull)
                object[table.headers[i]] = nullptr;
            else if (c.isNumber && ec == std::errc() && end == c.text.data() + c.text.size())
                object[table.headers[i]] = n;
            else
                object[table.headers[i]] = escapeInvalidUtf8(c.text); // JSON strings are UTF-8
        }
        array.push_back(std::move(object));
    }
    out << array.dump(2) << '\n';
}

const char* const kTableOutputHelp = R"(Output:
  --format F       table (aligned text, the default), csv or json
  -o FILE          write to FILE instead of standard output (atomically)
  --delimiter D    csv: , ; tab or |
  --bom            csv: start with a UTF-8 byte order mark
  --excel          csv: BOM plus the delimiter and decimal mark Excel expects for --locale
  --locale L       csv: the locale for --excel (default $LC_ALL / $LANG), e.g. ru_RU
  --raw            csv: do not neutralise text that a spreadsheet would run as a formula
)";

std::set<std::string> tableOutputValues()
{
    return {"format", "output", "delimiter", "locale"};
}

std::set<std::string> tableOutputFlags()
{
    return {"bom", "excel", "raw"};
}

char parseDelimiter(const std::string& text)
{
    if (text == "," || text == "comma")
        return ',';
    if (text == ";" || text == "semicolon")
        return ';';
    if (text == "tab" || text == "\\t" || text == "\t")
        return '\t';
    if (text == "|" || text == "pipe")
        return '|';
    throw UsageError("--delimiter expects , ; tab or |, not '" + text + "'");
}

namespace {

std::string environmentLocale()
{
    for (const char* name : {"LC_ALL", "LC_NUMERIC", "LANG"})
        if (const char* v = std::getenv(name); v && *v)
            return v;
    return "en_US";
}

} // namespace

TableOutput tableOutputFrom(const Args& args, const std::string& defaultFormat)
{
    TableOutput o;
    o.format = args.valueOr("format", defaultFormat);
    if (o.format != "table" && o.format != "csv" && o.format != "json")
        throw UsageError("--format expects table, csv or json, not '" + o.format + "'");
    if (auto f = args.value("output")) {
        if (f->empty())
            throw UsageError("-o expects a file name");
        o.file = std::filesystem::path(*f);
    }
    const bool csvOnly = args.has("delimiter") || args.has("bom") || args.has("excel") || args.has("locale") ||
                         args.has("raw");
    if (csvOnly && o.format != "csv")
        throw UsageError("--delimiter, --bom, --excel, --locale and --raw apply to --format csv");
    if (args.has("excel") || args.has("locale"))
        o.csv = csvExportProfile(args.valueOr("locale", environmentLocale()));
    o.csv.bom = args.has("excel") || args.has("bom");
    if (auto d = args.value("delimiter"))
        o.csv.delimiter = parseDelimiter(*d);
    if (args.has("raw"))
        o.csv.protectFormulas = false;
    return o;
}

namespace {

// To the file (atomically) or standard output, encrypted with --encrypt.
void writeOutput(Context& context, const TableOutput& output, const std::function<void(std::ostream&)>& write)
{
    if (output.passphrase && output.file)
        writeEncryptedFile(*output.file, *output.passphrase, write);
    else if (output.passphrase)
        writeEncrypted(context.out, *output.passphrase, write);
    else if (output.file)
        writeOutputFile(*output.file, write);
    else
        write(context.out);
}

} // namespace

void emitTable(Context& context, const TableOutput& output, const Table& table)
{
    auto write = [&](std::ostream& out) {
        if (output.format == "csv")
            writeCsv(table, out, output.csv);
        else if (output.format == "json")
            printJson(table, out);
        else
            printAligned(table, out);
    };
    writeOutput(context, output, write);
}

void emitRows(Context& context, const TableOutput& output, const std::function<void(RowSink&)>& produce)
{
    if (output.format != "csv") {
        TableSink sink;
        produce(sink);
        emitTable(context, output, sink.table());
        return;
    }
    auto write = [&](std::ostream& out) {
        CsvSink sink(out, output.csv);
        produce(sink);
        sink.finish();
    };
    writeOutput(context, output, write);
}

} // namespace keystone::cli
