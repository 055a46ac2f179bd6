// One line of a sales document as the ERP exports it: the raw material of the
// ABC-XYZ segmentation. Returns are lines with a negative amount.
#pragma once

#include "domain/Date.h"
#include "domain/Errors.h"
#include "domain/Ids.h"
#include "domain/Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keystone {

struct SaleLine
{
    static constexpr int kQuantityDecimals = 3; // quantities in thousandths (kg, m, pieces)

    SaleId id = 0;
    AccountId accountId = 0;
    Date date;
    Money amount;
    std::optional<Money> margin;
    std::optional<std::int64_t> quantity; // scaled by 10^kQuantityDecimals
    std::string product;
    std::string document;
    std::optional<BatchId> batchId;

    std::vector<FieldError> validate() const;
    bool operator==(const SaleLine&) const = default;
};

} // namespace keystone
