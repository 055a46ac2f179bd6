// Importing a dossier file (interchange/DossierJson) in one transaction, matched by natural keys
// so that importing twice changes nothing; the work is app/dossier/DossierImporter's.
#pragma once

#include "app/Encryption.h"
#include "app/InputProblemsError.h"
#include "interchange/DossierJson.h"
#include "storage/Store.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace keystone {

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
// Reads, checks and imports a file; an encrypted one is decrypted whole with `passphrase` first.
ImportReport importDossierFile(Store& store, const std::filesystem::path& path, bool dryRun,
                               const Passphrase* passphrase = nullptr);

} // namespace keystone
