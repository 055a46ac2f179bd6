#include "interchange/DossierJson.h"

#include "domain/Text.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace keystone::json {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

std::string managerKey(const Manager& manager) { return manager.email.empty() ? manager.name : manager.email; }

std::string accountKey(const Account& account) { return account.ref.empty() ? account.name : account.ref; }

// ---------------------------------------------------------------------------------
// Writing

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

// ---------------------------------------------------------------------------------
// Reading

namespace {

std::string typeName(const Json& j)
{
    switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "an integer";
    case Json::value_t::number_float: return "a number with a fraction";
    default: return "an unsupported value";
    }
}

class Reader
{
public:
    explicit Reader(std::vector<Problem>& problems) : m_problems(problems) {}

    void problem(const std::string& path, std::string message) { m_problems.push_back({path, std::move(message)}); }

    bool isObject(const Json& j, const std::string& path)
    {
        if (j.is_object())
            return true;
        problem(path, "expected an object, found " + typeName(j));
        return false;
    }

    // The members of `o`, each of them known.
    void members(const Json& o, const std::string& path, std::initializer_list<std::string_view> known)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (std::find(known.begin(), known.end(), it.key()) == known.end())
                problem(path + "/" + it.key(), "unknown member (this is version " + std::to_string(kDossierVersion) +
                                                   " of the format)");
    }

    const Json* member(const Json& o, const char* key) const
    {
        auto it = o.find(key);
        return it == o.end() ? nullptr : &*it;
    }

    std::string text(const Json& o, const std::string& path, const char* key)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return {};
        if (!j->is_string()) {
            problem(path + "/" + key, "expected a string, found " + typeName(*j));
            return {};
        }
        return j->get<std::string>();
    }

    bool boolean(const Json& o, const std::string& path, const char* key, bool fallback)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return fallback;
        if (!j->is_boolean()) {
            problem(path + "/" + key, "expected true or false, found " + typeName(*j));
            return fallback;
        }
        return j->get<bool>();
    }

    std::optional<bool> optionalBoolean(const Json& o, const std::string& path, const char* key)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return std::nullopt;
        if (!j->is_boolean()) {
            problem(path + "/" + key, "expected true, false or null, found " + typeName(*j));
            return std::nullopt;
        }
        return j->get<bool>();
    }

    std::optional<std::int64_t> integer(const Json& j, const std::string& path, std::int64_t min, std::int64_t max)
    {
        bool ok = false;
        std::int64_t value = 0;
        if (j.is_number_unsigned()) {
            const auto u = j.get<std::uint64_t>();
            ok = u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
            value = static_cast<std::int64_t>(u);
        } else if (j.is_number_integer()) {
            ok = true;
            value = j.get<std::int64_t>();
        }
        if (!ok || value < min || value > max) {
            problem(path, "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max) +
                              (ok ? ", found " + std::to_string(value) : ", found " + typeName(j)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<std::int64_t> integer(const Json& o, const std::string& path, const char* key, std::int64_t min,
                                        std::int64_t max)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return std::nullopt;
        return integer(*j, path + "/" + key, min, max);
    }

    template <typename E> E enumeration(const Json& o, const std::string& path, const char* key, E fallback)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return fallback;
        if (j->is_string())
            if (auto value = fromKey<E>(j->get<std::string>()))
                return *value;
        problem(path + "/" + key, "expected one of: " + keyList<E>() + "; found " +
                                      (j->is_string() ? "'" + j->get<std::string>() + "'" : typeName(*j)));
        return fallback;
    }

    std::optional<Date> date(const Json& o, const std::string& path, const char* key, bool required)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null()) {
            if (required)
                problem(path + "/" + key, "is required (a date, YYYY-MM-DD)");
            return std::nullopt;
        }
        if (j->is_string())
            if (auto d = Date::parseIso(j->get<std::string>()))
                return d;
        problem(path + "/" + key, "expected a date YYYY-MM-DD, found " +
                                      (j->is_string() ? "'" + j->get<std::string>() + "'" : typeName(*j)));
        return std::nullopt;
    }

    std::optional<DateTime> dateTime(const Json& o, const std::string& path, const char* key, bool required)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null()) {
            if (required)
                problem(path + "/" + key, "is required (a UTC time, YYYY-MM-DDTHH:MM:SSZ)");
            return std::nullopt;
        }
        if (j->is_string())
            if (auto d = DateTime::parseIso(j->get<std::string>()))
                return d;
        problem(path + "/" + key, "expected a time YYYY-MM-DDTHH:MM:SSZ, found " +
                                      (j->is_string() ? "'" + j->get<std::string>() + "'" : typeName(*j)));
        return std::nullopt;
    }

    // An array member; absent or null is an empty array.
    const Json* array(const Json& o, const std::string& path, const char* key)
    {
        static const Json empty = Json::array();
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return &empty;
        if (!j->is_array()) {
            problem(path + "/" + key, "expected an array, found " + typeName(*j));
            return &empty;
        }
        return j;
    }

    std::optional<std::size_t> index(const Json& o, const std::string& path, const char* key, std::size_t count,
                                     const char* what)
    {
        const Json* j = member(o, key);
        if (!j || j->is_null())
            return std::nullopt;
        return indexValue(*j, path + "/" + key, count, what);
    }

    std::optional<std::size_t> indexValue(const Json& j, const std::string& path, std::size_t count, const char* what)
    {
        if (count == 0) {
            problem(path, std::string("refers to ") + what + " but the account has none");
            return std::nullopt;
        }
        const auto value = integer(j, path, 0, static_cast<std::int64_t>(count) - 1);
        if (!value)
            return std::nullopt;
        return static_cast<std::size_t>(*value);
    }

    // The entity's own rules, reported at path/field; the ids the file does not
    // carry were filled with placeholders and their fields are skipped.
    void validation(const std::vector<FieldError>& errors, const std::string& path)
    {
        for (const auto& e : errors) {
            if (e.field == "account" || e.field == "competitor")
                continue;
            problem(path + "/" + e.field, e.message);
        }
    }

