#include "app/import/KindImporter.h"

namespace keystone::imports {

KindImporter::KindImporter(Workspace& workspace, const ImportOptions& options, ImportSummary& summary)
    : m_ws(workspace), m_store(workspace.store()), m_options(options), m_summary(summary)
{
}

KindImporter::~KindImporter() = default;

std::string KindImporter::missingAlternatives(const ColumnMap&) const { return {}; }
void KindImporter::setColumns(const ColumnMap&) {}
void KindImporter::learn(Row&) {}
void KindImporter::startWriting() {}
void KindImporter::finish() {}

void KindImporter::count(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        ++m_summary.created;
        break;
    case Outcome::Updated:
        ++m_summary.updated;
        break;
    case Outcome::Unchanged:
        ++m_summary.unchanged;
        break;
    }
}

void KindImporter::recordCreated(ImportedRecord kind, std::int64_t id)
{
    if (m_batch)
        m_store.importBatches().recordCreated(*m_batch, kind, id);
}

std::optional<Account> KindImporter::findAccount(const std::string& ref)
{
    if (const auto it = m_accountCache.find(ref); it != m_accountCache.end())
        return it->second;
    auto found = m_store.accounts().findByRef(ref);
    if (found)
        m_accountCache.emplace(ref, *found);
    return found;
}

std::optional<Account> KindImporter::requiredAccount(Row& row)
{
    const std::string ref(row.required("account"));
    if (ref.empty())
        return std::nullopt;
    auto a = findAccount(ref);
    if (!a)
        row.problem("account", "no account has the reference '" + ref + "'");
    return a;
}

std::optional<ManagerId> KindImporter::manager(Row& row, const Column& field)
{
    const auto text = row.text(field);
    if (text.empty())
        return std::nullopt;
    if (const auto it = m_managerCache.find(text); it != m_managerCache.end())
        return it->second;
    try {
        const auto id = m_ws.resolveManager(text);
        m_managerCache.emplace(text, id);
        return id;
    } catch (const ValidationError& e) {
        row.problem(field, e.errors().empty() ? e.what() : e.errors().front().message);
        return std::nullopt;
    }
}

std::vector<Contact>& KindImporter::contactsOf(AccountId id)
{
    auto it = m_contactCache.find(id);
    if (it == m_contactCache.end())
        it = m_contactCache.emplace(id, m_store.contacts().listForAccount(id)).first;
    return it->second;
}

std::optional<Contact> KindImporter::findContact(AccountId accountId, const std::string& emailOrName)
{
    const auto key = foldKey(emailOrName);
    auto& contacts = contactsOf(accountId);
    for (const auto& c : contacts)
        if (!c.email.empty() && foldKey(c.email) == key)
            return c;
    for (const auto& c : contacts)
        if (foldKey(c.name) == key)
            return c;
    return std::nullopt;
}

} // namespace keystone::imports
