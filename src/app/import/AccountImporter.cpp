#include "app/import/AccountImporter.h"

namespace keystone::imports {

const std::vector<ImportField>& AccountImporter::fields()
{
    static const std::vector<ImportField> fields = {
        {"ref", "external reference (the customer number in the ERP); the key for updates", false,
         accountRefSynonyms()},
        {"name", "account name (required for a new account)", false,
         {"name", "account_name", "company", "company_name", "customer_name", "client_name", "firma", "firmenname",
          "наименование", "название", "компания"}},
        {"legal_name", "legal name", false, {"legal_name", "legal_entity", "rechtsform_name", "юрлицо"}},
        {"status", "prospect, active, at_risk, lost or won_back", false, {"status", "статус"}},
        {"kinds", "key-account kinds, comma-separated: anchor, prospective, image_maker, expert", false,
         {"kinds", "kind", "key_account_kinds"}},
        {"owner", "the account manager's e-mail or name", false,
         {"owner", "owner_email", "manager", "account_manager", "betreuer", "менеджер", "ответственный"}},
        {"industry", "industry", false, {"industry", "sector", "branche", "отрасль"}},
        {"country", "country", false, {"country", "land", "страна"}},
        {"region", "region or city", false, {"region", "city", "state", "stadt", "регион", "город"}},
        {"website", "web site", false, {"website", "web", "url", "homepage", "сайт"}},
        {"headcount", "number of employees", false, {"headcount", "employees", "mitarbeiter", "сотрудники"}},
        {"tags", "tags, comma-separated", false, {"tags", "tag", "labels", "теги"}},
        {"need", "qualification: a real need (yes/no)", false, {"need"}},
        {"solvency", "qualification: able to pay (yes/no)", false, {"solvency"}},
        {"authority", "qualification: authority to decide (yes/no)", false, {"authority"}},
        {"parent", "the reference of the parent account", false, {"parent", "parent_ref", "parent_account"}},
    };
    return fields;
}

std::string AccountImporter::missingAlternatives(const ColumnMap& columns) const
{
    return !columns.count("ref") && !columns.count("name") ? "ref or name" : "";
}

void AccountImporter::learn(Row& row)
{
    if (auto ref = row.text("ref"); !ref.empty())
        m_fileRefs.insert(ref);
}

void AccountImporter::process(Row& row)
{
    const std::string ref = row.text("ref");
    std::optional<Account> existing;
    if (!ref.empty())
        existing = findAccount(ref);
    else
        existing = accountByName(row.text("name"));
    Account a = existing ? *existing : Account{};
    a.ref = ref;
    if (row.has("name"))
        a.name = row.required("name");
    row.assign("legal_name", a.legalName);
    row.assign("industry", a.industry);
    row.assign("country", a.country);
    row.assign("region", a.region);
    row.assign("website", a.website);
    if (row.has("headcount"))
        a.headcount = row.integer("headcount", 0, 100'000'000);
    if (row.has("status")) {
        if (auto s = row.key<AccountStatus>("status"))
            a.status = *s;
    }
    if (row.has("kinds")) {
        const auto kinds = KindSet::parseKeys(foldKey(row.text("kinds")));
        if (!kinds)
            row.problem("kinds", "expected a comma-separated list of: " + keyList<KeyAccountKind>());
        else
            a.kinds = *kinds;
    }
    if (row.has("owner"))
        a.ownerId = manager(row, "owner");
    if (row.has("tags"))
        a.tags = splitItems(row.raw("tags"), ',');
    if (row.has("need"))
        a.qualification.need = row.boolean("need");
    if (row.has("solvency"))
        a.qualification.solvency = row.boolean("solvency");
    if (row.has("authority"))
        a.qualification.authority = row.boolean("authority");
    std::string parentRef;
    if (row.has("parent")) {
        parentRef = row.text("parent");
        if (parentRef.empty())
            a.parentId.reset();
        else if (parentRef == ref)
            row.problem("parent", "an account cannot be its own parent");
        else if (!m_fileRefs.count(parentRef) && !findAccount(parentRef))
            row.problem("parent", "no account has the reference '" + parentRef + "'");
    }
    row.problems(a.validate());
    if (!row.ok())
        return;
    const bool linkParent = !parentRef.empty();
    if (linkParent && existing) {
        // Compare with the parent as it will be, so that an unchanged row counts as unchanged.
        if (auto p = findAccount(parentRef))
            a.parentId = p->id;
    }
    if (!existing) {
        if (linkParent)
            a.parentId.reset();
        m_store.accounts().create(a);
        recordCreated(ImportedRecord::Account, a.id);
        count(Outcome::Created);
    } else if (a == *existing) {
        count(Outcome::Unchanged);
    } else {
        m_store.accounts().update(a);
        count(Outcome::Updated);
    }
    if (!a.ref.empty())
        m_accountCache[a.ref] = a;
    if (linkParent && (!existing || !a.parentId))
        m_parentLinks.push_back({a.id, a.id, parentRef, row.line()});
}

std::optional<Account> AccountImporter::accountByName(const std::string& name)
{
    if (name.empty())
        return std::nullopt;
    AccountQuery q;
    q.text = name;
    q.includeArchived = true;
    const auto key = foldKey(name);
    for (auto& a : m_store.accounts().list(q))
        if (a.ref.empty() && foldKey(a.name) == key)
            return a;
    return std::nullopt;
}

void AccountImporter::finish()
{
    for (const auto& link : m_parentLinks) {
        auto child = m_store.accounts().find(link.id);
        const auto parent = findAccount(link.key);
        if (!child || !parent)
            throw Error(m_options.file.string() + ":" + std::to_string(link.line) + ": parent '" + link.key +
                        "' names an account whose row was rejected");
        if (child->parentId != parent->id) {
            child->parentId = parent->id;
            m_store.accounts().update(*child);
        }
    }
}

} // namespace keystone::imports
