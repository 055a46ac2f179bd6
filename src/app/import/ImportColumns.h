// Mapping a file's header to an import's fields: by --map (or the GUI's mapping) first, then by each
// field's own name and synonyms. Every kind shares this step; a kind only lists its fields.
#pragma once

#include "app/Import.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::imports {

// field -> column index; std::less<> finds a field by a string_view without building a std::string
using ColumnMap = std::map<std::string, std::size_t, std::less<>>;

// The headers an account reference is known by, shared by every kind that names an account.
const std::vector<std::string>& accountRefSynonyms();

// Case folded, without spaces, '_', '-' and '.', so "Customer No." matches "customer_no".
std::string normalizeHeader(std::string_view text);

// Fields without a column yet get the first free column named by the field's own
// name and then its synonyms, in order.
void matchSynonyms(const std::vector<ImportField>& fields, const std::vector<std::string>& header, ColumnMap& map,
                   std::set<std::size_t>& taken);

// The columns of `header` for `fields`; throws Error naming the file, the mapping or the missing fields.
// `alternatives` names what a kind needs beyond its required fields (one of two columns), or "".
ColumnMap resolveColumns(const std::vector<ImportField>& fields, const std::vector<std::string>& header,
                         const ImportOptions& options,
                         const std::function<std::string(const ColumnMap&)>& alternatives);

} // namespace keystone::imports
