// Writing a dossier file (writeDossiers), and the keys that name managers and accounts in it.
#include "interchange/DossierJson.h"

#include <nlohmann/json.hpp>

namespace keystone::json {

using OrderedJson = nlohmann::ordered_json;

std::string managerKey(const Manager& manager) { return manager.email.empty() ? manager.name : manager.email; }

std::string accountKey(const Account& account) { return account.ref.empty() ? account.name : account.ref; }

namespace {

void putText(OrderedJson& o, const char* key, const std::string& value)
{
    if (!value.empty())
        o[key] = value;
}

OrderedJson managerJson(const Manager& m)
{
    OrderedJson o = OrderedJson::object();
    o["name"] = m.name;
    putText(o, "email", m.email);
    o["active"] = m.active;
    return o;
}

OrderedJson competitorJson(const Competitor& c)
{
    OrderedJson o = OrderedJson::object();
    o["name"] = c.name;
    putText(o, "website", c.website);
    putText(o, "notes", c.notes);
    return o;
}

OrderedJson optionalBool(const std::optional<bool>& value)
{
    return value ? OrderedJson(*value) : OrderedJson(nullptr);
}

OrderedJson accountJson(const AccountRecord& r)
{
    const Account& a = r.account;
    OrderedJson o = OrderedJson::object();
    putText(o, "ref", a.ref);
    o["name"] = a.name;
    putText(o, "legal_name", a.legalName);
    putText(o, "industry", a.industry);
    putText(o, "country", a.country);
    putText(o, "region", a.region);
    putText(o, "website", a.website);
    if (a.headcount)
        o["headcount"] = *a.headcount;
    o["status"] = std::string(toKey(a.status));
    putText(o, "owner", r.owner);
    putText(o, "parent", r.parent);
    OrderedJson kinds = OrderedJson::array();
    for (auto k : a.kinds.kinds())
        kinds.push_back(std::string(toKey(k)));
    o["kinds"] = kinds;
    const auto& q = a.qualification;
    if (q.need || q.solvency || q.authority)
        o["qualification"] = OrderedJson{{"need", optionalBool(q.need)},
                                         {"solvency", optionalBool(q.solvency)},
                                         {"authority", optionalBool(q.authority)}};
    o["tags"] = a.tags;
    if (a.archivedAt)
        o["archived_at"] = a.archivedAt->toIso();

    const Dossier& d = r.dossier;
    OrderedJson dossier = OrderedJson::object();
    putText(dossier, "description", d.description);
    putText(dossier, "history", d.history);
    putText(dossier, "organisation", d.organisation);
    putText(dossier, "environment", d.environment);
    putText(dossier, "strategy", d.strategy);
    putText(dossier, "needs", d.needs);
    putText(dossier, "decision_process", d.decisionProcess);
    putText(dossier, "relationship_notes", d.relationshipNotes);
    o["dossier"] = dossier;

    OrderedJson contacts = OrderedJson::array();
    for (const auto& cr : r.contacts) {
        const Contact& c = cr.contact;
        OrderedJson k = OrderedJson::object();
        k["name"] = c.name;
        putText(k, "position", c.position);
        putText(k, "department", c.department);
        putText(k, "email", c.email);
        if (!c.phones.empty()) {
            OrderedJson phones = OrderedJson::array();
            for (const auto& p : c.phones) {
                OrderedJson phone = OrderedJson::object();
                putText(phone, "label", p.label);
                phone["number"] = p.number;
                phones.push_back(phone);
            }
            k["phones"] = phones;
        }
        putText(k, "language", c.language);
        k["role"] = std::string(toKey(c.role));
        k["attitude"] = std::string(toKey(c.attitude));
        k["influence"] = c.influence;
        if (cr.reportsTo)
            k["reports_to"] = *cr.reportsTo;
        if (c.leftCompany)
            k["left_company"] = true;
        putText(k, "notes", c.notes);
        contacts.push_back(k);
    }
    o["contacts"] = contacts;

    OrderedJson interactions = OrderedJson::array();
    for (const auto& ir : r.interactions) {
        const Interaction& i = ir.interaction;
        OrderedJson k = OrderedJson::object();
        k["occurred_at"] = i.occurredAt.toIso();
        k["kind"] = std::string(toKey(i.kind));
        putText(k, "manager", ir.manager);
        k["subject"] = i.subject;
        putText(k, "summary", i.summary);
        putText(k, "outcome", i.outcome);
        k["sentiment"] = std::string(toKey(i.sentiment));
        if (!ir.contacts.empty())
            k["contacts"] = ir.contacts;
        interactions.push_back(k);
    }
    o["interactions"] = interactions;

    OrderedJson followUps = OrderedJson::array();
    for (const auto& fr : r.followUps) {
        const FollowUp& f = fr.followUp;
        OrderedJson k = OrderedJson::object();
        k["due"] = f.dueDate.toIso();
        k["kind"] = std::string(toKey(f.kind));
        k["title"] = f.title;
        putText(k, "notes", f.notes);
        putText(k, "owner", fr.owner);
        k["done"] = f.done;
        if (f.doneAt)
            k["done_at"] = f.doneAt->toIso();
        if (fr.interaction)
            k["interaction"] = *fr.interaction;
        followUps.push_back(k);
    }
    o["follow_ups"] = followUps;

    OrderedJson tenders = OrderedJson::array();
    for (const auto& tr : r.tenders) {
        const Tender& t = tr.tender;
        OrderedJson k = OrderedJson::object();
        k["date"] = t.date.toIso();
        k["title"] = t.title;
        if (t.value)
            k["value"] = t.value->toString();
        k["outcome"] = std::string(toKey(t.outcome));
        putText(k, "reason", t.reason);
        putText(k, "winner", tr.winner);
        putText(k, "notes", t.notes);
        tenders.push_back(k);
    }
    o["tenders"] = tenders;

    OrderedJson presence = OrderedJson::array();
    for (const auto& pr : r.competitors) {
        const CompetitorPresence& p = pr.presence;
        OrderedJson k = OrderedJson::object();
        k["competitor"] = pr.competitor;
        putText(k, "products", p.products);
        putText(k, "strengths", p.strengths);
        k["threat"] = std::string(toKey(p.threat));
        putText(k, "notes", p.notes);
        presence.push_back(k);
    }
    o["competitors"] = presence;
    return o;
}

} // namespace

std::string writeDossiers(const DossierFile& file)
{
    OrderedJson root = OrderedJson::object();
    root["format"] = std::string(kDossierFormat);
    root["version"] = kDossierVersion;
    OrderedJson managers = OrderedJson::array();
    for (const auto& m : file.managers)
        managers.push_back(managerJson(m));
    root["managers"] = managers;
    OrderedJson competitors = OrderedJson::array();
    for (const auto& c : file.competitors)
        competitors.push_back(competitorJson(c));
    root["competitors"] = competitors;
    OrderedJson accounts = OrderedJson::array();
    for (const auto& a : file.accounts)
        accounts.push_back(accountJson(a));
    root["accounts"] = accounts;
    // Entities are validated as UTF-8 before they are stored; replace keeps a damaged
    // value from aborting a whole export all the same.
    return root.dump(2, ' ', false, OrderedJson::error_handler_t::replace) + "\n";
}

} // namespace keystone::json
