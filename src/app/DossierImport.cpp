#include "app/DossierImport.h"

#include "app/InputFile.h"
#include "app/dossier/DossierImporter.h"

#include <stdexcept>

namespace keystone {

std::vector<std::string> ImportReport::lines() const
{
    std::vector<std::string> out;
    for (const auto& c : counts)
        out.push_back(c.kind + ": " + std::to_string(c.created) + " created, " + std::to_string(c.updated) +
                      " updated, " + std::to_string(c.unchanged) + " unchanged");
    return out;
}

const ImportCount& ImportReport::count(std::string_view kind) const
{
    for (const auto& c : counts)
        if (c.kind == kind)
            return c;
    throw std::invalid_argument("no import count named " + std::string(kind));
}

ImportReport importDossiers(Store& store, const json::DossierFile& file, const std::string& source, bool dryRun)
{
    auto tx = store.transaction();
    dossiers::DossierImporter importer(store, file);
    importer.run();
    if (!importer.problems.empty())
        throw InputProblemsError(source, importer.problems); // the transaction rolls back
    ImportReport report = importer.report();
    if (!dryRun) {
        tx.commit();
        report.written = true;
    }
    return report;
}

ImportReport importDossierFile(Store& store, const std::filesystem::path& path, bool dryRun,
                               const Passphrase* passphrase)
{
    const std::string text = readInputText(path, passphrase);
    auto result = json::readDossiers(text);
    if (!result.problems.empty()) {
        std::vector<std::string> problems;
        for (const auto& p : result.problems)
            problems.push_back(p.toString());
        throw InputProblemsError(path.string(), std::move(problems));
    }
    return importDossiers(store, result.file, path.string(), dryRun);
}

} // namespace keystone
