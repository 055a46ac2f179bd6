#include "app/import/ContactImporter.h"

namespace keystone::imports {

const std::vector<ImportField>& ContactImporter::fields()
{
    static const std::vector<ImportField> fields = {
        {"account", "the account's reference", true, accountRefSynonyms()},
        {"name", "the person's full name", true,
         {"name", "full_name", "contact", "contact_name", "person", "ansprechpartner", "фио", "имя", "контакт"}},
        {"position", "job title", false, {"position", "title", "job_title", "role_title", "funktion", "должность"}},
        {"department", "department", false, {"department", "abteilung", "отдел", "подразделение"}},
        {"email", "e-mail address; the key for updates", false, {"email", "e_mail", "mail", "почта"}},
        {"phones", "phones as 'label: number' separated by ';'", false,
         {"phones", "phone", "telephone", "tel", "telefon", "телефон"}},
        {"language", "language tag such as ru or he-IL", false, {"language", "lang", "sprache", "язык"}},
        {"role", "decision role: decision_maker, economic_buyer, technical_buyer, influencer, gatekeeper, user, "
                 "champion, blocker",
         false, {"role", "decision_role"}},
        {"attitude", "supporter, neutral or opponent", false, {"attitude"}},
        {"influence", "1 (none) to 5 (decisive)", false, {"influence"}},
        {"reports_to", "e-mail or name of the contact this person reports to, at the same account", false,
         {"reports_to", "manager_email", "boss"}},
        {"left_company", "yes when the person has left", false, {"left_company", "left"}},
        {"notes", "notes", false, {"notes", "note", "comment", "bemerkung", "примечание"}},
    };
    return fields;
}

void ContactImporter::learn(Row& row)
{
    const auto ref = row.text("account");
    if (auto email = row.text("email"); !email.empty())
        m_fileContacts.insert(ref + '\n' + foldKey(email));
    if (auto name = row.text("name"); !name.empty())
        m_fileContacts.insert(ref + '\n' + foldKey(name));
}

void ContactImporter::process(Row& row)
{
    const auto account = requiredAccount(row);
    const std::string name(row.required("name"));
    const auto email = row.text("email");
    if (!account)
        return;
    std::optional<Contact> existing;
    if (!email.empty())
        existing = findContact(account->id, email);
    if (!existing && !name.empty()) {
        auto byName = findContact(account->id, name);
        if (byName && (email.empty() || byName->email.empty()))
            existing = byName;
    }
    Contact c = existing ? *existing : Contact{};
    c.accountId = account->id;
    c.name = name;
    row.assign("position", c.position);
    row.assign("department", c.department);
    row.assign("email", c.email);
    row.assign("language", c.language);
    row.assign("notes", c.notes);
    if (row.has("phones")) {
        c.phones.clear();
        for (const auto& item : splitItems(row.raw("phones"), ';')) {
            Phone p;
            const auto colon = item.find(':');
            // "work: +49 30 1234" has a label; "+49 30 1234" has none.
            if (colon != std::string::npos && item.find_first_of("0123456789+") > colon) {
                p.label = std::string(trim(std::string_view(item).substr(0, colon)));
                p.number = std::string(trim(std::string_view(item).substr(colon + 1)));
            } else {
                p.number = item;
            }
            c.phones.push_back(std::move(p));
        }
    }
    if (row.has("role")) {
        const auto role = row.key<DecisionRole>("role");
        c.role = role.value_or(DecisionRole::Unknown);
    }
    if (row.has("attitude")) {
        const auto attitude = row.key<Attitude>("attitude");
        c.attitude = attitude.value_or(Attitude::Unknown);
    }
    if (row.has("influence")) {
        if (auto i = row.integer("influence", 1, 5))
            c.influence = *i;
    }
    if (row.has("left_company"))
        c.leftCompany = row.boolean("left_company").value_or(false);
    std::string bossKey;
    if (row.has("reports_to")) {
        bossKey = row.text("reports_to");
        if (bossKey.empty())
            c.reportsTo.reset();
        else if (foldKey(bossKey) == foldKey(email) || foldKey(bossKey) == foldKey(name))
            row.problem("reports_to", "a person cannot report to themselves");
        else if (!m_fileContacts.count(account->ref + '\n' + foldKey(bossKey)) &&
                 !findContact(account->id, bossKey))
            row.problem("reports_to", "no contact with that e-mail or name at account '" + account->ref + "'");
    }
    row.problems(c.validate());
    if (!row.ok())
        return;
    if (!bossKey.empty()) {
        if (auto boss = findContact(account->id, bossKey))
            c.reportsTo = boss->id;
    }
    auto& cached = contactsOf(account->id);
    if (!existing) {
        const bool link = !bossKey.empty() && !c.reportsTo;
        m_store.contacts().create(c);
        recordCreated(ImportedRecord::Contact, c.id);
        count(Outcome::Created);
        cached.push_back(c);
        if (link)
            m_reportsToLinks.push_back({c.id, account->id, bossKey, row.line()});
    } else {
        if (c == *existing) {
            count(Outcome::Unchanged);
        } else {
            m_store.contacts().update(c);
            count(Outcome::Updated);
        }
        for (auto& k : cached)
            if (k.id == c.id)
                k = c;
        if (!bossKey.empty() && !c.reportsTo)
            m_reportsToLinks.push_back({c.id, account->id, bossKey, row.line()});
    }
}

void ContactImporter::finish()
{
    for (const auto& link : m_reportsToLinks) {
        auto contact = m_store.contacts().find(link.id);
        const auto boss = findContact(link.accountId, link.key);
        if (!contact || !boss)
            throw Error(m_options.file.string() + ":" + std::to_string(link.line) + ": reports_to '" +
                        link.key + "' names a contact whose row was rejected");
        if (contact->reportsTo != boss->id) {
            contact->reportsTo = boss->id;
            m_store.contacts().update(*contact);
        }
    }
}

} // namespace keystone::imports
