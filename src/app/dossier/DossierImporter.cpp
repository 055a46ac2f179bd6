#include "app/dossier/DossierImporter.h"

#include "domain/Text.h"

#include <algorithm>
#include <ranges>
#include <set>

namespace keystone::dossiers {

DossierImporter::DossierImporter(Store& store, const json::DossierFile& file)
    : m_store(store), m_file(file), m_refs(store, file, problems)
{
    for (const char* kind : {"managers", "competitors", "accounts", "dossiers", "contacts", "interactions",
                             "follow_ups", "tenders", "competitor_presence"})
        m_report.counts.push_back({kind, 0, 0, 0});
}

void DossierImporter::run()
{
    m_refs.check();
    if (!problems.empty())
        return;
    importManagers();
    importCompetitors();
    for (std::size_t i = 0; i < m_file.accounts.size(); ++i)
        importAccount(i);
    setParents();
}

void DossierImporter::count(std::string_view kind, Outcome outcome)
{
    for (auto& c : m_report.counts) {
        if (c.kind != kind)
            continue;
        (outcome == Outcome::Created ? c.created : outcome == Outcome::Updated ? c.updated : c.unchanged)++;
    }
}

// Runs one repository write; a refusal becomes a problem at `path`.
template <typename F> bool DossierImporter::attempt(const std::string& path, F&& write)
{
    try {
        write();
        return true;
    } catch (const ValidationError& e) {
        for (const auto& fe : e.errors())
            m_refs.problem(path + "/" + fe.field, fe.message);
    } catch (const Error& e) {
        m_refs.problem(path, e.what());
    }
    return false;
}

void DossierImporter::importManagers()
{
    for (std::size_t i = 0; i < m_file.managers.size(); ++i) {
        Manager desired = m_file.managers[i];
        const std::string key = json::managerKey(desired);
        const std::string path = "/managers/" + std::to_string(i);
        auto existing = m_refs.dbManager(key);
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
            m_refs.rememberManager(key, desired.id);
        });
    }
}

void DossierImporter::importCompetitors()
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
            m_refs.rememberCompetitor(desired.name, desired.id);
        });
    }
}

void DossierImporter::importAccount(std::size_t index)
{
    const json::AccountRecord& rec = m_file.accounts[index];
    const std::string path = "/accounts/" + std::to_string(index);
    Account desired = rec.account;
    for (auto& tag : desired.tags)
        tag = std::string(trim(tag));
    desired.ownerId = m_refs.managerId(rec.owner);
    const auto existing = m_refs.existingAccount(desired);
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

std::vector<ContactId> DossierImporter::importContacts(const json::AccountRecord& rec, const std::string& path, AccountId id)
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

std::vector<InteractionId> DossierImporter::importInteractions(const json::AccountRecord& rec, const std::string& path,
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
        desired.managerId = m_refs.managerId(ir.manager);
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

void DossierImporter::importFollowUps(const json::AccountRecord& rec, const std::string& path, AccountId id,
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
        desired.ownerId = m_refs.managerId(fr.owner);
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

void DossierImporter::importTenders(const json::AccountRecord& rec, const std::string& path, AccountId id)
{
    const auto current = m_store.tenders().listForAccount(id);
    std::set<TenderId> used;
    for (std::size_t n = rec.tenders.size(); n-- > 0;) {
        const auto& tr = rec.tenders[n];
        Tender desired = tr.tender;
        desired.accountId = id;
        desired.winnerId = m_refs.competitorId(tr.winner);
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

void DossierImporter::importPresence(const json::AccountRecord& rec, const std::string& path, AccountId id)
{
    const auto current = m_store.competitors().presenceAt(id);
    for (std::size_t i = 0; i < rec.competitors.size(); ++i) {
        const auto& pr = rec.competitors[i];
        CompetitorPresence desired = pr.presence;
        desired.accountId = id;
        desired.competitorId = m_refs.competitorId(pr.competitor).value_or(0);
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

void DossierImporter::setParents()
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
            else
                parent = m_refs.storedParent(rec.parent);
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

} // namespace keystone::dossiers
