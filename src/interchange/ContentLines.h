// The content-line syntax that vCard (RFC 6350, RFC 2426) and iCalendar (RFC 5545)
// share: "group.NAME;PARAM=value,value:value", lines ended by CRLF, long lines folded
// by a CRLF followed by one space, and text values with \\ \; \, \n escapes.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace keystone::contentline {

inline constexpr std::size_t kMaxOctets = 75; // per physical line, without the CRLF

// Appends "line" + CRLF to `out`, folded so that no physical line is longer than
// kMaxOctets octets and no UTF-8 character is split.
void appendFolded(std::string& out, std::string_view line);

// Escapes backslash, semicolon, comma and newline (CRLF, CR or LF become \n).
std::string escapeText(std::string_view text);
// Undoes escapeText; \N means newline too, and an unknown escape keeps its character.
std::string unescapeText(std::string_view text);
// Splits a structured value (N, ORG, ADR) on the semicolons that are not escaped,
// and unescapes each component.
std::vector<std::string> splitComponents(std::string_view value, char separator = ';');
// A parameter value written bare when it can be, quoted when it holds : ; or ,.
std::string parameterValue(std::string_view value);

struct Parameter
{
    std::string name;                // upper case
    std::vector<std::string> values; // split on commas outside quotes, quotes removed
};

struct ContentLine
{
    std::size_t line = 0; // the physical line it starts on, from 1
    std::string group;    // "item1" for "item1.EMAIL"; empty when none
    std::string name;     // upper case
    std::vector<Parameter> parameters;
    std::string value; // raw: still escaped

    // The values of a parameter, all occurrences together; empty when absent.
    std::vector<std::string> parameter(std::string_view name) const;
    // Whether any value of the parameter equals `value`, ignoring ASCII case.
    bool hasParameterValue(std::string_view name, std::string_view expected) const;
};

struct ParseProblem
{
    std::size_t line = 0;
    std::string message;
};

// Unfolds and parses a whole text; accepts CRLF, LF or CR line ends and a UTF-8 byte
// order mark. Lines that cannot be parsed are reported and skipped; empty lines are
// skipped silently.
std::vector<ContentLine> parse(std::string_view text, std::vector<ParseProblem>& problems);

std::string upperAscii(std::string_view text);
bool equalsIgnoreCase(std::string_view a, std::string_view b);

} // namespace keystone::contentline
