// The edits made from an account's workspace: its own fields, its people, its
// tenders and the competitors present there, and the sales read back for it.
// Each write is one transaction and validates first; problems come back as a
// ValidationError whose fields name what is wrong ("name", "reports_to" ...).
#pragma once

#include "app/Change.h"
#include "app/Workspace.h"

#include <vector>

namespace keystone {

// What saving a tender did: the tender before (none when it was new) and after, and
// the presence it added when a lost tender's winner was not yet among the account's
// competitors. Undo: saveTender(*before) or removeTender(after.id), then
// removePresence(presenceAdded->id).
struct TenderSave
{
    std::optional<Tender> before;
    Tender after;
    std::optional<CompetitorPresence> presenceAdded;
};

// One month of an account's sales, from the totals the store keeps.
struct AccountMonth
{
    int month = 0; // year * 12 + month - 1, as monthIndex()
    Money amount;
    std::int64_t lines = 0;
};

class AccountEditing
{
public:
    // The workspace must outlive this object.
    explicit AccountEditing(Workspace& workspace) : m_workspace(workspace) {}

    // Writes the account's own fields (name, reference, status, kinds, owner, country,
    // tags, parent ...); returns it as stored. Throws ValidationError, NotFoundError.
    Account saveAccount(Account account);
    // saveAccount, returning the account before and after (the 3P qualification is one
    // of its fields). Undo: editAccount(change.before). A new owner must be active.
    Change<Account> editAccount(Account account);

    // Adds the contact when its id is 0, else updates it; returns it as stored. The
    // contact it reports to must be at the same account, without a loop.
    Contact saveContact(Contact contact);
    // Marks a contact as having left the company, or back; returns it as stored.
    Contact setContactLeft(ContactId id, bool left);
    // Removes a contact (those reporting to them then report to nobody).
    void removeContact(ContactId id);

    // Adds the tender when its id is 0, else updates it. A lost tender's winner joins
    // the account's competitors when it was not among them.
    Tender saveTender(Tender tender) { return recordTender(std::move(tender)).after; }
    TenderSave recordTender(Tender tender);
    void removeTender(TenderId id);

    // Saves a competitor's presence at an account (one per pair: saving again updates).
    CompetitorPresence savePresence(CompetitorPresence presence);
    void removePresence(PresenceId id);
    // Every competitor known, by name, to choose from.
    std::vector<Competitor> competitors();

    // The account's sale lines, by date.
    std::vector<SaleLine> saleLines(AccountId account);
    // The account's months with sales, in order.
    std::vector<AccountMonth> monthlyTotals(AccountId account);

private:
    Workspace& m_workspace;
};

} // namespace keystone
