// The use cases the GUI and the CLI share, over one open database. Faces call
// these; they never reach into storage themselves.
#pragma once

#include "storage/Store.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keystone {

// Everything known about one account, for the account workspace and `accounts show`.
struct AccountDetails
{
    Account account;
    std::optional<Manager> owner;
    std::optional<Account> parent;
    Dossier dossier;
    std::vector<Contact> contacts;
    std::vector<Interaction> interactions; // newest first
    std::vector<FollowUp> followUps;       // open and done, by due date
    std::vector<Tender> tenders;
    std::vector<std::pair<Competitor, CompetitorPresence>> competitors;
    std::optional<DateTime> lastContact;
    std::optional<Date> nextFollowUp;
};

// One row of the accounts list.
struct AccountListRow
{
    Account account;
    std::string ownerName;
    std::string ownerEmail;
    std::string parentRef; // the parent account's reference, else its name
};

// An interaction as logged, with the follow-up its "next step" created, if any.
struct LoggedInteraction
{
    Interaction interaction;
    std::optional<FollowUp> followUp;
};

// One row of the open follow-ups across accounts.
struct FollowUpListRow
{
    FollowUp followUp;
    std::string accountName;
    std::optional<ManagerId> managerId; // the follow-up's owner, else its account's manager
    std::string managerName;
};

class Workspace
{
public:
    // Opens (creating when allowed) the database; the clock must outlive the workspace.
    // Throws OpenError, with its reason, when the file cannot be opened (app/OpenError.h).
    Workspace(const std::filesystem::path& path, const Clock& clock, const OpenOptions& options = {});

    Store& store() { return *m_store; }
    const Clock& clock() const { return m_clock; }
    const std::filesystem::path& path() const { return m_path; }

    // An account by external reference, else by numeric id; "#12" is always id 12
    // (ERP customer numbers are often numeric too, and the user knows those).
    // Throws NotFoundError naming what was asked for.
    Account resolveAccount(std::string_view idOrRef);
    Account account(AccountId id); // NotFoundError when there is none
    AccountDetails details(AccountId id);
    std::vector<AccountListRow> listAccounts(const AccountQuery& query);
    // The rows of listAccounts one at a time, without holding them all (an export). The row
    // passed is reused for the next one; copy what must outlive the call.
    void forEachAccountRow(const AccountQuery& query, const std::function<void(const AccountListRow&)>& visit);
    // Whether there are more than `n` accounts (archived ones too when asked), found by
    // stepping along the name index rather than counting: a count reads every account,
    // tens of milliseconds at 50,000 of them, and the window asks this before it paints.
    bool hasMoreAccountsThan(std::int64_t n, bool includeArchived);
    // Creates an account; `ownerEmail`, when given, must name an active manager. A
    // reference in use is refused (ValidationError on "ref"); a name another account
    // already has is not: ask sameNameAs first ("Nordstahl GmbH exists: open it?").
    // Undo: AccountBulk::purge({id}) (nothing can refer to a new account yet).
    Account addAccount(Account account, std::string_view ownerEmail = {});
    // An account (archived ones too) whose name folds to the same as `name`.
    std::optional<Account> sameNameAs(std::string_view name);
    ManagerId resolveManager(std::string_view emailOrName);

    // Writes the interaction and, when given, the follow-up it leads to (a task or a
    // commitment, linked to it, on its account) in one transaction: both or neither.
    // Without a manager the interaction is the current user's (Store::actor), else
    // the account owner's; the next step is owned by the interaction's manager unless
    // it names an active owner. Throws ValidationError.
    LoggedInteraction logInteraction(Interaction interaction, std::optional<FollowUp> nextStep);
    // Removes a logged interaction and the follow-up it created, in one transaction.
    void removeLoggedInteraction(const LoggedInteraction& logged);
    // Marks a follow-up done (now) or open again; returns it as stored. Throws NotFoundError.
    FollowUp setFollowUpDone(FollowUpId id, bool done);
    // Open follow-ups and commitments of accounts not archived, by due date (so
    // overdue ones first); only those of `manager` when given.
    std::vector<FollowUpListRow> openFollowUps(std::optional<ManagerId> manager = std::nullopt);

    std::vector<SearchHit> search(std::string_view text, int limit = 50);
    std::vector<std::string> check() { return m_store->check(); }
    // Writes a backup to `backup`, then rebuilds the search index and the monthly sale totals from
    // the records in one transaction (Store::repair).
    void repair(const std::filesystem::path& backup);
    void backup(const std::filesystem::path& target) { m_store->database().backupTo(target); }

private:
    std::filesystem::path m_path;
    const Clock& m_clock;
    std::unique_ptr<Store> m_store;
};

} // namespace keystone
