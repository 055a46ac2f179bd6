// Storage of tenders.
#pragma once

#include "domain/Tender.h"
#include "domain/TenderReason.h"

#include <optional>
#include <string_view>
#include <vector>

namespace keystone {

class TenderRepository
{
public:
    virtual ~TenderRepository() = default;
    virtual void create(Tender& tender) = 0;
    virtual void update(Tender& tender) = 0;
    virtual std::optional<Tender> find(TenderId id) const = 0;
    // Newest first.
    virtual std::vector<Tender> listForAccount(AccountId accountId) const = 0;
    virtual void remove(TenderId id) = 0;

    // The managed list of win and loss reasons; a name is unique, compared folded.
    virtual void createReason(TenderReason& reason) = 0;
    // In the order they were added (the seeded ones first).
    virtual std::vector<TenderReason> reasons() const = 0;
    virtual std::optional<TenderReason> findReason(std::string_view name) const = 0;
};

} // namespace keystone