private:
    std::vector<Problem>& m_problems;
};

constexpr AccountId kPlaceholderId = 1;

// "-1234.5": digits with an optional sign and decimal point, no grouping, no exponent.
bool isPlainDecimal(std::string_view text)
{
    if (!text.empty() && text.front() == '-')
        text.remove_prefix(1);
    const auto point = text.find('.');
    const auto whole = text.substr(0, point);
    const auto fraction = point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
    const auto digits = [](std::string_view t) {
        return std::all_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    return !whole.empty() && digits(whole) && digits(fraction) && (point == std::string_view::npos || !fraction.empty());
}

Manager readManager(Reader& r, const Json& o, const std::string& path)
{
    Manager m;
    if (!r.isObject(o, path))
        return m;
    r.members(o, path, {"name", "email", "active"});
    m.name = r.text(o, path, "name");
    m.email = r.text(o, path, "email");
    m.active = r.boolean(o, path, "active", true);
    r.validation(m.validate(), path);
    return m;
}

Competitor readCompetitor(Reader& r, const Json& o, const std::string& path)
{
    Competitor c;
    if (!r.isObject(o, path))
        return c;
    r.members(o, path, {"name", "website", "notes"});
    c.name = r.text(o, path, "name");
    c.website = r.text(o, path, "website");
    c.notes = r.text(o, path, "notes");
    r.validation(c.validate(), path);
    return c;
}

void readAccountFields(Reader& r, const Json& o, const std::string& path, AccountRecord& rec)
{
    Account& a = rec.account;
    a.ref = r.text(o, path, "ref");
    a.name = r.text(o, path, "name");
    a.legalName = r.text(o, path, "legal_name");
    a.industry = r.text(o, path, "industry");
    a.country = r.text(o, path, "country");
    a.region = r.text(o, path, "region");
    a.website = r.text(o, path, "website");
    if (auto h = r.integer(o, path, "headcount", 0, std::numeric_limits<int>::max()))
        a.headcount = static_cast<int>(*h);
    a.status = r.enumeration(o, path, "status", AccountStatus::Active);
    rec.owner = r.text(o, path, "owner");
    rec.parent = r.text(o, path, "parent");
    const Json* kinds = r.array(o, path, "kinds");
    for (std::size_t i = 0; i < kinds->size(); ++i) {
        const Json& k = (*kinds)[i];
        const auto kind = k.is_string() ? fromKey<KeyAccountKind>(k.get<std::string>()) : std::nullopt;
        if (kind)
            a.kinds.set(*kind);
        else
            r.problem(path + "/kinds/" + std::to_string(i), "expected one of: " + keyList<KeyAccountKind>());
    }
    if (const Json* q = r.member(o, "qualification"); q && !q->is_null()) {
        const std::string qp = path + "/qualification";
        if (r.isObject(*q, qp)) {
            r.members(*q, qp, {"need", "solvency", "authority"});
            a.qualification.need = r.optionalBoolean(*q, qp, "need");
            a.qualification.solvency = r.optionalBoolean(*q, qp, "solvency");
            a.qualification.authority = r.optionalBoolean(*q, qp, "authority");
        }
    }
    const Json* tags = r.array(o, path, "tags");
    for (std::size_t i = 0; i < tags->size(); ++i) {
        if ((*tags)[i].is_string())
            a.tags.push_back((*tags)[i].get<std::string>());
        else
            r.problem(path + "/tags/" + std::to_string(i), "expected a string, found " + typeName((*tags)[i]));
    }
    a.archivedAt = r.dateTime(o, path, "archived_at", false);
    r.validation(a.validate(), path);
}

void readDossier(Reader& r, const Json& o, const std::string& path, Dossier& d)
{
    const Json* j = r.member(o, "dossier");
    if (!j || j->is_null())
        return;
    const std::string dp = path + "/dossier";
    if (!r.isObject(*j, dp))
        return;
    r.members(*j, dp,
              {"description", "history", "organisation", "environment", "strategy", "needs", "decision_process",
               "relationship_notes"});
    d.description = r.text(*j, dp, "description");
    d.history = r.text(*j, dp, "history");
    d.organisation = r.text(*j, dp, "organisation");
    d.environment = r.text(*j, dp, "environment");
    d.strategy = r.text(*j, dp, "strategy");
    d.needs = r.text(*j, dp, "needs");
    d.decisionProcess = r.text(*j, dp, "decision_process");
    d.relationshipNotes = r.text(*j, dp, "relationship_notes");
    d.accountId = kPlaceholderId;
    r.validation(d.validate(), dp);
    d.accountId = 0;
}

void readContacts(Reader& r, const Json& o, const std::string& path, AccountRecord& rec)
{
    const Json* list = r.array(o, path, "contacts");
    const std::size_t count = list->size();
    std::map<std::string, std::size_t> byEmail, byName;
    for (std::size_t i = 0; i < count; ++i) {
        const std::string cp = path + "/contacts/" + std::to_string(i);
        const Json& j = (*list)[i];
        ContactRecord cr;
        if (r.isObject(j, cp)) {
            r.members(j, cp,
                      {"name", "position", "department", "email", "phones", "language", "role", "attitude",
                       "influence", "reports_to", "left_company", "notes"});
            Contact& c = cr.contact;
            c.name = r.text(j, cp, "name");
            c.position = r.text(j, cp, "position");
            c.department = r.text(j, cp, "department");
            c.email = r.text(j, cp, "email");
            const Json* phones = r.array(j, cp, "phones");
            for (std::size_t p = 0; p < phones->size(); ++p) {
                const std::string pp = cp + "/phones/" + std::to_string(p);
                const Json& pj = (*phones)[p];
                if (!r.isObject(pj, pp))
                    continue;
                r.members(pj, pp, {"label", "number"});
                Phone phone{r.text(pj, pp, "label"), r.text(pj, pp, "number")};
                if (trim(phone.number).empty())
                    r.problem(pp + "/number", "is required");
                c.phones.push_back(std::move(phone));
            }
            c.language = r.text(j, cp, "language");
            c.role = r.enumeration(j, cp, "role", DecisionRole::Unknown);
            c.attitude = r.enumeration(j, cp, "attitude", Attitude::Unknown);
            if (auto inf = r.integer(j, cp, "influence", 1, 5))
                c.influence = static_cast<int>(*inf);
            cr.reportsTo = r.index(j, cp, "reports_to", count, "a contact");
            if (cr.reportsTo && *cr.reportsTo == i) {
                r.problem(cp + "/reports_to", "a contact cannot report to themselves");
                cr.reportsTo.reset();
            }
            c.leftCompany = r.boolean(j, cp, "left_company", false);
            c.notes = r.text(j, cp, "notes");
            c.accountId = kPlaceholderId;
            auto errors = c.validate();
            c.accountId = 0;
            // Phones are checked above with their own paths.
            std::erase_if(errors, [](const FieldError& e) { return e.field == "phones"; });
            r.validation(errors, cp);
            const bool hasEmail = !c.email.empty();
            auto& seen = hasEmail ? byEmail : byName;
            const std::string key = foldKey(hasEmail ? c.email : c.name);
            if (!key.empty()) {
                if (auto [it, added] = seen.emplace(key, i); !added)
                    r.problem(cp + (hasEmail ? "/email" : "/name"),
                              std::string(hasEmail ? "the e-mail" : "the name (of a contact without e-mail)") +
                                  " is also used by contact " + std::to_string(it->second) + " of this account");
            }
        }
        rec.contacts.push_back(std::move(cr));
    }
}

void readInteractions(Reader& r, const Json& o, const std::string& path, AccountRecord& rec)
{
    const Json* list = r.array(o, path, "interactions");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string ip = path + "/interactions/" + std::to_string(i);
        const Json& j = (*list)[i];
        InteractionRecord ir;
        if (r.isObject(j, ip)) {
            r.members(j, ip,
                      {"occurred_at", "kind", "manager", "subject", "summary", "outcome", "sentiment", "contacts"});
            Interaction& x = ir.interaction;
            if (auto at = r.dateTime(j, ip, "occurred_at", true))
                x.occurredAt = *at;
            x.kind = r.enumeration(j, ip, "kind", InteractionKind::Call);
            ir.manager = r.text(j, ip, "manager");
            x.subject = r.text(j, ip, "subject");
            x.summary = r.text(j, ip, "summary");
            x.outcome = r.text(j, ip, "outcome");
            x.sentiment = r.enumeration(j, ip, "sentiment", Sentiment::Unknown);
            const Json* people = r.array(j, ip, "contacts");
            std::set<std::size_t> indices;
            for (std::size_t p = 0; p < people->size(); ++p)
                if (auto idx = r.indexValue((*people)[p], ip + "/contacts/" + std::to_string(p), rec.contacts.size(),
                                            "a contact"))
                    indices.insert(*idx);
            ir.contacts.assign(indices.begin(), indices.end());
            x.accountId = kPlaceholderId;
            auto errors = x.validate();
            x.accountId = 0;
            // A missing time was reported above, with the format expected.
            std::erase_if(errors, [](const FieldError& e) { return e.field == "occurred_at"; });
            r.validation(errors, ip);
        }
        rec.interactions.push_back(std::move(ir));
    }
}

