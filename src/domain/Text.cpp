#include "domain/Text.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>
#include <unordered_map>

namespace keystone {

std::string_view trim(std::string_view text)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

std::vector<std::string_view> splitList(std::string_view text)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ',' || text[i] == ';') {
            const auto part = trim(text.substr(start, i - start));
            if (!part.empty())
                parts.push_back(part);
            start = i + 1;
        }
    }
    return parts;
}

std::size_t firstInvalidUtf8(std::string_view text)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        const bool overlong = (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

bool isValidUtf8(std::string_view text) { return firstInvalidUtf8(text) == std::string_view::npos; }

namespace {

bool isC0OrDel(unsigned char c) { return (c < 0x20 && c != '\t' && c != '\n') || c == 0x7F; }
bool isC1At(std::string_view text, std::size_t i)
{
    return static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
           static_cast<unsigned char>(text[i + 1]) >= 0x80 && static_cast<unsigned char>(text[i + 1]) <= 0x9F;
}
void appendHex(std::string& out, const char* prefix, unsigned value, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += prefix;
    for (int d = digits - 1; d >= 0; --d)
        out += kHex[(value >> (4 * d)) & 0xF];
}

} // namespace

std::size_t firstControlCharacter(std::string_view text)
{
    for (std::size_t i = 0; i < text.size(); ++i)
        if (isC0OrDel(static_cast<unsigned char>(text[i])) || isC1At(text, i))
            return i;
    return std::string_view::npos;
}

std::string escapeInvalidUtf8(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        const auto bad = firstInvalidUtf8(text);
        out.append(text.substr(0, bad));
        if (bad == std::string_view::npos)
            break;
        appendHex(out, "\\x", static_cast<unsigned char>(text[bad]), 2);
        text.remove_prefix(bad + 1);
    }
    return out;
}

std::string withLfLineEnds(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] != '\r' || i + 1 == text.size() || text[i + 1] != '\n')
            out += text[i];
    return out;
}

std::string printable(std::string_view text)
{
    const std::string valid = escapeInvalidUtf8(text);
    if (firstControlCharacter(valid) == std::string_view::npos)
        return valid;
    std::string out;
    out.reserve(valid.size() + 8);
    for (std::size_t i = 0; i < valid.size(); ++i) {
        const auto c = static_cast<unsigned char>(valid[i]);
        if (isC0OrDel(c)) {
            appendHex(out, "\\x", c, 2);
        } else if (isC1At(valid, i)) {
            appendHex(out, "\\u", static_cast<unsigned char>(valid[i + 1]), 4);
            ++i;
        } else {
            out += valid[i];
        }
    }
    return out;
}

bool isEmailAddress(std::string_view text)
{
    const auto at = text.find('@');
    if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos)
        return false;
    for (char c : text)
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ';' || c == '<' || c == '>')
            return false;
    const auto domain = text.substr(at + 1);
    const auto dot = domain.rfind('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() && domain.front() != '.' &&
           domain.find("..") == std::string_view::npos;
}

namespace {

const icu::Normalizer2& normalizer(bool compose)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        compose ? icu::Normalizer2::getNFCInstance(status) : icu::Normalizer2::getNFKDInstance(status);
    if (U_FAILURE(status) || n == nullptr)
        throw std::runtime_error("ICU normalisation data is not available");
    return *n;
}

bool isSpacedScript(UChar32 c)
{
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    return U_SUCCESS(status) &&
           (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA);
}

// Latin letters that do not decompose (ł ø æ đ ı þ ...) carry no mark to strip, so
// NFKD leaves them apart from the letter people type for them: "lodz" would not find
// "Łódź". ICU's Latin-ASCII transliteration spells them in ASCII; it is asked once per
// such letter, here, rather than run over every string folded.
const std::unordered_map<UChar32, icu::UnicodeString>& undecomposedLatin()
{
    static const std::unordered_map<UChar32, icu::UnicodeString> table = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> ascii(
            icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
        if (U_FAILURE(status) || !ascii)
            throw std::runtime_error("ICU's Latin-ASCII transliteration is not available");
        const std::pair<UChar32, UChar32> latin[] = {
            {0x00C0, 0x024F}, {0x1E00, 0x1EFF}, {0x2C60, 0x2C7F}, {0xA720, 0xA7FF}, {0xAB30, 0xAB6F}};
        std::unordered_map<UChar32, icu::UnicodeString> map;
        for (const auto& [first, last] : latin) {
            for (UChar32 c = first; c <= last; ++c) {
                if (!u_isalpha(c) || !normalizer(false).isNormalized(icu::UnicodeString(c), status))
                    continue; // decomposable letters lose their marks in fold()
                icu::UnicodeString spelled(c);
                ascii->transliterate(spelled);
                bool isAscii = !spelled.isEmpty() && spelled != icu::UnicodeString(c);
                for (int32_t i = 0; isAscii && i < spelled.length(); ++i)
                    isAscii = spelled.charAt(i) < 0x80;
                if (isAscii)
                    map.emplace(c, spelled);
            }
        }
        return map;
    }();
    return table;
}

std::string fold(std::string_view text, bool spaceIdeographs)
{
    if (text.empty())
        return {};
    const auto source = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = normalizer(false).normalize(source, status);
    if (U_FAILURE(status))
        return std::string(text);

    icu::UnicodeString stripped;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK)
            continue;
        if (c >= 0x00C0 && c <= 0xAB6F) {
            const auto& latin = undecomposedLatin();
            if (const auto it = latin.find(c); it != latin.end()) {
                stripped.append(it->second);
                continue;
            }
        }
        if (spaceIdeographs && isSpacedScript(c)) {
            stripped.append(UChar(' ')).append(c).append(UChar(' '));
            continue;
        }
        stripped.append(c);
    }
    stripped.foldCase();
    icu::UnicodeString composed = normalizer(true).normalize(stripped, status);
    if (U_FAILURE(status))
        return std::string(text);
    std::string out;
    composed.toUTF8String(out);
    return out;
}

} // namespace

std::string foldKey(std::string_view text) { return fold(text, false); }
std::string foldForSearch(std::string_view text) { return fold(text, true); }

} // namespace keystone
