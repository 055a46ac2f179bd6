#include "app/dossier/DossierReferences.h"

#include "domain/Text.h"

namespace keystone::dossiers {

DossierReferences::DossierReferences(Store& store, const json::DossierFile& file, std::vector<std::string>& problems)
    : m_store(store), m_file(file), m_problems(problems)
{
}

void DossierReferences::problem(const std::string& path, const std::string& message)
{
    m_problems.push_back(json::Problem{path, message}.toString());
}

std::optional<Manager> DossierReferences::dbManager(const std::string& key)
{
    if (isEmailAddress(key))
        return m_store.managers().findByEmail(key);
    const auto folded = foldKey(key);
    for (auto& m : m_store.managers().list())
        if (m.email.empty() && foldKey(m.name) == folded)
            return m;
    return std::nullopt;
}

// Whether a name resolves, remembered per folded name: a file names the same few
// managers and competitors thousands of times.
void DossierReferences::checkManager(const std::string& key, const std::string& path)
{
    if (key.empty())
        return;
    const auto folded = foldKey(key);
    auto known = m_knownManagers.find(folded);
    if (known == m_knownManagers.end())
        known = m_knownManagers.emplace(folded, dbManager(key).has_value()).first;
    if (!known->second)
        problem(path, "no manager '" + key + "' in the file's managers or in the database");
}

void DossierReferences::checkCompetitor(const std::string& name, const std::string& path)
{
    if (name.empty())
        return;
    const auto folded = foldKey(trim(name));
    auto known = m_knownCompetitors.find(folded);
    if (known == m_knownCompetitors.end())
        known = m_knownCompetitors.emplace(folded, m_store.competitors().findByName(name).has_value()).first;
    if (!known->second)
        problem(path, "no competitor '" + name + "' in the file's competitors or in the database");
}

void DossierReferences::loadAccounts()
{
    AccountQuery q;
    q.includeArchived = true;
    for (auto& a : m_store.accounts().list(q)) {
        if (!a.ref.empty())
            m_dbByRef.emplace(a.ref, a);
        else
            m_dbByName.emplace(foldKey(a.name), a);
    }
}

std::optional<Account> DossierReferences::existingAccount(const Account& a) const
{
    if (!a.ref.empty()) {
        if (auto it = m_dbByRef.find(a.ref); it != m_dbByRef.end())
            return it->second;
        return std::nullopt;
    }
    if (auto it = m_dbByName.find(foldKey(a.name)); it != m_dbByName.end())
        return it->second;
    return std::nullopt;
}

bool DossierReferences::parentKnown(const std::string& key) const
{
    return m_fileAccountKeys.count(key) || m_fileAccountKeys.count(foldKey(key)) || m_dbByRef.count(key) ||
           m_dbByName.count(foldKey(key));
}

void DossierReferences::check()
{
    loadAccounts();
    for (const auto& m : m_file.managers)
        m_knownManagers[foldKey(json::managerKey(m))] = true;
    for (const auto& c : m_file.competitors)
        m_knownCompetitors[foldKey(trim(c.name))] = true;
    for (const auto& r : m_file.accounts) {
        m_fileAccountKeys.insert(json::accountKey(r.account));
        if (r.account.ref.empty())
            m_fileAccountKeys.insert(foldKey(r.account.name));
    }
    for (std::size_t i = 0; i < m_file.accounts.size(); ++i) {
        const auto& r = m_file.accounts[i];
        const std::string path = "/accounts/" + std::to_string(i);
        checkManager(r.owner, path + "/owner");
        if (!r.parent.empty() && !parentKnown(r.parent))
            problem(path + "/parent", "no account with the reference or name '" + r.parent +
                                          "' in the file or in the database");
        for (std::size_t k = 0; k < r.interactions.size(); ++k)
            checkManager(r.interactions[k].manager, path + "/interactions/" + std::to_string(k) + "/manager");
        for (std::size_t k = 0; k < r.followUps.size(); ++k)
            checkManager(r.followUps[k].owner, path + "/follow_ups/" + std::to_string(k) + "/owner");
        for (std::size_t k = 0; k < r.tenders.size(); ++k)
            checkCompetitor(r.tenders[k].winner, path + "/tenders/" + std::to_string(k) + "/winner");
        for (std::size_t k = 0; k < r.competitors.size(); ++k)
            checkCompetitor(r.competitors[k].competitor,
                            path + "/competitors/" + std::to_string(k) + "/competitor");
    }
}

std::optional<ManagerId> DossierReferences::managerId(const std::string& key)
{
    if (key.empty())
        return std::nullopt;
    if (auto it = m_managerIds.find(foldKey(key)); it != m_managerIds.end())
        return it->second;
    if (auto m = dbManager(key)) {
        m_managerIds[foldKey(key)] = m->id;
        return m->id;
    }
    return std::nullopt;
}

std::optional<CompetitorId> DossierReferences::competitorId(const std::string& name)
{
    if (name.empty())
        return std::nullopt;
    if (auto it = m_competitorIds.find(foldKey(trim(name))); it != m_competitorIds.end())
        return it->second;
    if (auto c = m_store.competitors().findByName(name)) {
        m_competitorIds[foldKey(trim(name))] = c->id;
        return c->id;
    }
    return std::nullopt;
}

std::optional<AccountId> DossierReferences::storedParent(const std::string& key) const
{
    if (auto r = m_dbByRef.find(key); r != m_dbByRef.end())
        return r->second.id;
    if (auto n = m_dbByName.find(foldKey(key)); n != m_dbByName.end())
        return n->second.id;
    return std::nullopt;
}

void DossierReferences::rememberManager(const std::string& key, ManagerId id) { m_managerIds[foldKey(key)] = id; }

void DossierReferences::rememberCompetitor(const std::string& name, CompetitorId id)
{
    m_competitorIds[foldKey(trim(name))] = id;
}

} // namespace keystone::dossiers
