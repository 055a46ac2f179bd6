// The writes of a dossier import (app/DossierImport): managers and competitors first, then each
// account with its dossier, contacts, interactions, follow-ups, tenders and competitor presence,
// each matched to a stored record by its natural key; parents once every account exists. A refused
// record is a problem at its JSON path, and the caller rolls back when there is any.
#pragma once

#include "app/DossierImport.h"
#include "app/dossier/DossierReferences.h"

namespace keystone::dossiers {

enum class Outcome { Created, Updated, Unchanged };

class DossierImporter
{
public:
    DossierImporter(Store& store, const json::DossierFile& file);

    std::vector<std::string> problems;
    ImportReport& report() { return m_report; }

    void run();

private:
    void count(std::string_view kind, Outcome outcome);
    // Runs one repository write; a refusal becomes a problem at `path`.
    template <typename F> bool attempt(const std::string& path, F&& write);

    void importManagers();
    void importCompetitors();
    void importAccount(std::size_t index);
    std::vector<ContactId> importContacts(const json::AccountRecord& rec, const std::string& path, AccountId id);
    std::vector<InteractionId> importInteractions(const json::AccountRecord& rec, const std::string& path,
                                                  AccountId id, const std::vector<ContactId>& contactIds);
    void importFollowUps(const json::AccountRecord& rec, const std::string& path, AccountId id,
                         const std::vector<InteractionId>& interactionIds);
    void importTenders(const json::AccountRecord& rec, const std::string& path, AccountId id);
    void importPresence(const json::AccountRecord& rec, const std::string& path, AccountId id);
    void setParents();

    Store& m_store;
    const json::DossierFile& m_file;
    DossierReferences m_refs; // after `problems`, which it fills
    ImportReport m_report;
    std::map<std::string, AccountId> m_accountKeys;
    std::vector<AccountId> m_accountIds; // per file account; 0 when it was refused
    std::vector<Outcome> m_accountOutcomes;
};

} // namespace keystone::dossiers
