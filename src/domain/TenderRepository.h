// Storage of tenders.
#pragma once

#include "domain/Tender.h"

#include <optional>
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
};

} // namespace keystone
