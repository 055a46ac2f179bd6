// Accounts from a CSV file: matched by reference (or, without one, by name), created or updated.
// A parent may be named further down the file, so the file is read twice and the parents are
// linked once every row is written.
#pragma once

#include "app/import/KindImporter.h"

#include <set>

namespace keystone::imports {

class AccountImporter final : public KindImporter
{
public:
    using KindImporter::KindImporter;
    static const std::vector<ImportField>& fields();

    std::string missingAlternatives(const ColumnMap& columns) const override;
    void learn(Row& row) override;
    void process(Row& row) override;
    void finish() override;

private:
    std::optional<Account> accountByName(const std::string& name);

    std::set<std::string> m_fileRefs;
    std::vector<Link> m_parentLinks;
};

} // namespace keystone::imports
