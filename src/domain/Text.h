// Text helpers shared by every layer: trimming, list splitting, UTF-8 checks and
// the Unicode folding that search and sorting rely on. SQLite's lower(), LIKE and
// NOCASE fold ASCII only, so Keystone folds text itself, for every script, before it
// reaches an index.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace keystone {

std::string_view trim(std::string_view text);
// Splits "a, b;c" on commas and semicolons, trims each part, drops empty parts.
std::vector<std::string_view> splitList(std::string_view text);

bool isValidUtf8(std::string_view text);
// Index of the first byte that is not part of valid UTF-8, or npos.
std::size_t firstInvalidUtf8(std::string_view text);
// Index of the first control character other than TAB and LF (C0, DEL, and C1 U+0080..U+009F), or npos.
// Text fields refuse them: a NUL or an ANSI escape in a name is never data, and would reach terminals.
std::size_t firstControlCharacter(std::string_view text);
// The text with every byte that is not valid UTF-8 written as \xNN, so that a file name from a
// non-UTF-8 file system can be put into JSON and shown (and a valid text is returned unchanged).
std::string escapeInvalidUtf8(std::string_view text);
// The text with every CRLF as LF. Text keeps LF line ends; a file written on Windows has CRLF
// inside its multi-line values, and they are the same text. A CR on its own stays, for validation
// to refuse.
std::string withLfLineEnds(std::string_view text);
// For a terminal: escapeInvalidUtf8, and control characters other than TAB and LF as \xNN (C1 as \u0085).
std::string printable(std::string_view text);

// A pragmatic check: local@domain.tld with no spaces; not RFC 5322 in full.
bool isEmailAddress(std::string_view text);

// The key that orders and matches names regardless of case and diacritics in every
// script: compatibility-decomposed, combining marks removed, the Latin letters that do
// not decompose spelled as ICU's Latin-ASCII transliteration spells them, case-folded,
// recomposed. "ООО Юэцин" -> "ооо юэцин", "École" -> "ecole", "Łódź" -> "lodz",
// "Ørsted" -> "orsted", Hebrew with vowel points -> without. Stored keys and the search
// index hold this folding; a change to it needs a migration that folds them again.
std::string foldKey(std::string_view text);

// foldKey, plus a space around every Han, Hiragana and Katakana character, so that
// a word index can match any run of ideographs (Chinese has no spaces between words).
std::string foldForSearch(std::string_view text);

} // namespace keystone
