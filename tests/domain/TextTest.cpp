#include "domain/Text.h"

#include <catch2/catch.hpp>
#include <memory>
#include <string>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <vector>

using namespace keystone;

TEST_CASE("Folding matches case and diacritics in every script")
{
    CHECK(foldKey("ООО Юэцин") == foldKey("ооо юэцин"));
    CHECK(foldKey("ООО Юэцин") == "ооо юэцин");
    CHECK(foldKey("École") == "ecole");
    CHECK(foldKey("STRASSE") == foldKey("Straße"));
    CHECK(foldKey("Ёлка") == foldKey("елка"));
    // Hebrew: "shalom" with vowel points folds to the unpointed spelling.
    CHECK(foldKey("שָׁלוֹם") == "שלום");
    CHECK(foldKey("ΣΟΦΊΑ") == foldKey("σοφία"));
    CHECK(foldKey("ＡＢＣ") == "abc"); // full-width forms
    CHECK(foldKey("") == "");
}

TEST_CASE("Search folding separates ideographs")
{
    CHECK(foldForSearch("北京科技") == " 北  京  科  技 ");
    CHECK(foldForSearch("Acme 北京") == "acme  北  京 ");
}

TEST_CASE("UTF-8 validation names the first bad byte")
{
    CHECK(isValidUtf8("Юэцин"));
    CHECK(firstInvalidUtf8("ab\xFF") == 2);
    CHECK(firstInvalidUtf8("a\xC0\xAF") == 1); // overlong '/'
    CHECK(firstInvalidUtf8("\xED\xA0\x80") == 0); // a surrogate
    CHECK(firstInvalidUtf8("\xE2\x82") == 0);     // truncated
}

TEST_CASE("Lists and e-mail addresses")
{
    const auto parts = splitList(" a, b;;c ,");
    REQUIRE(parts.size() == 3);
    CHECK(parts[2] == "c");
    CHECK(isEmailAddress("anna@example.com"));
    CHECK(isEmailAddress("исп@пример.рф"));
    CHECK_FALSE(isEmailAddress("anna@example"));
    CHECK_FALSE(isEmailAddress("anna example.com"));
    CHECK_FALSE(isEmailAddress("a@b@c.com"));
    CHECK_FALSE(isEmailAddress("@example.com"));
}

TEST_CASE("Latin letters that do not decompose fold as people type them")
{
    CHECK(foldKey("Łódź") == "lodz");
    CHECK(foldKey("Ørsted") == "orsted");
    CHECK(foldKey("Æbleskiver") == "aebleskiver");
    CHECK(foldKey("Đồng Nai") == "dong nai");
    CHECK(foldKey("Kağıt") == "kagit");
    CHECK(foldKey("Þór") == "thor");
    CHECK(foldKey("Œuvre") == "oeuvre");
    CHECK(foldKey("Straße") == "strasse");
    // Other scripts keep their letters.
    CHECK(foldKey("Генеральный") == "генеральныи");
    CHECK(foldKey("Ωμέγα") == "ωμεγα");
    CHECK(foldForSearch("Łódź 北京") == "lodz  北  京 ");
}

TEST_CASE("Every Latin letter folds as ICU's Latin-ASCII transliteration spells it")
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> ascii(
        icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    REQUIRE(U_SUCCESS(status));
    std::vector<std::string> differ;
    int compared = 0;
    // Ŀ ŀ ŉ ẚ are the exceptions: their compatibility decomposition already spells them
    // with a mark of punctuation (l·, ʼn, aʾ), which the index treats as a word break.
    const std::u32string punctuated = U"\u013F\u0140\u0149\u1E9A";
    for (UChar32 c = 0x00C0; c <= 0xAB6F; ++c) {
        const bool latin = c <= 0x024F || (c >= 0x1E00 && c <= 0x1EFF) || (c >= 0x2C60 && c <= 0x2C7F) ||
                           (c >= 0xA720 && c <= 0xA7FF) || c >= 0xAB30;
        if (!latin || !u_isalpha(c) || punctuated.find(char32_t(c)) != std::u32string::npos)
            continue;
        icu::UnicodeString letter(c);
        std::string original;
        letter.toUTF8String(original);
        icu::UnicodeString spelled(letter);
        ascii->transliterate(spelled);
        std::string expected;
        spelled.toUTF8String(expected);
        ++compared;
        if (foldKey(original) != foldKey(expected))
            differ.push_back(original + " -> " + foldKey(original) + ", ICU " + expected);
    }
    CHECK(compared > 800);
    INFO(differ.size() << " differ");
    for (const auto& d : differ)
        UNSCOPED_INFO(d);
    CHECK(differ.empty());
}

TEST_CASE("Control characters are found, and escaped for terminals and JSON")
{
    using namespace std::string_literals;
    CHECK(firstControlCharacter("tab\tand\nline") == std::string_view::npos);
    CHECK(firstControlCharacter("a\x1b[31m") == 1);
    CHECK(firstControlCharacter("nul\0"s) == 3);
    CHECK(firstControlCharacter("cr\r\n") == 2);
    CHECK(firstControlCharacter("del\x7f") == 3);
    CHECK(firstControlCharacter("c1 \xc2\x85") == 3);
    CHECK(firstControlCharacter("nbsp \xc2\xa0 Ёж 北京") == std::string_view::npos);

    CHECK(printable("Bad\x1b[31mCo\t\n") == "Bad\\x1b[31mCo\t\n");
    CHECK(printable("nul\0 \x7f \xc2\x85"s) == "nul\\x00 \\x7f \\u0085");
    CHECK(printable("bad \xff byte") == "bad \\xff byte");
    CHECK(escapeInvalidUtf8("caf\xe9.csv") == "caf\\xe9.csv");
    CHECK(escapeInvalidUtf8("café.csv") == "café.csv");
    CHECK(escapeInvalidUtf8("\x1b stays") == "\x1b stays"); // JSON escapes control characters itself
}

TEST_CASE("CRLF becomes LF, a CR on its own stays")
{
    CHECK(withLfLineEnds("one\r\ntwo\r\n") == "one\ntwo\n");
    CHECK(withLfLineEnds("lone\rcr\r") == "lone\rcr\r");
    CHECK(withLfLineEnds("\r\r\n") == "\r\n");
    CHECK(withLfLineEnds("") == "");
}
