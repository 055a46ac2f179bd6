#include "app/import/ImportKinds.h"

#include "app/import/AccountImporter.h"
#include "app/import/ContactImporter.h"
#include "app/import/InteractionImporter.h"
#include "app/import/SaleImporter.h"

namespace keystone::imports {

namespace {

template <typename T>
std::unique_ptr<KindImporter> make(Workspace& workspace, const ImportOptions& options, ImportSummary& summary)
{
    return std::make_unique<T>(workspace, options, summary);
}

} // namespace

const std::vector<ImportKindEntry>& importKinds()
{
    using Nesting = sql::Transaction::Nesting;
    static const std::vector<ImportKindEntry> kinds = {
        {ImportKind::Accounts, "accounts", &AccountImporter::fields, true, Nesting::Savepoints,
         &make<AccountImporter>},
        {ImportKind::Contacts, "contacts", &ContactImporter::fields, true, Nesting::Savepoints,
         &make<ContactImporter>},
        {ImportKind::Interactions, "interactions", &InteractionImporter::fields, false, Nesting::Savepoints,
         &make<InteractionImporter>},
        {ImportKind::Sales, "sales", &SaleImporter::fields, false, Nesting::Joined, &make<SaleImporter>},
    };
    return kinds;
}

const ImportKindEntry& importKind(ImportKind kind)
{
    for (const auto& entry : importKinds())
        if (entry.kind == kind)
            return entry;
    throw std::logic_error("importKind: a kind without an entry in ImportKinds.cpp");
}

} // namespace keystone::imports

namespace keystone {

std::optional<ImportKind> importKindFromName(std::string_view name)
{
    for (const auto& entry : imports::importKinds())
        if (entry.name == name)
            return entry.kind;
    return std::nullopt;
}

std::string_view importKindName(ImportKind kind) { return imports::importKind(kind).name; }

const std::vector<ImportField>& importFields(ImportKind kind) { return imports::importKind(kind).fields(); }

} // namespace keystone
