#include "app/DossierExport.h"

#include <map>
#include <set>

namespace keystone {

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

} // namespace keystone
