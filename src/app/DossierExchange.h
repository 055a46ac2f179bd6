// Moving whole dossiers between databases: gathering them from the store into the
// file model of interchange/DossierJson, and importing such a file back in one
// transaction, matched by natural keys so that importing twice changes nothing.
#pragma once

#include "interchange/DossierJson.h"
#include "storage/Store.h"

#include <filesystem>
#include <string>
#include <vector>

namespace keystone {

// A file (or other input) that cannot be used, with every problem found. what()
// names the source, the number of problems and at most the first kShown of them.
class InputProblemsError : public Error
{
public:
    static constexpr std::size_t kShown = 20;
    InputProblemsError(std::string source, std::vector<std::string> problems);
    const std::string& source() const { return m_source; }
    const std::vector<std::string>& problems() const { return m_problems; }

private:
    std::string m_source;
    std::vector<std::string> m_problems;
};

// The accounts' dossiers with the managers and competitors they name. With
// `everyone`, every manager and competitor is included, named or not (for --all).
json::DossierFile gatherDossiers(Store& store, const std::vector<AccountId>& accounts, bool everyone = false);
// Every account, archived ones too, in name order.
std::vector<AccountId> allAccountIds(Store& store);

struct ImportCount
{
    std::string kind; // "accounts", "contacts" ...
    int created = 0;
    int updated = 0;
    int unchanged = 0;
};

struct ImportReport
{
    std::vector<ImportCount> counts;
    bool written = false; // false for a dry run
    // "accounts: 1 created, 2 updated, 0 unchanged" and so on, one line each.
    std::vector<std::string> lines() const;
    const ImportCount& count(std::string_view kind) const;
};

// Imports every record in one transaction: all or nothing. Throws
// InputProblemsError (source `source`, each problem with its JSON path) when any
// reference cannot be resolved or any record is refused; nothing is written then.
// A dry run does all the work and rolls it back.
ImportReport importDossiers(Store& store, const json::DossierFile& file, const std::string& source, bool dryRun);
// Reads, checks and imports a file.
ImportReport importDossierFile(Store& store, const std::filesystem::path& path, bool dryRun);

// The whole content of a file; throws Error naming the file when it cannot be read.
std::string readWholeFile(const std::filesystem::path& path);

} // namespace keystone
