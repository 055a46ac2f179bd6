// Character encodings the CSV reader understands. Everything is decoded to UTF-8;
// see docs/csv.md "Reading CSV" for how Auto decides.
#pragma once

#include <optional>
#include <string_view>

namespace keystone::csv {

enum class Encoding { Auto, Utf8, Utf16Le, Utf16Be, Windows1251, Windows1252, Latin1 };

// "utf-8", "utf8", "utf-16le", "utf-16be", "windows-1251", "cp1251", "windows-1252",
// "cp1252", "iso-8859-1", "latin1", "auto", in any letter case; nothing otherwise.
std::optional<Encoding> encodingFromName(std::string_view name);
// The canonical name: "utf-8", "utf-16le", "windows-1251", ...
std::string_view encodingName(Encoding encoding);

} // namespace keystone::csv