void readFollowUps(Reader& r, const Json& o, const std::string& path, AccountRecord& rec)
{
    const Json* list = r.array(o, path, "follow_ups");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string fp = path + "/follow_ups/" + std::to_string(i);
        const Json& j = (*list)[i];
        FollowUpRecord fr;
        if (r.isObject(j, fp)) {
            r.members(j, fp, {"due", "kind", "title", "notes", "owner", "done", "done_at", "interaction"});
            FollowUp& f = fr.followUp;
            if (auto due = r.date(j, fp, "due", true))
                f.dueDate = *due;
            f.kind = r.enumeration(j, fp, "kind", FollowUpKind::Task);
            f.title = r.text(j, fp, "title");
            f.notes = r.text(j, fp, "notes");
            fr.owner = r.text(j, fp, "owner");
            f.done = r.boolean(j, fp, "done", false);
            f.doneAt = r.dateTime(j, fp, "done_at", false);
            fr.interaction = r.index(j, fp, "interaction", rec.interactions.size(), "an interaction");
            f.accountId = kPlaceholderId;
            r.validation(f.validate(), fp);
            f.accountId = 0;
        }
        rec.followUps.push_back(std::move(fr));
    }
}

void readTenders(Reader& r, const Json& o, const std::string& path, AccountRecord& rec)
{
    const Json* list = r.array(o, path, "tenders");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string tp = path + "/tenders/" + std::to_string(i);
        const Json& j = (*list)[i];
        TenderRecord tr;
        if (r.isObject(j, tp)) {
            r.members(j, tp, {"date", "title", "value", "outcome", "reason", "winner", "notes"});
            Tender& t = tr.tender;
            if (auto d = r.date(j, tp, "date", true))
                t.date = *d;
            t.title = r.text(j, tp, "title");
            if (const Json* v = r.member(j, "value"); v && !v->is_null()) {
                std::optional<Money> money;
                if (v->is_string() && isPlainDecimal(v->get<std::string>()))
                    money = Money::parse(v->get<std::string>());
                if (money)
                    t.value = money;
                else
                    r.problem(tp + "/value", "expected a decimal number in a string with at most four decimals "
                                             "(\"125000.00\"), found " +
                                                 (v->is_string() ? "'" + v->get<std::string>() + "'" : typeName(*v)));
            }
            t.outcome = r.enumeration(j, tp, "outcome", TenderOutcome::Open);
            t.reason = r.text(j, tp, "reason");
            tr.winner = r.text(j, tp, "winner");
            t.notes = r.text(j, tp, "notes");
            t.accountId = kPlaceholderId;
            if (!tr.winner.empty())
                t.winnerId = kPlaceholderId;
            r.validation(t.validate(), tp);
            t.accountId = 0;
            t.winnerId.reset();
        }
        rec.tenders.push_back(std::move(tr));
    }
}

