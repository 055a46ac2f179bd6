// Sale lines packed in chunks (table sale_chunks, schema 6): the lines of one account and one import
// batch, up to kMaxLines of them, in one value. A 5,000,000-line import writes about 100,000 rows
// instead of 5,000,000 rows and an index entry for each, and a line takes about 20 bytes instead
// of 55. The format is in docs/data-model.md; it is storage's own business, never seen above the
// repository.
//
// A line's id is its chunk's id times kIdsPerChunk plus its ordinal in the chunk, so ids stay
// unique and stable: removing a line rewrites its chunk with the other lines' ordinals unchanged.
#pragma once

#include "domain/SaleLine.h"
#include "storage/Sqlite.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::sale_chunks {

inline constexpr std::uint32_t kMaxLines = 1024;
inline constexpr std::int64_t kIdsPerChunk = std::int64_t{1} << 16; // > kMaxLines: ordinals never run out

inline constexpr std::int64_t chunkOf(SaleId id) { return id / kIdsPerChunk; }
inline constexpr SaleId lineId(std::int64_t chunk, std::uint32_t ordinal) { return chunk * kIdsPerChunk + ordinal; }

// Lines appended one by one into a chunk's value; lines keep the order they were appended in.
class Builder
{
public:
    Builder();
    // `ordinal` must be greater than the previous line's (the first may be 0).
    void append(const SaleLine& line, std::uint32_t ordinal);
    void append(const SaleLine& line) { append(line, m_lines == 0 ? 0 : m_lastOrdinal + 1); }
    std::uint32_t lines() const { return m_lines; }
    bool empty() const { return m_lines == 0; }
    bool full() const { return m_lines >= kMaxLines; }
    std::int32_t firstDay() const { return m_firstDay; }
    std::int32_t lastDay() const { return m_lastDay; }
    const std::string& bytes() const { return m_bytes; }
    std::size_t memory() const { return m_bytes.capacity() + m_product.capacity() + m_document.capacity(); }
    // Empty again, ready for the next chunk (the buffer's memory is released).
    void clear();

private:
    std::string m_bytes;
    std::uint32_t m_lines = 0;
    std::uint32_t m_lastOrdinal = 0;
    std::int32_t m_firstDay = 0;
    std::int32_t m_lastDay = 0;
    std::int32_t m_previousDay = 0;
    std::string m_product;  // the previous line's, for the shared prefix
    std::string m_document;
};

// What a chunk row says about the lines in its value.
struct ChunkInfo
{
    std::int64_t chunk = 0;
    AccountId account = 0;
    std::optional<BatchId> batch;
};

// The ChunkInfo in columns first, first + 1 and first + 2 (id, account_id, batch_id) of a row.
ChunkInfo readInfo(const sql::Statement& st, int first);

// Appends the lines packed in `bytes` to `out`, in the order they were appended, with ids, account
// and batch from `info`. Throws DatabaseError (Corrupt) naming the chunk when the value is not one
// a Builder wrote.
void decode(std::string_view bytes, const ChunkInfo& info, std::vector<SaleLine>& out);

// A line's day and amount, all that some readers need of it.
struct DayAmount
{
    Date date;
    Money amount;
};

// Appends the day and amount of each line packed in `bytes` to `out`, in the order they were
// appended: decode() without building the lines' texts (they are checked all the same).
void decodeDays(std::string_view bytes, const ChunkInfo& info, std::vector<DayAmount>& out);

// Orders lines by date, then id.
void sortByDate(std::vector<SaleLine>& lines);

} // namespace keystone::sale_chunks
