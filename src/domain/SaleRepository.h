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
};

} // namespace keystone
