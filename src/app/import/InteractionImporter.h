// Interactions from a CSV file, each at an account named by reference. An interaction's natural key
// is its account, time, kind and subject: a row with the same key updates the fields it has.
#pragma once

#include "app/import/KindImporter.h"

namespace keystone::imports {

class InteractionImporter final : public KindImporter
{
public:
    using KindImporter::KindImporter;
    static const std::vector<ImportField>& fields();

    void process(Row& row) override;

private:
    std::vector<Interaction>& interactionsOf(AccountId id);

    std::unordered_map<AccountId, std::vector<Interaction>> m_interactionCache;
};

} // namespace keystone::imports
