// Changes to many accounts at once, for the accounts list's bulk actions and
// `keystone-cli accounts handover`: owner, status, tags, archiving and the
// hand-over of a manager's accounts with their open follow-ups. Each change runs in
// one transaction (all accounts or none) and returns a record of the values before
// and after, so the faces can undo and redo it exactly.
#pragma once

#include "app/Workspace.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace keystone {

// The fields a bulk action touches, per account, before and after. Undo writes
// `before` back, redo writes `after`; other fields edited meanwhile are kept.
struct AccountBulkState
{
    AccountId id = 0;
    std::optional<ManagerId> ownerId;
    AccountStatus status = AccountStatus::Active;
    std::vector<std::string> tags;
    std::optional<DateTime> archivedAt;
};

struct FollowUpOwnerState
{
    FollowUpId id = 0;
    AccountId accountId = 0;
    std::optional<ManagerId> ownerId;
};

struct BulkChange
{
    std::vector<AccountBulkState> before;
    std::vector<AccountBulkState> after;
    std::vector<FollowUpOwnerState> followUpsBefore; // hand-over only
    std::vector<FollowUpOwnerState> followUpsAfter;
    bool empty() const { return before.empty() && followUpsBefore.empty(); }
};

// What a hand-over moves, worked out before anything is written.
struct HandOverPlan
{
    Manager from;
    Manager to;
    std::vector<Account> accounts;   // by folded name
    std::vector<FollowUp> followUps; // open ones of `from` on those accounts, by due date
    std::vector<Account> skipped;    // chosen accounts that `from` does not manage; they stay
};

class AccountBulk
{
public:
    explicit AccountBulk(Workspace& workspace) : m_workspace(workspace) {}

    // An owner of std::nullopt leaves the accounts without a manager.
    BulkChange setOwner(const std::vector<AccountId>& ids, std::optional<ManagerId> owner);
    BulkChange setStatus(const std::vector<AccountId>& ids, AccountStatus status);
    // Adds the tags each account lacks and removes the ones named, folded as the store
    // compares them (so "vip" removes "VIP"); the order of the others is kept.
    BulkChange editTags(const std::vector<AccountId>& ids, const std::vector<std::string>& add,
                        const std::vector<std::string>& remove);
    // Archiving hides accounts from lists and keeps everything: the default delete.
    BulkChange archive(const std::vector<AccountId>& ids);
    BulkChange unarchive(const std::vector<AccountId>& ids);
    // Deletes the accounts and everything that belongs to them; cannot be undone.
    void purge(const std::vector<AccountId>& ids);

    // Every account of `from` (archived ones too: nothing stays with a manager who
    // leaves), or those of `selection` that `from` manages, and the open follow-ups
    // `from` owns on them. Throws ValidationError when from and to are the same.
    HandOverPlan planHandOver(ManagerId from, ManagerId to,
                              const std::optional<std::vector<AccountId>>& selection = std::nullopt);
    // Moves what the plan lists to its new owner in one transaction.
    BulkChange handOver(const HandOverPlan& plan);

    // Writes the values before (undo) or after (redo) the change, in one transaction.
    void undo(const BulkChange& change) { write(change.before, change.followUpsBefore); }
    void redo(const BulkChange& change) { write(change.after, change.followUpsAfter); }

private:
    template <typename Edit> BulkChange change(const std::vector<AccountId>& ids, Edit edit);
    void write(const std::vector<AccountBulkState>& accounts, const std::vector<FollowUpOwnerState>& followUps);

    Workspace& m_workspace;
};

// The accounts' cells in the latest saved segmentation ("AX"), by account id; empty
// when no segmentation was saved. Shared by `export --where cell=` and the list's filter.
std::map<AccountId, std::string> latestSegmentCells(Store& store);

} // namespace keystone
