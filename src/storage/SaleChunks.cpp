#include "storage/SaleChunks.h"

#include "storage/DatabaseError.h"
#include "storage/Varint.h"

#include <algorithm>

namespace keystone::sale_chunks {

namespace {

// Format 1: this byte, then per line: the ordinal's step from the previous line's plus one (from 0
// for the first line), the day's distance from the previous line's day (zigzag; from day 0 for
// the first), the amount (zigzag), a flags number (1: a margin follows, 2: a quantity follows),
// the margin and the quantity (zigzag) when flagged, then the product and the document, each as the
// length of the prefix it shares with the previous line's, the length of the rest, and the rest.
// All numbers are variable-length integers (storage/Varint.h).
constexpr unsigned char kFormat = 1;
constexpr std::uint64_t kHasMargin = 1;
constexpr std::uint64_t kHasQuantity = 2;

std::size_t sharedPrefix(std::string_view a, std::string_view b)
{
    const std::size_t n = std::min(a.size(), b.size());
    std::size_t i = 0;
    while (i < n && a[i] == b[i])
        ++i;
    return i;
}

void putText(std::string& out, std::string& previous, const std::string& text)
{
    const std::size_t shared = sharedPrefix(previous, text);
    varint::putUnsigned(out, shared);
    varint::putUnsigned(out, text.size() - shared);
    out.append(text, shared, std::string::npos);
    previous = text;
}

} // namespace

Builder::Builder() { clear(); }

void Builder::clear()
{
    std::string().swap(m_bytes);
    m_bytes += static_cast<char>(kFormat);
    m_lines = 0;
    m_lastOrdinal = 0;
    m_firstDay = m_lastDay = m_previousDay = 0;
    std::string().swap(m_product);
    std::string().swap(m_document);
}

void Builder::append(const SaleLine& line, std::uint32_t ordinal)
{
    const std::int32_t day = line.date.days();
    varint::putUnsigned(m_bytes, m_lines == 0 ? ordinal : ordinal - m_lastOrdinal - 1);
    varint::putSigned(m_bytes, static_cast<std::int64_t>(day) - m_previousDay);
    varint::putSigned(m_bytes, line.amount.units());
    varint::putUnsigned(m_bytes, (line.margin ? kHasMargin : 0) | (line.quantity ? kHasQuantity : 0));
    if (line.margin)
        varint::putSigned(m_bytes, line.margin->units());
    if (line.quantity)
        varint::putSigned(m_bytes, *line.quantity);
    putText(m_bytes, m_product, line.product);
    putText(m_bytes, m_document, line.document);
    m_firstDay = m_lines == 0 ? day : std::min(m_firstDay, day);
    m_lastDay = m_lines == 0 ? day : std::max(m_lastDay, day);
    m_previousDay = day;
    m_lastOrdinal = ordinal;
    ++m_lines;
}

ChunkInfo readInfo(const sql::Statement& st, int first)
{
    return {st.int64(first), st.int64(first + 1),
            st.isNull(first + 2) ? std::nullopt : std::optional<BatchId>(st.int64(first + 2))};
}

namespace {

// One line as packed, before it becomes a SaleLine.
struct PackedLine
{
    std::int64_t ordinal = 0;
    std::int64_t day = 0;
    std::int64_t amount = 0;
    std::optional<std::int64_t> margin;
    std::optional<std::int64_t> quantity;
};

// The previous line's product or document, which the next shares a prefix of: the text itself,
// or only its length when the texts are not wanted (they are checked all the same).
template <bool kTexts>
struct PreviousText;
template <>
struct PreviousText<true>
{
    std::string text;
    std::size_t size() const { return text.size(); }
    void set(std::size_t shared, std::string_view rest)
    {
        text.resize(shared);
        text.append(rest);
    }
};
template <>
struct PreviousText<false>
{
    std::size_t length = 0;
    std::size_t size() const { return length; }
    void set(std::size_t shared, std::string_view rest) { length = shared + rest.size(); }
};

// Reads every line of `bytes`, checking it as it goes, and hands each to `visit` with the
// product and document (PreviousText<kTexts>). Throws DatabaseError (Corrupt) naming the chunk.
template <bool kTexts, typename Visit>
void walk(std::string_view bytes, const ChunkInfo& info, Visit&& visit)
{
    varint::Reader in(bytes, [&info](const std::string& what, std::size_t at) {
        return DatabaseError(DatabaseError::Reason::Corrupt,
                             "the sale lines of chunk " + std::to_string(info.chunk) + " (account " +
                                 std::to_string(info.account) + ", table sale_chunks) are damaged: " + what +
                                 " at byte " + std::to_string(at) + "; 'keystone-cli check' reports it");
    });
    if (bytes.empty() || static_cast<unsigned char>(bytes.front()) != kFormat)
        in.fail("it does not start with format " + std::to_string(kFormat));
    in.getUnsigned(); // the format byte read as a number: it is below 0x80
    constexpr std::int64_t kMostDays = 4'000'000; // about 10,950 years either side of 1970
    PackedLine line;
    line.ordinal = -1;
    PreviousText<kTexts> product;
    PreviousText<kTexts> document;
    const auto getText = [&in](PreviousText<kTexts>& text) {
        const std::uint64_t shared = in.getUnsigned();
        if (shared > text.size())
            in.fail("a text shares more than the previous line's text");
        text.set(static_cast<std::size_t>(shared), in.getBytes(in.getUnsigned()));
    };
    while (!in.atEnd()) {
        const std::uint64_t step = in.getUnsigned();
        if (step >= static_cast<std::uint64_t>(kIdsPerChunk - 1 - line.ordinal))
            in.fail("an ordinal is out of range");
        line.ordinal += static_cast<std::int64_t>(step) + 1;
        const std::int64_t dayStep = in.getSigned();
        if (dayStep < -2 * kMostDays || dayStep > 2 * kMostDays || line.day + dayStep < -kMostDays ||
            line.day + dayStep > kMostDays)
            in.fail("a day is out of range");
        line.day += dayStep;
        line.amount = in.getSigned();
        const std::uint64_t flags = in.getUnsigned();
        if (flags & ~(kHasMargin | kHasQuantity))
            in.fail("unknown flags");
        line.margin = flags & kHasMargin ? std::optional(in.getSigned()) : std::nullopt;
        line.quantity = flags & kHasQuantity ? std::optional(in.getSigned()) : std::nullopt;
        getText(product);
        getText(document);
        visit(line, product, document);
    }
}

} // namespace

void decode(std::string_view bytes, const ChunkInfo& info, std::vector<SaleLine>& out)
{
    walk<true>(bytes, info,
               [&](const PackedLine& p, const PreviousText<true>& product, const PreviousText<true>& document) {
                   SaleLine& l = out.emplace_back();
                   l.id = lineId(info.chunk, static_cast<std::uint32_t>(p.ordinal));
                   l.accountId = info.account;
                   l.batchId = info.batch;
                   l.date = Date::fromDays(static_cast<std::int32_t>(p.day));
                   l.amount = Money::fromUnits(p.amount);
                   if (p.margin)
                       l.margin = Money::fromUnits(*p.margin);
                   l.quantity = p.quantity;
                   l.product = product.text;
                   l.document = document.text;
               });
}

void decodeDays(std::string_view bytes, const ChunkInfo& info, std::vector<DayAmount>& out)
{
    walk<false>(bytes, info, [&](const PackedLine& p, const PreviousText<false>&, const PreviousText<false>&) {
        out.push_back({Date::fromDays(static_cast<std::int32_t>(p.day)), Money::fromUnits(p.amount)});
    });
}

void sortByDate(std::vector<SaleLine>& lines)
{
    std::sort(lines.begin(), lines.end(), [](const SaleLine& a, const SaleLine& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
}

} // namespace keystone::sale_chunks
