// The names a dossier file uses for records outside each account (managers, competitors, parent
// accounts), checked before anything is written and then turned into ids: a name resolves when the
// file defines it or the database has it.
#pragma once

#include "interchange/DossierJson.h"
#include "storage/Store.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace keystone::dossiers {

class DossierReferences
{
public:
    // Problems found go to `problems`, each with its JSON path.
    DossierReferences(Store& store, const json::DossierFile& file, std::vector<std::string>& problems);

    // Every owner, manager, winner, competitor and parent the file names.
    void check();
    void problem(const std::string& path, const std::string& message);

    // A manager by e-mail, or by folded name among those without one.
    std::optional<Manager> dbManager(const std::string& key);
    // The stored account a file account updates: by reference, or by folded name without one.
    std::optional<Account> existingAccount(const Account& a) const;
    // A parent named by a stored account's reference or folded name (accounts before the import).
    std::optional<AccountId> storedParent(const std::string& key) const;

    std::optional<ManagerId> managerId(const std::string& key);
    std::optional<CompetitorId> competitorId(const std::string& name);
    void rememberManager(const std::string& key, ManagerId id);
    void rememberCompetitor(const std::string& name, CompetitorId id);

private:
    void checkManager(const std::string& key, const std::string& path);
    void checkCompetitor(const std::string& name, const std::string& path);
    void loadAccounts();
    bool parentKnown(const std::string& key) const;

    Store& m_store;
    const json::DossierFile& m_file;
    std::vector<std::string>& m_problems;
    std::map<std::string, Account> m_dbByRef;  // accounts before the import, by reference
    std::map<std::string, Account> m_dbByName; // and those without one, by folded name
    std::set<std::string> m_fileAccountKeys;      // references, and folded names of those without one
    std::map<std::string, bool> m_knownManagers;  // folded key -> in the file or the database
    std::map<std::string, bool> m_knownCompetitors;
    std::map<std::string, ManagerId> m_managerIds;
    std::map<std::string, CompetitorId> m_competitorIds;
};

} // namespace keystone::dossiers
