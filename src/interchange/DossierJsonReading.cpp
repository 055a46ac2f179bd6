// Reading a dossier file: readDossiers and one function per kind of record, each checking the
// members through DossierFieldReader.h and the entities' own rules.
#include "interchange/DossierJson.h"

#include "domain/Text.h"
#include "interchange/DossierFieldReader.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>

namespace keystone::json {

namespace {

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

Manager readManager(DossierFieldReader& r, const Json& o, const std::string& path)
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

Competitor readCompetitor(DossierFieldReader& r, const Json& o, const std::string& path)
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

void readAccountFields(DossierFieldReader& r, const Json& o, const std::string& path, AccountRecord& rec)
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

void readDossier(DossierFieldReader& r, const Json& o, const std::string& path, Dossier& d)
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

void readContacts(DossierFieldReader& r, const Json& o, const std::string& path, AccountRecord& rec)
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

void readInteractions(DossierFieldReader& r, const Json& o, const std::string& path, AccountRecord& rec)
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

void readFollowUps(DossierFieldReader& r, const Json& o, const std::string& path, AccountRecord& rec)
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

void readTenders(DossierFieldReader& r, const Json& o, const std::string& path, AccountRecord& rec)
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

void readPresence(DossierFieldReader& r, const Json& o, const std::string& path, AccountRecord& rec)
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
    DossierFieldReader r(result.problems);
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
