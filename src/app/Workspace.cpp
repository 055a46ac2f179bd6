#include "app/Workspace.h"

#include "app/OpenError.h"
#include "app/Paths.h"
#include "app/Team.h"
#include "domain/Text.h"
#include "storage/DatabaseError.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <unordered_map>

namespace keystone {

namespace {

OpenError::Reason openReason(DatabaseError::Reason reason)
{
    using R = DatabaseError::Reason;
    switch (reason) {
    case R::CannotOpen:
        return OpenError::Reason::CannotOpen;
    case R::NotADatabase:
        return OpenError::Reason::NotADatabase;
    case R::Corrupt:
        return OpenError::Reason::Corrupt;
    case R::Locked:
        return OpenError::Reason::Locked;
    case R::ReadOnly:
        return OpenError::Reason::ReadOnly;
    case R::TooNew:
        return OpenError::Reason::TooNew;
    case R::Full:
        return OpenError::Reason::Full;
    case R::Other:
        break;
    }
    return OpenError::Reason::Other;
}

} // namespace

Workspace::Workspace(const std::filesystem::path& path, const Clock& clock, const OpenOptions& options)
    : m_path(path), m_clock(clock)
{
    try {
        if (!options.readOnly && options.create && path.has_parent_path())
            createPrivateDirectories(path.parent_path());
        m_store = std::make_unique<Store>(path, clock, options);
    } catch (const DatabaseError& e) {
        throw OpenError(openReason(e.reason()), e.what());
    } catch (const std::filesystem::filesystem_error& e) {
        // A folder that cannot be made, or a file that cannot be reached.
        throw OpenError(OpenError::Reason::CannotOpen, e.what());
    }
}

void Workspace::repair(const std::filesystem::path& backup)
{
    m_store->database().backupTo(backup);
    try {
        m_store->repair();
    } catch (const DatabaseError& e) {
        throw OpenError(openReason(e.reason()), m_path.string() + ": cannot rebuild the derived data: " + e.what() +
                                                    "; the backup " + backup.string() + " holds the file as it was");
    }
}

Account Workspace::resolveAccount(std::string_view idOrRef)
{
    auto text = trim(idOrRef);
    const bool forceId = !text.empty() && text.front() == '#';
    if (forceId)
        text.remove_prefix(1);
    else if (auto byRef = m_store->accounts().findByRef(text))
        return *byRef;
    AccountId id = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec == std::errc() && end == text.data() + text.size()) {
        if (auto byId = m_store->accounts().find(id))
            return *byId;
    }
    throw NotFoundError("no account has the id or reference '" + std::string(text) + "'");
}

Account Workspace::account(AccountId id)
{
    if (auto found = m_store->accounts().find(id))
        return *found;
    throw NotFoundError("no account has the id " + std::to_string(id));
}

AccountDetails Workspace::details(AccountId id)
{
    auto& s = *m_store;
    AccountDetails d;
    auto account = s.accounts().find(id);
    if (!account)
        throw NotFoundError("account " + std::to_string(id) + " does not exist");
    d.account = *account;
    if (d.account.ownerId)
        d.owner = s.managers().find(*d.account.ownerId);
    if (d.account.parentId)
        d.parent = s.accounts().find(*d.account.parentId);
    d.dossier = s.accounts().dossier(id);
    d.contacts = s.contacts().listForAccount(id);
    d.interactions = s.interactions().listForAccount(id);
    FollowUpQuery fq;
    fq.accountId = id;
    fq.openOnly = false;
    d.followUps = s.followUps().list(fq);
    d.tenders = s.tenders().listForAccount(id);
    for (auto& p : s.competitors().presenceAt(id))
        if (auto c = s.competitors().find(p.competitorId))
            d.competitors.emplace_back(*c, p);
    // Interactions come newest first; planned ones (in the future) are not contact yet.
    const DateTime now = m_clock.now();
    for (const auto& i : d.interactions) {
        if (i.occurredAt <= now) {
            d.lastContact = i.occurredAt;
            break;
        }
    }
    for (const auto& f : d.followUps)
        if (!f.done && (!d.nextFollowUp || f.dueDate < *d.nextFollowUp))
            d.nextFollowUp = f.dueDate;
    return d;
}

bool Workspace::hasMoreAccountsThan(std::int64_t n, bool includeArchived)
{
    AccountQuery query;
    query.includeArchived = includeArchived;
    query.limit = 1;
    query.offset = static_cast<int>(std::min<std::int64_t>(n, std::numeric_limits<int>::max()));
    return !m_store->accounts().list(query).empty();
}

void Workspace::forEachAccountRow(const AccountQuery& query,
                                  const std::function<void(const AccountListRow&)>& visit)
{
    std::map<ManagerId, const Manager*> owners;
    const auto managers = m_store->managers().list();
    for (const auto& m : managers)
        owners[m.id] = &m;
    // A parent is read once, however many children it has. The list is not held to look parents
    // up in it: a find per distinct parent costs less than remembering every account in passing.
    std::unordered_map<AccountId, std::string> parents;
    AccountListRow row;
    m_store->accounts().forEach(query, [&](const Account& a) {
        row.account = a; // assigned, not constructed: the row's strings keep their capacity
        row.ownerName.clear();
        row.ownerEmail.clear();
        row.parentRef.clear();
        if (a.ownerId) {
            if (const auto it = owners.find(*a.ownerId); it != owners.end()) {
                row.ownerName.assign(it->second->name);
                row.ownerEmail.assign(it->second->email);
            }
        }
        if (a.parentId) {
            auto it = parents.find(*a.parentId);
            if (it == parents.end()) {
                // The statement of the list is still stepping; find() has SQL of its own.
                const auto parent = m_store->accounts().find(*a.parentId);
                it = parents.emplace(*a.parentId, parent ? (parent->ref.empty() ? parent->name : parent->ref) : "")
                         .first;
            }
            row.parentRef.assign(it->second);
        }
        visit(row);
    });
}

