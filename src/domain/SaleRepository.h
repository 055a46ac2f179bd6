// Storage of sale lines, written in bulk by imports and read in bulk by analytics.
#pragma once

#include "domain/SaleLine.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace keystone {

struct SaleQuery
{
    std::optional<AccountId> accountId;
    std::optional<Date> from; // inclusive
    std::optional<Date> to;   // inclusive
};

// Months are numbered year * 12 + (month - 1), so consecutive months differ by one.
inline int monthIndex(Date d) { return d.year() * 12 + d.month() - 1; }
inline Date monthStart(int month) { return *Date::fromYmd(month / 12, month % 12 + 1, 1); }

// The per-account per-month totals the store keeps up to date as sales arrive.
struct MonthlyTotal
{
    AccountId accountId = 0;
    int month = 0;
    Money amount;
    Money margin;      // lines without a margin count as zero
    std::int64_t lines = 0;
    Date firstDay;     // first and last day with a sale in that month
    Date lastDay;
};

class SaleRepository
{
public:
    virtual ~SaleRepository() = default;
    // Validates and stores every line in one transaction: all or nothing.
    virtual void add(std::vector<SaleLine>& lines) = 0;
    // Ordered by date, then id.
    virtual std::vector<SaleLine> list(const SaleQuery& query) const = 0;
    // Streams lines in account, date order without materialising them all.
    virtual void forEach(const SaleQuery& query, const std::function<void(const SaleLine&)>& visit) const = 0;
    virtual std::int64_t count(const SaleQuery& query) const = 0;
    virtual void remove(SaleId id) = 0;
    // Streams the monthly totals of the months from..to (inclusive, either open),
    // ordered by account, then month.
    virtual void forEachMonthlyTotal(std::optional<int> fromMonth, std::optional<int> toMonth,
                                     const std::function<void(const MonthlyTotal&)>& visit) const = 0;
    // One account's monthly totals, in month order (none for an account without sales).
    virtual std::vector<MonthlyTotal> monthlyTotalsOf(AccountId account) const = 0;
};

} // namespace keystone
