#include "app/import/ImportColumns.h"

#include "domain/Text.h"

#include <optional>

namespace keystone::imports {

namespace {

std::string listHeaders(const std::vector<std::string>& header)
{
    std::string out;
    for (const auto& h : header)
        out += (out.empty() ? "" : ", ") + (h.empty() ? std::string("(empty)") : h);
    return out;
}

} // namespace

const std::vector<std::string>& accountRefSynonyms()
{
    static const std::vector<std::string> synonyms = {
        "account",        "account_ref",   "accountref",      "ref",         "reference",  "customer",
        "customer_id",    "customer_no",   "customer_number", "customer_nr", "client",     "client_id",
        "client_no",      "kunde",         "kundennr",        "kundennummer", "kunden_nr", "debitor",
        "debitorennummer", "клиент",        "код клиента",     "номер клиента", "контрагент", "код контрагента"};
    return synonyms;
}

std::string normalizeHeader(std::string_view text)
{
    std::string folded = foldKey(trim(text));
    std::string out;
    for (char ch : folded)
        if (ch != ' ' && ch != '_' && ch != '-' && ch != '.')
            out += ch;
    return out;
}

void matchSynonyms(const std::vector<ImportField>& fields, const std::vector<std::string>& header, ColumnMap& map,
                   std::set<std::size_t>& taken)
{
    for (const auto& f : fields) {
        if (map.count(f.key))
            continue;
        std::vector<std::string> names{f.key};
        names.insert(names.end(), f.synonyms.begin(), f.synonyms.end());
        for (const auto& name : names) {
            const auto wanted = normalizeHeader(name);
            for (std::size_t i = 0; i < header.size(); ++i) {
                if (!taken.count(i) && normalizeHeader(header[i]) == wanted) {
                    map[f.key] = i;
                    taken.insert(i);
                    break;
                }
            }
            if (map.count(f.key))
                break;
        }
    }
}

ColumnMap resolveColumns(const std::vector<ImportField>& fields, const std::vector<std::string>& header,
                         const ImportOptions& options,
                         const std::function<std::string(const ColumnMap&)>& alternatives)
{
    const std::string file = options.file.string();
    auto known = [&](const std::string& key) {
        for (const auto& f : fields)
            if (f.key == key)
                return true;
        return false;
    };
    auto fieldList = [&] {
        std::string out;
        for (const auto& f : fields)
            out += (out.empty() ? "" : ", ") + f.key;
        return out;
    };
    ColumnMap map;
    std::set<std::size_t> taken;
    for (const auto& [field, column] : options.mapping) {
        if (!known(field))
            throw Error("--map: '" + field + "' is not a field of " + std::string(importKindName(options.kind)) +
                        " imports; the fields are: " + fieldList());
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < header.size() && !found; ++i)
            if (header[i] == column)
                found = i;
        for (std::size_t i = 0; i < header.size() && !found; ++i)
            if (normalizeHeader(header[i]) == normalizeHeader(column))
                found = i;
        if (!found)
            throw Error(file + ":1: --map " + field + "=" + column + ": the header has no column '" + column +
                        "'; it has: " + listHeaders(header));
        map[field] = *found;
        taken.insert(*found);
    }
    if (!options.mappingOnly)
        matchSynonyms(fields, header, map, taken);
    std::string missing;
    for (const auto& f : fields)
        if (f.required && !map.count(f.key))
            missing += (missing.empty() ? "" : ", ") + f.key;
    if (const std::string other = alternatives ? alternatives(map) : std::string(); !other.empty())
        missing += (missing.empty() ? "" : ", ") + other;
    if (!missing.empty())
        throw Error(file + ":1: no column for the required field(s) " + missing +
                    (options.mappingOnly ? std::string("; choose a column for each in the mapping")
                                         : std::string("; name them with --map field=Column")) +
                    ". The header has: " + listHeaders(header));
    return map;
}

} // namespace keystone::imports

namespace keystone {

std::vector<std::string> suggestedFields(ImportKind kind, const std::vector<std::string>& header)
{
    imports::ColumnMap map;
    std::set<std::size_t> taken;
    imports::matchSynonyms(importFields(kind), header, map, taken);
    std::vector<std::string> out(header.size());
    for (const auto& [field, column] : map)
        out[column] = field;
    return out;
}

} // namespace keystone
