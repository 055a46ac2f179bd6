// The kinds of import, one entry each: its name, its fields, how its file is read and its importer.
// Adding a kind is an ImportKind value, an importer class and one entry in ImportKinds.cpp.
#pragma once

#include "app/import/KindImporter.h"

#include <memory>
#include <string_view>
#include <vector>

namespace keystone::imports {

struct ImportKindEntry
{
    ImportKind kind;
    std::string_view name; // as the CLI and the batch list name it
    const std::vector<ImportField>& (*fields)();
    // Read the file twice: once to learn the keys it defines, so rows may name records further down.
    bool learnsFirst = false;
    // Savepoints unless the kind is all or nothing anyway and nothing it writes on the way wants
    // undoing on its own (a sale import's accounts, which then join its transaction).
    sql::Transaction::Nesting nesting = sql::Transaction::Nesting::Savepoints;
    std::unique_ptr<KindImporter> (*make)(Workspace&, const ImportOptions&, ImportSummary&);
};

const std::vector<ImportKindEntry>& importKinds();
const ImportKindEntry& importKind(ImportKind kind);

} // namespace keystone::imports
