// Exports of accounts, contacts, interactions and sale lines as tables, for CSV
// (and JSON) output: `keystone-cli export` and the GUI's exports. The column keys
// are the import's field names, so an export imports back without a mapping.
#pragma once

#include "app/Columns.h"
#include "app/Import.h"
#include "app/Workspace.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace keystone {

// What --where selects. Account terms apply to every kind (the records of the
// matching accounts); the others to their own kind.
struct ExportFilter
{
    AccountQuery accounts;
    std::optional<InteractionKind> interactionKind;
    std::optional<DecisionRole> role;
    std::optional<Date> from; // interactions and sales, inclusive
    std::optional<Date> to;
    std::string cell; // "AX": the accounts in that cell of the latest saved segmentation
};

// Parses "status=active and country=Germany" (terms joined by ',' or ' and ';
// keys: status, owner, kind, account_kind, cell, country, tag, text, from, to, role).
// Throws Error naming the term and what was expected.
ExportFilter parseWhere(Workspace& workspace, ImportKind kind, std::string_view expression);

// Column key and description, in the default order.
std::vector<std::pair<std::string, std::string>> exportColumns(ImportKind kind);

// The rows of the chosen columns (empty: the defaults) into `sink` as they are read, the
// headers first: an export holds one account (and its records) at a time. Throws Error for an
// unknown column, and for a cell without a saved segmentation, before the sink hears anything.
// `progress`, when given, hears (accounts read, accounts) for contacts, interactions and sales;
// false stops with Cancelled.
void exportRows(Workspace& workspace, ImportKind kind, const ExportFilter& filter,
                const std::vector<std::string>& columns, RowSink& sink, const ProgressCallback& progress = {});
// exportRows into a Table.
Table exportTable(Workspace& workspace, ImportKind kind, const ExportFilter& filter,
                  const std::vector<std::string>& columns, const ProgressCallback& progress = {});

} // namespace keystone
