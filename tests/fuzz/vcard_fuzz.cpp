// Fuzz target for the vCard reader (interchange/VCard). Any bytes are read without a crash, a leak
// or an exception, and every problem has a line within the input; cards read without problems are
// written as vCard 4.0 and read again, which must give no problems and, written once more, the same
// bytes.
#include "interchange/VCard.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

void check(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "vcard_fuzz: %s\n", what);
        std::abort();
    }
}

std::vector<keystone::vcard::CardOut> out(const std::vector<keystone::vcard::Card>& cards)
{
    std::vector<keystone::vcard::CardOut> result;
    for (const auto& card : cards)
        result.push_back({card.contact, card.organisation});
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace keystone::vcard;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const ReadResult first = readCards(text);
    std::size_t lines = 1; // lines end at LF, CR or CRLF
    for (std::size_t i = 0; i < text.size(); ++i)
        lines += text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'));
    for (const auto& p : first.problems) {
        if (p.message.empty() || p.line > lines)
            std::fprintf(stderr, "vcard_fuzz: line %zu of %zu: %s\n", p.line, lines, p.message.c_str());
        check(!p.message.empty() && p.line <= lines, "a problem without a message or beyond the input");
    }
    if (!first.problems.empty())
        return 0;
    const std::string written = writeCards(out(first.cards));
    const ReadResult second = readCards(written);
    check(second.problems.empty(), "what the writer wrote reads back with problems");
    check(second.cards.size() == first.cards.size(), "a card was lost on the way");
    check(writeCards(out(second.cards)) == written, "writing what was read back gives other bytes");
    return 0;
}