std::vector<AccountListRow> Workspace::listAccounts(const AccountQuery& query)
{
    std::vector<AccountListRow> rows;
    forEachAccountRow(query, [&](const AccountListRow& row) { rows.push_back(row); });
    return rows;
}

ManagerId Workspace::resolveManager(std::string_view emailOrName)
{
    const auto text = trim(emailOrName);
    if (auto m = m_store->managers().findByEmail(text))
        return m->id;
    const std::string key = foldKey(text);
    std::optional<ManagerId> found;
    for (const auto& m : m_store->managers().list()) {
        if (foldKey(m.name) == key) {
            if (found)
                throw ValidationError({{"owner", "more than one manager is called '" + std::string(text) +
                                                     "'; give the e-mail address"}});
            found = m.id;
        }
    }
    if (!found)
        throw ValidationError({{"owner", "no manager has the e-mail address or name '" + std::string(text) + "'"}});
    return *found;
}

Account Workspace::addAccount(Account account, std::string_view ownerEmail)
{
    if (!trim(ownerEmail).empty())
        account.ownerId = resolveManager(ownerEmail);
    auto tx = m_store->transaction();
    Team::requireActive(*m_store, account.ownerId, "owner");
    try {
        m_store->accounts().create(account);
    } catch (const ConflictError&) {
        throw ValidationError({{"ref", "another account already has the reference '" + account.ref + "'"}});
    }
    tx.commit();
    return account;
}

std::optional<Account> Workspace::sameNameAs(std::string_view name)
{
    const std::string key = foldKey(trim(name));
    if (key.empty())
        return std::nullopt;
    AccountQuery query;
    query.text = std::string(trim(name));
    query.includeArchived = true;
    for (auto& a : m_store->accounts().list(query))
        if (foldKey(trim(a.name)) == key)
            return std::move(a);
    return std::nullopt;
}

std::vector<SearchHit> Workspace::search(std::string_view text, int limit)
{
    return m_store->search().search(text, limit);
}

LoggedInteraction Workspace::logInteraction(Interaction interaction, std::optional<FollowUp> nextStep)
{
    auto tx = m_store->transaction();
    LoggedInteraction logged;
    if (!interaction.managerId) {
        interaction.managerId = m_store->actor();
        if (!interaction.managerId)
            if (const auto account = m_store->accounts().find(interaction.accountId))
                interaction.managerId = account->ownerId;
    }
    m_store->interactions().create(interaction);
    if (nextStep) {
        nextStep->accountId = interaction.accountId;
        nextStep->interactionId = interaction.id;
        if (!nextStep->ownerId)
            nextStep->ownerId = interaction.managerId;
        else
            Team::requireActive(*m_store, nextStep->ownerId, "owner");
        m_store->followUps().create(*nextStep);
    }
    tx.commit();
    logged.interaction = std::move(interaction);
    logged.followUp = std::move(nextStep);
    return logged;
}

void Workspace::removeLoggedInteraction(const LoggedInteraction& logged)
{
    auto tx = m_store->transaction();
    if (logged.followUp)
        m_store->followUps().remove(logged.followUp->id);
    m_store->interactions().remove(logged.interaction.id);
    tx.commit();
}

FollowUp Workspace::setFollowUpDone(FollowUpId id, bool done)
{
    auto followUp = m_store->followUps().find(id);
    if (!followUp)
        throw NotFoundError("follow-up " + std::to_string(id) + " does not exist");
    followUp->done = done;
    followUp->doneAt = done ? std::optional<DateTime>(m_clock.now()) : std::nullopt;
    m_store->followUps().update(*followUp);
    return *followUp;
}

std::vector<FollowUpListRow> Workspace::openFollowUps(std::optional<ManagerId> manager)
{
    std::map<ManagerId, std::string> managerNames;
    for (const auto& m : m_store->managers().list())
        managerNames[m.id] = m.name;
    std::map<AccountId, std::optional<Account>> accounts;
    std::vector<FollowUpListRow> rows;
    FollowUpQuery query;
    query.openOnly = true;
    auto open = m_store->followUps().list(query);
    // Many follow-ups: every listed (not archived) account in one statement. A find per account
    // (a statement prepared, tags read) was three quarters of the GUI's cold start at 50,000
    // accounts, where the Follow-ups tab loads when a database opens.
    const bool readAll = open.size() > 500;
    if (readAll)
        for (auto& a : m_store->accounts().list(AccountQuery{}))
            accounts.emplace(a.id, std::move(a));
    for (auto& f : open) {
        auto found = accounts.find(f.accountId);
        if (found == accounts.end())
            found = accounts.emplace(f.accountId, readAll ? std::nullopt : m_store->accounts().find(f.accountId)).first;
        const std::optional<Account>& account = found->second;
        if (!account || account->isArchived())
            continue;
        FollowUpListRow row;
        row.managerId = f.ownerId ? f.ownerId : account->ownerId;
        if (manager && row.managerId != manager)
            continue;
        if (row.managerId)
            row.managerName = managerNames[*row.managerId];
        row.accountName = account->name;
        row.followUp = std::move(f);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace keystone
