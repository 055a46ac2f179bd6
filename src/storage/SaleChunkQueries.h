// The queries on sale_chunks that the reading of lines and the recomputing of monthly totals share:
// the chunks that may hold lines of a date range, and the test of a line against the range.
#pragma once

#include "domain/SaleLine.h"
#include "storage/Sqlite.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace keystone::sale_queries {

inline std::optional<std::int64_t> daysOf(const std::optional<Date>& d)
{
    return d ? std::optional<std::int64_t>(d->days()) : std::nullopt;
}

inline bool inRange(const SaleLine& l, const std::optional<Date>& from, const std::optional<Date>& to)
{
    return (!from || l.date >= *from) && (!to || l.date <= *to);
}

// The chunks that may hold lines of `from`..`to` (either open): one account's or all, in account order.
inline constexpr std::string_view kChunkColumns = "SELECT id, account_id, batch_id, body FROM sale_chunks ";
inline constexpr std::string_view kChunksOfAccount =
    "WHERE account_id = ?1 AND (?2 IS NULL OR last_day >= ?2) AND (?3 IS NULL OR first_day <= ?3) ORDER BY id";
inline constexpr std::string_view kChunksOfAll =
    "WHERE (?2 IS NULL OR last_day >= ?2) AND (?3 IS NULL OR first_day <= ?3) ORDER BY account_id";

inline void bindRange(sql::Statement& st, const std::optional<AccountId>& account,
                      const std::optional<Date>& from, const std::optional<Date>& to)
{
    if (account)
        st.bind(1, *account);
    st.bind(2, daysOf(from)).bind(3, daysOf(to));
}

} // namespace keystone::sale_queries