void readPresence(Reader& r, const Json& o, const std::string& path, AccountRecord& rec)
{
    const Json* list = r.array(o, path, "competitors");
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string pp = path + "/competitors/" + std::to_string(i);
        const Json& j = (*list)[i];
        PresenceRecord pr;
        if (r.isObject(j, pp)) {
            r.members(j, pp, {"competitor", "products", "strengths", "threat", "notes"});
            CompetitorPresence& p = pr.presence;
            pr.competitor = r.text(j, pp, "competitor");
            if (trim(pr.competitor).empty())
                r.problem(pp + "/competitor", "is required (a competitor's name)");
            else if (auto [it, added] = seen.emplace(foldKey(pr.competitor), i); !added)
                r.problem(pp + "/competitor", "is also listed at " + path + "/competitors/" +
                                                  std::to_string(it->second));
            p.products = r.text(j, pp, "products");
            p.strengths = r.text(j, pp, "strengths");
            p.threat = r.enumeration(j, pp, "threat", ThreatLevel::Medium);
            p.notes = r.text(j, pp, "notes");
            p.accountId = kPlaceholderId;
            p.competitorId = kPlaceholderId;
            r.validation(p.validate(), pp);
            p.accountId = 0;
            p.competitorId = 0;
        }
        rec.competitors.push_back(std::move(pr));
    }
}

