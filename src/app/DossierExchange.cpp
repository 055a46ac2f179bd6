#include "app/DossierExchange.h"

#include "domain/Text.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <ranges>
#include <set>

namespace keystone {

namespace {

std::string problemsMessage(const std::string& source, const std::vector<std::string>& problems)
{
    std::string text = source + ": " + std::to_string(problems.size()) +
                       (problems.size() == 1 ? " problem" : " problems") + ", nothing was imported";
    for (std::size_t i = 0; i < problems.size() && i < InputProblemsError::kShown; ++i)
        text += "\n  " + problems[i];
    if (problems.size() > InputProblemsError::kShown)
        text += "\n  ... and " + std::to_string(problems.size() - InputProblemsError::kShown) + " more";
    return text;
}

} // namespace

InputProblemsError::InputProblemsError(std::string source, std::vector<std::string> problems)
    : Error(problemsMessage(source, problems)), m_source(std::move(source)), m_problems(std::move(problems))
{
}

std::string readWholeFile(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error("cannot open " + path.string() + " for reading");
    std::string content;
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
        content.append(buffer, static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        throw Error("cannot read " + path.string());
    return content;
}

// ---------------------------------------------------------------------------------
// Export

std::vector<AccountId> allAccountIds(Store& store)
{
    AccountQuery q;
    q.includeArchived = true;
    std::vector<AccountId> ids;
    for (const auto& a : store.accounts().list(q))
        ids.push_back(a.id);
    return ids;
}

json::DossierFile gatherDossiers(Store& store, const std::vector<AccountId>& accounts, bool everyone)
{
    json::DossierFile file;
    std::map<ManagerId, Manager> managers;
    for (auto& m : store.managers().list())
        managers.emplace(m.id, m);
    std::map<CompetitorId, Competitor> competitors;
    for (auto& c : store.competitors().list())
        competitors.emplace(c.id, c);
    std::set<ManagerId> namedManagers;
    std::set<CompetitorId> namedCompetitors;
    auto managerRef = [&](const std::optional<ManagerId>& id) {
        if (!id)
            return std::string();
        auto it = managers.find(*id);
        if (it == managers.end())
            return std::string();
        namedManagers.insert(*id);
        return json::managerKey(it->second);
    };

    for (const AccountId id : accounts) {
        const auto account = store.accounts().find(id);
        if (!account)
            throw NotFoundError("account " + std::to_string(id) + " does not exist");
        json::AccountRecord rec;
        rec.account = *account;
        rec.owner = managerRef(account->ownerId);
        if (account->parentId)
            if (auto parent = store.accounts().find(*account->parentId))
                rec.parent = json::accountKey(*parent);
        rec.dossier = store.accounts().dossier(id);

        const auto contacts = store.contacts().listForAccount(id);
        std::map<ContactId, std::size_t> contactIndex;
        for (std::size_t i = 0; i < contacts.size(); ++i)
            contactIndex[contacts[i].id] = i;
        for (const auto& c : contacts) {
            json::ContactRecord cr;
            cr.contact = c;
            if (c.reportsTo)
                if (auto it = contactIndex.find(*c.reportsTo); it != contactIndex.end())
                    cr.reportsTo = it->second;
            rec.contacts.push_back(std::move(cr));
        }

        const auto interactions = store.interactions().listForAccount(id);
        std::map<InteractionId, std::size_t> interactionIndex;
        for (std::size_t i = 0; i < interactions.size(); ++i)
            interactionIndex[interactions[i].id] = i;
        for (const auto& x : interactions) {
            json::InteractionRecord ir;
            ir.interaction = x;
            ir.manager = managerRef(x.managerId);
            for (const auto c : x.contactIds)
                if (auto it = contactIndex.find(c); it != contactIndex.end())
                    ir.contacts.push_back(it->second);
            std::sort(ir.contacts.begin(), ir.contacts.end());
            rec.interactions.push_back(std::move(ir));
        }

        FollowUpQuery fq;
        fq.accountId = id;
        fq.openOnly = false;
        for (const auto& f : store.followUps().list(fq)) {
            json::FollowUpRecord fr;
            fr.followUp = f;
            fr.owner = managerRef(f.ownerId);
            if (f.interactionId)
                if (auto it = interactionIndex.find(*f.interactionId); it != interactionIndex.end())
                    fr.interaction = it->second;
            rec.followUps.push_back(std::move(fr));
        }

        for (const auto& t : store.tenders().listForAccount(id)) {
            json::TenderRecord tr;
            tr.tender = t;
            if (t.winnerId)
                if (auto it = competitors.find(*t.winnerId); it != competitors.end()) {
                    tr.winner = it->second.name;
                    namedCompetitors.insert(*t.winnerId);
                }
            rec.tenders.push_back(std::move(tr));
        }

        for (const auto& p : store.competitors().presenceAt(id)) {
            auto it = competitors.find(p.competitorId);
            if (it == competitors.end())
                continue;
            namedCompetitors.insert(p.competitorId);
            rec.competitors.push_back({p, it->second.name});
        }
        file.accounts.push_back(std::move(rec));
    }

    for (const auto& m : store.managers().list())
        if (everyone || namedManagers.count(m.id))
            file.managers.push_back(m);
    for (const auto& c : store.competitors().list())
        if (everyone || namedCompetitors.count(c.id))
            file.competitors.push_back(c);
    return file;
}

// ---------------------------------------------------------------------------------
// Import

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

namespace {

enum class Outcome { Created, Updated, Unchanged };

class Importer
{
public:
    Importer(Store& store, const json::DossierFile& file) : m_store(store), m_file(file)
    {
        for (const char* kind : {"managers", "competitors", "accounts", "dossiers", "contacts", "interactions",
                                 "follow_ups", "tenders", "competitor_presence"})
            m_report.counts.push_back({kind, 0, 0, 0});
    }

    std::vector<std::string> problems;
    ImportReport& report() { return m_report; }

    void run()
    {
        resolveReferences();
        if (!problems.empty())
            return;
        importManagers();
        importCompetitors();
        for (std::size_t i = 0; i < m_file.accounts.size(); ++i)
            importAccount(i);
        setParents();
    }

private:
    void problem(const std::string& path, const std::string& message)
    {
        problems.push_back(json::Problem{path, message}.toString());
    }

    void count(std::string_view kind, Outcome outcome)
    {
        for (auto& c : m_report.counts) {
            if (c.kind != kind)
                continue;
            (outcome == Outcome::Created ? c.created : outcome == Outcome::Updated ? c.updated : c.unchanged)++;
        }
    }

    // Runs one repository write; a refusal becomes a problem at `path`.
    template <typename F> bool attempt(const std::string& path, F&& write)
    {
        try {
            write();
            return true;
        } catch (const ValidationError& e) {
            for (const auto& fe : e.errors())
                problem(path + "/" + fe.field, fe.message);
        } catch (const Error& e) {
            problem(path, e.what());
        }
        return false;
    }

    // --- references -------------------------------------------------------------

    std::optional<Manager> dbManager(const std::string& key)
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
    void checkManager(const std::string& key, const std::string& path)
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

    void checkCompetitor(const std::string& name, const std::string& path)
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

    void loadAccounts()
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

    std::optional<Account> existingAccount(const Account& a) const
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

    bool parentKnown(const std::string& key) const
    {
        return m_fileAccountKeys.count(key) || m_fileAccountKeys.count(foldKey(key)) || m_dbByRef.count(key) ||
               m_dbByName.count(foldKey(key));
    }

    void resolveReferences()
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

    std::optional<ManagerId> managerId(const std::string& key)
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

    std::optional<CompetitorId> competitorId(const std::string& name)
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

    // --- writes -------------------------------------------------------------------

    void importManagers()
    {
        for (std::size_t i = 0; i < m_file.managers.size(); ++i) {
            Manager desired = m_file.managers[i];
            const std::string key = json::managerKey(desired);
            const std::string path = "/managers/" + std::to_string(i);
            auto existing = dbManager(key);
            attempt(path, [&] {
                if (!existing) {
                    m_store.managers().create(desired);
                    count("managers", Outcome::Created);
                } else {
                    desired.id = existing->id;
                    if (desired == *existing) {
                        count("managers", Outcome::Unchanged);
                    } else {
                        m_store.managers().update(desired);
                        count("managers", Outcome::Updated);
                    }
                }
                m_managerIds[foldKey(key)] = desired.id;
            });
        }
    }

    void importCompetitors()
    {
        for (std::size_t i = 0; i < m_file.competitors.size(); ++i) {
            Competitor desired = m_file.competitors[i];
            const std::string path = "/competitors/" + std::to_string(i);
            auto existing = m_store.competitors().findByName(desired.name);
            attempt(path, [&] {
                if (!existing) {
                    m_store.competitors().create(desired);
                    count("competitors", Outcome::Created);
                } else {
                    desired.id = existing->id;
                    if (desired == *existing) {
                        count("competitors", Outcome::Unchanged);
                    } else {
                        m_store.competitors().update(desired);
                        count("competitors", Outcome::Updated);
                    }
                }
                m_competitorIds[foldKey(trim(desired.name))] = desired.id;
            });
        }
    }

    void importAccount(std::size_t index)
    {
        const json::AccountRecord& rec = m_file.accounts[index];
        const std::string path = "/accounts/" + std::to_string(index);
        Account desired = rec.account;
        for (auto& tag : desired.tags)
            tag = std::string(trim(tag));
        desired.ownerId = managerId(rec.owner);
        const auto existing = existingAccount(desired);
        Outcome outcome = Outcome::Unchanged;
        const bool ok = attempt(path, [&] {
            if (!existing) {
                desired.parentId.reset(); // set once every account of the file exists
                m_store.accounts().create(desired);
                outcome = Outcome::Created;
            } else {
                desired.id = existing->id;
                desired.parentId = existing->parentId;
                desired.createdAt = existing->createdAt;
                desired.updatedAt = existing->updatedAt;
                if (desired != *existing) {
                    m_store.accounts().update(desired);
                    outcome = Outcome::Updated;
                }
            }
            count("accounts", outcome);
        });
        m_accountOutcomes.push_back(outcome);
        m_accountIds.push_back(ok ? desired.id : 0);
        if (!ok)
            return;
        m_accountKeys[json::accountKey(desired)] = desired.id;
        if (desired.ref.empty())
            m_accountKeys[foldKey(desired.name)] = desired.id;
        const AccountId id = desired.id;

        Dossier dossier = rec.dossier;
        dossier.accountId = id;
        const Dossier current = m_store.accounts().dossier(id);
        dossier.updatedAt = current.updatedAt;
        if (dossier == current) {
            count("dossiers", Outcome::Unchanged);
        } else if (attempt(path + "/dossier", [&] { m_store.accounts().saveDossier(dossier); })) {
            count("dossiers", existing ? Outcome::Updated : Outcome::Created);
        }

        const auto contactIds = importContacts(rec, path, id);
        const auto interactionIds = importInteractions(rec, path, id, contactIds);
        importFollowUps(rec, path, id, interactionIds);
        importTenders(rec, path, id);
        importPresence(rec, path, id);
    }

    std::vector<ContactId> importContacts(const json::AccountRecord& rec, const std::string& path, AccountId id)
    {
        const auto current = m_store.contacts().listForAccount(id);
        std::vector<ContactId> ids(rec.contacts.size(), 0);
        std::vector<std::optional<Outcome>> outcomes(rec.contacts.size());
        std::vector<Contact> stored(rec.contacts.size());
        for (std::size_t i = 0; i < rec.contacts.size(); ++i) {
            const std::string cp = path + "/contacts/" + std::to_string(i);
            Contact desired = rec.contacts[i].contact;
            desired.accountId = id;
            std::optional<Contact> existing;
            for (const auto& c : current) {
                const bool match = desired.email.empty()
                                       ? c.email.empty() && foldKey(c.name) == foldKey(desired.name)
                                       : foldKey(c.email) == foldKey(desired.email);
                if (match) {
                    existing = c;
                    break;
                }
            }
            attempt(cp, [&] {
                if (!existing) {
                    desired.reportsTo.reset(); // in the second pass, once everybody exists
                    m_store.contacts().create(desired);
                    outcomes[i] = Outcome::Created;
                } else {
                    desired.id = existing->id;
                    desired.reportsTo = existing->reportsTo;
                    desired.createdAt = existing->createdAt;
                    desired.updatedAt = existing->updatedAt;
                    if (desired == *existing) {
                        outcomes[i] = Outcome::Unchanged;
                    } else {
                        m_store.contacts().update(desired);
                        outcomes[i] = Outcome::Updated;
                    }
                }
                ids[i] = desired.id;
                stored[i] = desired;
            });
        }
        for (std::size_t i = 0; i < rec.contacts.size(); ++i) {
            if (!outcomes[i])
                continue;
            std::optional<ContactId> boss;
            if (rec.contacts[i].reportsTo)
                boss = ids[*rec.contacts[i].reportsTo];
            if (boss != stored[i].reportsTo) {
                Contact& c = stored[i];
                c.reportsTo = boss;
                if (attempt(path + "/contacts/" + std::to_string(i) + "/reports_to",
                            [&] { m_store.contacts().update(c); }) &&
                    outcomes[i] == Outcome::Unchanged)
                    outcomes[i] = Outcome::Updated;
            }
            count("contacts", *outcomes[i]);
        }
        return ids;
    }

    std::vector<InteractionId> importInteractions(const json::AccountRecord& rec, const std::string& path,
                                                  AccountId id, const std::vector<ContactId>& contactIds)
    {
        const auto current = m_store.interactions().listForAccount(id);
        std::vector<InteractionId> ids(rec.interactions.size(), 0);
        std::set<InteractionId> used;
        // Oldest first, so that records with the same time keep their order when listed
        // newest first (by time, then id) again.
        for (std::size_t n = rec.interactions.size(); n-- > 0;) {
            const auto& ir = rec.interactions[n];
            Interaction desired = ir.interaction;
            desired.accountId = id;
            desired.managerId = managerId(ir.manager);
            desired.contactIds.clear();
            for (auto idx : ir.contacts)
                if (contactIds[idx] != 0)
                    desired.contactIds.push_back(contactIds[idx]);
            std::sort(desired.contactIds.begin(), desired.contactIds.end());
            std::optional<Interaction> existing;
            for (const auto& x : std::ranges::reverse_view(current)) // oldest first, as the file is walked
                if (!used.count(x.id) && x.occurredAt == desired.occurredAt && x.kind == desired.kind &&
                    foldKey(x.subject) == foldKey(desired.subject)) {
                    existing = x;
                    used.insert(x.id); // two alike records in a file match two stored ones
                    break;
                }
            attempt(path + "/interactions/" + std::to_string(n), [&] {
                if (!existing) {
                    m_store.interactions().create(desired);
                    count("interactions", Outcome::Created);
                } else {
                    desired.id = existing->id;
                    desired.createdAt = existing->createdAt;
                    if (desired == *existing) {
                        count("interactions", Outcome::Unchanged);
                    } else {
                        m_store.interactions().update(desired);
                        count("interactions", Outcome::Updated);
                    }
                }
                ids[n] = desired.id;
            });
        }
        return ids;
    }

    void importFollowUps(const json::AccountRecord& rec, const std::string& path, AccountId id,
                         const std::vector<InteractionId>& interactionIds)
    {
        FollowUpQuery q;
        q.accountId = id;
        q.openOnly = false;
        const auto current = m_store.followUps().list(q);
        std::set<FollowUpId> used;
        for (std::size_t i = 0; i < rec.followUps.size(); ++i) {
            const auto& fr = rec.followUps[i];
            FollowUp desired = fr.followUp;
            desired.accountId = id;
            desired.ownerId = managerId(fr.owner);
            desired.interactionId.reset();
            if (fr.interaction && interactionIds[*fr.interaction] != 0)
                desired.interactionId = interactionIds[*fr.interaction];
            std::optional<FollowUp> existing;
            for (const auto& f : current)
                if (!used.count(f.id) && f.dueDate == desired.dueDate && foldKey(f.title) == foldKey(desired.title)) {
                    existing = f;
                    used.insert(f.id);
                    break;
                }
            attempt(path + "/follow_ups/" + std::to_string(i), [&] {
                if (!existing) {
                    m_store.followUps().create(desired);
                    count("follow_ups", Outcome::Created);
                    return;
                }
                desired.id = existing->id;
                desired.createdAt = existing->createdAt;
                if (desired.done && !desired.doneAt)
                    desired.doneAt = existing->doneAt; // the file does not know when; keep what we know
                if (desired == *existing) {
                    count("follow_ups", Outcome::Unchanged);
                } else {
                    m_store.followUps().update(desired);
                    count("follow_ups", Outcome::Updated);
                }
            });
        }
    }

    void importTenders(const json::AccountRecord& rec, const std::string& path, AccountId id)
    {
        const auto current = m_store.tenders().listForAccount(id);
        std::set<TenderId> used;
        for (std::size_t n = rec.tenders.size(); n-- > 0;) {
            const auto& tr = rec.tenders[n];
            Tender desired = tr.tender;
            desired.accountId = id;
            desired.winnerId = competitorId(tr.winner);
            std::optional<Tender> existing;
            for (const auto& t : std::ranges::reverse_view(current)) // oldest first, as the file is walked
                if (!used.count(t.id) && t.date == desired.date && foldKey(t.title) == foldKey(desired.title)) {
                    existing = t;
                    used.insert(t.id);
                    break;
                }
            attempt(path + "/tenders/" + std::to_string(n), [&] {
                if (!existing) {
                    m_store.tenders().create(desired);
                    count("tenders", Outcome::Created);
                    return;
                }
                desired.id = existing->id;
                if (desired == *existing) {
                    count("tenders", Outcome::Unchanged);
                } else {
                    m_store.tenders().update(desired);
                    count("tenders", Outcome::Updated);
                }
            });
        }
    }

    void importPresence(const json::AccountRecord& rec, const std::string& path, AccountId id)
    {
        const auto current = m_store.competitors().presenceAt(id);
        for (std::size_t i = 0; i < rec.competitors.size(); ++i) {
            const auto& pr = rec.competitors[i];
            CompetitorPresence desired = pr.presence;
            desired.accountId = id;
            desired.competitorId = competitorId(pr.competitor).value_or(0);
            std::optional<CompetitorPresence> existing;
            for (const auto& p : current)
                if (p.competitorId == desired.competitorId)
                    existing = p;
            if (existing) {
                desired.id = existing->id;
                if (desired == *existing) {
                    count("competitor_presence", Outcome::Unchanged);
                    continue;
                }
            }
            if (attempt(path + "/competitors/" + std::to_string(i),
                        [&] { m_store.competitors().savePresence(desired); }))
                count("competitor_presence", existing ? Outcome::Updated : Outcome::Created);
        }
    }

    void setParents()
    {
        for (std::size_t i = 0; i < m_file.accounts.size(); ++i) {
            if (m_accountIds[i] == 0)
                continue;
            const auto& rec = m_file.accounts[i];
            std::optional<AccountId> parent;
            if (!rec.parent.empty()) {
                if (auto it = m_accountKeys.find(rec.parent); it != m_accountKeys.end())
                    parent = it->second;
                else if (auto f = m_accountKeys.find(foldKey(rec.parent)); f != m_accountKeys.end())
                    parent = f->second;
                else if (auto r = m_dbByRef.find(rec.parent); r != m_dbByRef.end())
                    parent = r->second.id;
                else if (auto n = m_dbByName.find(foldKey(rec.parent)); n != m_dbByName.end())
                    parent = n->second.id;
            }
            auto account = m_store.accounts().find(m_accountIds[i]);
            if (!account || account->parentId == parent)
                continue;
            account->parentId = parent;
            if (attempt("/accounts/" + std::to_string(i), [&] { m_store.accounts().update(*account); }) &&
                m_accountOutcomes[i] == Outcome::Unchanged) {
                // Counted unchanged, but its parent changed: updated after all.
                for (auto& c : m_report.counts)
                    if (c.kind == "accounts") {
                        --c.unchanged;
                        ++c.updated;
                    }
            }
        }
    }

    Store& m_store;
    const json::DossierFile& m_file;
    ImportReport m_report;
    std::map<std::string, Account> m_dbByRef;  // accounts before the import, by reference
    std::map<std::string, Account> m_dbByName; // and those without one, by folded name
    std::map<std::string, AccountId> m_accountKeys;
    std::set<std::string> m_fileAccountKeys;      // references, and folded names of those without one
    std::map<std::string, bool> m_knownManagers;  // folded key -> in the file or the database
    std::map<std::string, bool> m_knownCompetitors;
    std::vector<AccountId> m_accountIds; // per file account; 0 when it was refused
    std::vector<Outcome> m_accountOutcomes;
    std::map<std::string, ManagerId> m_managerIds;
    std::map<std::string, CompetitorId> m_competitorIds;
};

} // namespace

ImportReport importDossiers(Store& store, const json::DossierFile& file, const std::string& source, bool dryRun)
{
    auto tx = store.transaction();
    Importer importer(store, file);
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

ImportReport importDossierFile(Store& store, const std::filesystem::path& path, bool dryRun)
{
    const std::string text = readWholeFile(path);
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
