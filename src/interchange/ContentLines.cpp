#include "interchange/ContentLines.h"

#include <algorithm>

namespace keystone::contentline {

std::string upperAscii(std::string_view text)
{
    std::string out(text);
    for (auto& ch : out)
        if (ch >= 'a' && ch <= 'z')
            ch = static_cast<char>(ch - 'a' + 'A');
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) { return upperAscii(a) == upperAscii(b); }

namespace {

bool isContinuationByte(unsigned char c) { return (c & 0xC0u) == 0x80u; }

} // namespace

void appendFolded(std::string& out, std::string_view line)
{
    std::size_t length = 0; // octets on the current physical line
    std::size_t i = 0;
    while (i < line.size()) {
        std::size_t end = i + 1;
        while (end < line.size() && isContinuationByte(static_cast<unsigned char>(line[end])))
            ++end;
        const std::size_t charLength = end - i;
        if (length + charLength > kMaxOctets) {
            out += "\r\n ";
            length = 1;
        }
        out.append(line.substr(i, charLength));
        length += charLength;
        i = end;
    }
    out += "\r\n";
}

std::string escapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        switch (ch) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\r':
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            out += "\\n";
            break;
        case '\n': out += "\\n"; break;
        default: out += ch;
        }
    }
    return out;
}

std::string unescapeText(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char next = text[++i];
        out += (next == 'n' || next == 'N') ? '\n' : next;
    }
    return out;
}

std::vector<std::string> splitComponents(std::string_view value, char separator)
{
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\') {
            ++i;
            continue;
        }
        if (value[i] == separator) {
            parts.push_back(unescapeText(value.substr(start, i - start)));
            start = i + 1;
        }
    }
    parts.push_back(unescapeText(value.substr(std::min(start, value.size()))));
    return parts;
}

std::string parameterValue(std::string_view value)
{
    std::string clean;
    for (char ch : value)
        if (ch != '"' && ch != '\r' && ch != '\n')
            clean += ch;
    if (clean.find_first_of(":;,") != std::string::npos)
        return "\"" + clean + "\"";
    return clean;
}

std::vector<std::string> ContentLine::parameter(std::string_view wanted) const
{
    std::vector<std::string> values;
    const std::string key = upperAscii(wanted);
    for (const auto& p : parameters)
        if (p.name == key)
            values.insert(values.end(), p.values.begin(), p.values.end());
    return values;
}

bool ContentLine::hasParameterValue(std::string_view wanted, std::string_view expected) const
{
    for (const auto& v : parameter(wanted))
        if (equalsIgnoreCase(v, expected))
            return true;
    return false;
}

namespace {

bool isNameChar(char ch)
{
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
           ch == '_';
}

// Parses one unfolded line; returns an empty message on success.
std::string parseLine(std::string_view text, ContentLine& line)
{
    std::size_t i = 0;
    while (i < text.size() && (isNameChar(text[i]) || text[i] == '.'))
        ++i;
    std::string_view name = text.substr(0, i);
    if (name.empty())
        return "expected a property name at the start of the line";
    if (const auto dot = name.rfind('.'); dot != std::string_view::npos) {
        line.group = std::string(name.substr(0, dot));
        name = name.substr(dot + 1);
    }
    if (name.empty())
        return "expected a property name after the group";
    line.name = upperAscii(name);
    while (i < text.size() && text[i] == ';') {
        ++i;
        const std::size_t start = i;
        while (i < text.size() && isNameChar(text[i]))
            ++i;
        Parameter p;
        p.name = upperAscii(text.substr(start, i - start));
        if (p.name.empty())
            return "expected a parameter name after ';'";
        if (i < text.size() && text[i] == '=') {
            ++i;
            while (true) {
                std::string value;
                if (i < text.size() && text[i] == '"') {
                    const auto close = text.find('"', i + 1);
                    if (close == std::string_view::npos)
                        return "a quoted parameter value is not closed";
                    value = std::string(text.substr(i + 1, close - i - 1));
                    i = close + 1;
                } else {
                    const std::size_t vstart = i;
                    while (i < text.size() && text[i] != ',' && text[i] != ';' && text[i] != ':')
                        ++i;
                    value = std::string(text.substr(vstart, i - vstart));
                }
                p.values.push_back(std::move(value));
                if (i < text.size() && text[i] == ',') {
                    ++i;
                    continue;
                }
                break;
            }
        } else {
            // vCard 2.1 style "TEL;WORK;VOICE:": a bare type.
            p.values.push_back(p.name);
            p.name = "TYPE";
        }
        line.parameters.push_back(std::move(p));
    }
    if (i >= text.size() || text[i] != ':')
        return "expected ':' between the property " + line.name + " and its value";
    line.value = std::string(text.substr(i + 1));
    return {};
}

} // namespace

std::vector<ContentLine> parse(std::string_view text, std::vector<ParseProblem>& problems)
{
    if (text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    // Physical lines with their numbers, then unfolded.
    struct Logical
    {
        std::size_t line;
        std::string text;
    };
    std::vector<Logical> logical;
    std::size_t number = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find_first_of("\r\n", pos);
        const std::string_view physical = text.substr(pos, end == std::string_view::npos ? text.size() - pos : end - pos);
        ++number;
        if (end == std::string_view::npos)
            pos = text.size();
        else if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n')
            pos = end + 2;
        else
            pos = end + 1;
        if (!physical.empty() && (physical[0] == ' ' || physical[0] == '\t') && !logical.empty()) {
            logical.back().text.append(physical.substr(1));
            continue;
        }
        if (physical.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        logical.push_back({number, std::string(physical)});
    }
    std::vector<ContentLine> lines;
    for (auto& l : logical) {
        ContentLine line;
        line.line = l.line;
        if (auto message = parseLine(l.text, line); !message.empty()) {
            problems.push_back({l.line, message});
            continue;
        }
        lines.push_back(std::move(line));
    }
    return lines;
}

} // namespace keystone::contentline