// "[json.exception.parse_error.101] parse error at line 3, column 7: ..." -> from "line".
std::string syntaxMessage(const std::string& what)
{
    const auto at = what.find("line ");
    return "not valid JSON: " + (at == std::string::npos ? what : what.substr(at));
}

} // namespace

ReadResult readDossiers(std::string_view text)
{
    ReadResult result;
    Reader r(result.problems);
    Json root;
    try {
        root = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        r.problem("", syntaxMessage(e.what()));
        return result;
    }
    if (!r.isObject(root, ""))
        return result;
    const Json* format = r.member(root, "format");
    if (!format || !format->is_string() || format->get<std::string>() != kDossierFormat) {
        r.problem("/format", "expected \"" + std::string(kDossierFormat) + "\"; this is not a Keystone dossier file");
        return result;
    }
    const Json* version = r.member(root, "version");
    if (!version || !version->is_number_integer()) {
        r.problem("/version", "is required (a whole number; this Keystone reads version " +
                                  std::to_string(kDossierVersion) + ")");
        return result;
    }
    if (version->get<std::int64_t>() != kDossierVersion) {
        const auto v = version->get<std::int64_t>();
        r.problem("/version", "version " + std::to_string(v) +
                                  (v > kDossierVersion ? " is newer than this Keystone reads (" : " is not known (") +
                                  std::to_string(kDossierVersion) + ")");
        return result;
    }
    r.members(root, "", {"format", "version", "managers", "competitors", "accounts"});

    const Json* managers = r.array(root, "", "managers");
    std::map<std::string, std::size_t> managerKeys;
    for (std::size_t i = 0; i < managers->size(); ++i) {
        const std::string path = "/managers/" + std::to_string(i);
        Manager m = readManager(r, (*managers)[i], path);
        const auto key = foldKey(managerKey(m));
        if (!key.empty())
            if (auto [it, added] = managerKeys.emplace(key, i); !added)
                r.problem(path + (m.email.empty() ? "/name" : "/email"),
                          "is also used by /managers/" + std::to_string(it->second));
        result.file.managers.push_back(std::move(m));
    }
    const Json* competitors = r.array(root, "", "competitors");
    std::map<std::string, std::size_t> competitorKeys;
    for (std::size_t i = 0; i < competitors->size(); ++i) {
        const std::string path = "/competitors/" + std::to_string(i);
        Competitor c = readCompetitor(r, (*competitors)[i], path);
        const auto key = foldKey(c.name);
        if (!key.empty())
            if (auto [it, added] = competitorKeys.emplace(key, i); !added)
                r.problem(path + "/name", "is also used by /competitors/" + std::to_string(it->second));
        result.file.competitors.push_back(std::move(c));
    }

    const Json* accounts = r.array(root, "", "accounts");
    std::map<std::string, std::size_t> refs, names;
    for (std::size_t i = 0; i < accounts->size(); ++i) {
        const std::string path = "/accounts/" + std::to_string(i);
        const Json& o = (*accounts)[i];
        AccountRecord rec;
        if (r.isObject(o, path)) {
            r.members(o, path,
                      {"ref", "name", "legal_name", "industry", "country", "region", "website", "headcount",
                       "status", "owner", "parent", "kinds", "qualification", "tags", "archived_at", "dossier",
                       "contacts", "interactions", "follow_ups", "tenders", "competitors"});
            readAccountFields(r, o, path, rec);
            readDossier(r, o, path, rec.dossier);
            readContacts(r, o, path, rec);
            readInteractions(r, o, path, rec);
            readFollowUps(r, o, path, rec);
            readTenders(r, o, path, rec);
            readPresence(r, o, path, rec);
            const Account& a = rec.account;
            if (!a.ref.empty()) {
                if (auto [it, added] = refs.emplace(a.ref, i); !added)
                    r.problem(path + "/ref", "the reference '" + a.ref + "' is also used by /accounts/" +
                                                 std::to_string(it->second));
            } else if (!trim(a.name).empty()) {
                if (auto [it, added] = names.emplace(foldKey(a.name), i); !added)
                    r.problem(path + "/name", "is also the name of /accounts/" + std::to_string(it->second) +
                                                  "; accounts without a reference are matched by name");
            }
            if (!rec.parent.empty() && rec.parent == accountKey(a))
                r.problem(path + "/parent", "an account cannot be its own parent");
        }
        result.file.accounts.push_back(std::move(rec));
    }
    return result;
}

} // namespace keystone::json
