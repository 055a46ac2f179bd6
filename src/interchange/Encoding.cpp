#include "interchange/Encoding.h"

#include <array>
#include <utility>

namespace keystone::csv {

namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] + 32) : a[i];
        if (c != b[i])
            return false;
    }
    return true;
}

} // namespace

std::optional<Encoding> encodingFromName(std::string_view name)
{
    static constexpr std::array<std::pair<std::string_view, Encoding>, 11> names{{
        {"auto", Encoding::Auto},
        {"utf-8", Encoding::Utf8},
        {"utf8", Encoding::Utf8},
        {"utf-16le", Encoding::Utf16Le},
        {"utf-16be", Encoding::Utf16Be},
        {"windows-1251", Encoding::Windows1251},
        {"cp1251", Encoding::Windows1251},
        {"windows-1252", Encoding::Windows1252},
        {"cp1252", Encoding::Windows1252},
        {"iso-8859-1", Encoding::Latin1},
        {"latin1", Encoding::Latin1},
    }};
    for (const auto& [known, encoding] : names)
        if (equalsIgnoringCase(name, known))
            return encoding;
    return std::nullopt;
}

std::string_view encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Auto:
        return "auto";
    case Encoding::Utf8:
        return "utf-8";
    case Encoding::Utf16Le:
        return "utf-16le";
    case Encoding::Utf16Be:
        return "utf-16be";
    case Encoding::Windows1251:
        return "windows-1251";
    case Encoding::Windows1252:
        return "windows-1252";
    case Encoding::Latin1:
        return "iso-8859-1";
    }
    return "unknown";
}

} // namespace keystone::csv
