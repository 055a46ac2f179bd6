// Contacts from a CSV file, each at an account named by reference: matched by e-mail (or by name),
// created or updated. reports_to may name a person further down the file, so the file is read twice
// and those links are set once every row is written.
#pragma once

#include "app/import/KindImporter.h"

#include <set>

namespace keystone::imports {

class ContactImporter final : public KindImporter
{
public:
    using KindImporter::KindImporter;
    static const std::vector<ImportField>& fields();

    void learn(Row& row) override;
    void process(Row& row) override;
    void finish() override;

private:
    std::set<std::string> m_fileContacts; // account reference + '\n' + folded e-mail or name
    std::vector<Link> m_reportsToLinks;
};

} // namespace keystone::imports
