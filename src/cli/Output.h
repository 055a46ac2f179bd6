// Renders a Table for people (aligned text) or for machines (JSON; CSV goes
// through the interchange writer).
#pragma once

#include "app/Columns.h"
#include "app/CsvExportOptions.h"
#include "app/Encryption.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>

namespace keystone::cli {

// Columns padded to the widest cell, measured in terminal cells: wide CJK
// characters count two, combining marks none.
void printAligned(const Table& table, std::ostream& out);
// An array of objects keyed by column; whole numbers as numbers, everything else
// (money included) as strings, absent values as null.
void printJson(const Table& table, std::ostream& out);

std::size_t displayWidth(std::string_view utf8);

class Args;
class Context;

// How a list command writes its result: --format table|csv|json, -o FILE and the
// CSV options --delimiter, --bom, --excel, --locale, --raw.
struct TableOutput
{
    std::string format = "table";
    std::optional<std::filesystem::path> file;
    CsvExportOptions csv;
    std::shared_ptr<const Passphrase> passphrase; // --encrypt: the output is encrypted with it
};

// --delimiter's value (, ; tab | or their names) for readers and writers alike; throws UsageError.
char parseDelimiter(const std::string& text);

// The option names to add to a command's Args::parse.
std::set<std::string> tableOutputValues();
std::set<std::string> tableOutputFlags();
// Throws UsageError for a bad format, delimiter or locale.
TableOutput tableOutputFrom(const Args& args, const std::string& defaultFormat = "table");
// Writes to the file (atomically) or to the context's output stream.
void emitTable(Context& context, const TableOutput& output, const Table& table);
// The rows `produce` sends to its sink, written as emitTable would write their Table. CSV is
// written as the rows come, holding none of them; the aligned table and JSON gather a Table first.
void emitRows(Context& context, const TableOutput& output, const std::function<void(RowSink&)>& produce);
// The help text lines for these options, for a command's help.
extern const char* const kTableOutputHelp;

} // namespace keystone::cli
