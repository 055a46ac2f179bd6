// Builds the undoable edits of an account's tabs: its own fields and the records
// it owns (contacts, tenders, competitors' presence) added, changed or removed.
// An undo that removes a record and a redo that brings it back create it again
// under a new id; RecordIds follows it, so every later step writes the record as
// the store knows it now. What differs between the kinds is in OwnedRecord.
#pragma once

#include "app/AccountEditing.h"
#include "gui/account/AccountEditCommand.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <utility>

namespace keystone::gui {

// How one kind of record is written, removed and named as it is now.
template <typename Record> struct OwnedRecord;

template <> struct OwnedRecord<Account>
{
    static Account save(Workspace& ws, const Account& a) { return AccountEditing(ws).saveAccount(a); }
    // An account is never created again by these edits: its id stays.
    static Account now(Account a, const RecordIds&) { return a; }
};

// A record the account owns, created again under a new id when an undo brings it back.
template <typename Record, RecordIds::Kind Kind, Record (AccountEditing::*Save)(Record),
          void (AccountEditing::*Remove)(std::int64_t)>
struct RecreatedRecord
{
    static constexpr RecordIds::Kind kind = Kind;
    static Record save(Workspace& ws, const Record& r)
    {
        AccountEditing editing(ws);
        return (editing.*Save)(r);
    }
    static void remove(Workspace& ws, std::int64_t id)
    {
        AccountEditing editing(ws);
        (editing.*Remove)(id);
    }
    static Record now(Record r, const RecordIds& ids)
    {
        r.id = ids.current(kind, r.id);
        return r;
    }
};

template <>
struct OwnedRecord<Contact> : RecreatedRecord<Contact, RecordIds::Kind::Contact, &AccountEditing::saveContact,
                                              &AccountEditing::removeContact>
{
    // The person they report to may have been created again too.
    static Contact now(Contact c, const RecordIds& ids)
    {
        c = RecreatedRecord::now(std::move(c), ids);
        if (c.reportsTo)
            c.reportsTo = ids.current(kind, *c.reportsTo);
        return c;
    }
};

template <>
struct OwnedRecord<Tender> : RecreatedRecord<Tender, RecordIds::Kind::Tender, &AccountEditing::saveTender,
                                             &AccountEditing::removeTender>
{
    // Its winner and reason may have been added on the spot, undone and added again since.
    static Tender now(Tender t, const RecordIds& ids)
    {
        t = RecreatedRecord::now(std::move(t), ids);
        if (t.winnerId)
            t.winnerId = ids.current(RecordIds::Kind::Competitor, *t.winnerId);
        if (t.reasonId)
            t.reasonId = ids.current(RecordIds::Kind::Reason, *t.reasonId);
        return t;
    }
};

// Saving a presence upserts by account and competitor and reads no id; a removal needs the current one.
template <>
struct OwnedRecord<CompetitorPresence>
    : RecreatedRecord<CompetitorPresence, RecordIds::Kind::Presence, &AccountEditing::savePresence,
                      &AccountEditing::removePresence>
{
    static CompetitorPresence now(CompetitorPresence p, const RecordIds& ids)
    {
        p = RecreatedRecord::now(std::move(p), ids);
        p.competitorId = ids.current(RecordIds::Kind::Competitor, p.competitorId);
        return p;
    }
};

class AccountEdits
{
public:
    // The workspace must outlive every edit made here; `ids` is the workspace's map.
    AccountEdits(Workspace& workspace, AccountId account, std::shared_ptr<RecordIds> ids)
        : m_workspace(&workspace), m_account(account), m_ids(std::move(ids))
    {
    }

    AccountId account() const { return m_account; }
    const std::shared_ptr<RecordIds>& ids() const { return m_ids; }
    // An edit with the given steps, for what fits none of the shapes below.
    AccountEdit custom(QString text, std::function<void()> undo, std::function<void()> redo) const
    {
        return AccountEdit{std::move(text), m_account, std::move(undo), std::move(redo)};
    }

    // `saved` was created: undo removes it, redo creates it again.
    template <typename Record> AccountEdit added(QString text, const Record& saved) const
    {
        return custom(std::move(text), removing(saved), recreating(saved));
    }
    // `before` became `after`: each step writes one of them.
    template <typename Record>
    AccountEdit changed(QString text, const Record& before, const Record& after) const
    {
        return custom(std::move(text), writing(before), writing(after));
    }
    // `gone` was removed: undo creates it again, redo removes it.
    template <typename Record> AccountEdit removed(QString text, const Record& gone) const
    {
        return custom(std::move(text), recreating(gone), removing(gone));
    }

    // A tender's save that also made its winner a competitor at the account (`added`, see
    // AccountEditing::recordTender): undo removes that presence after the tender's own step; redo's
    // save adds it again, under a new id that later steps follow.
    AccountEdit withPresenceAdded(AccountEdit edit, const CompetitorPresence& added) const
    {
        using Kind = OwnedRecord<CompetitorPresence>;
        edit.undo = [undo = std::move(edit.undo), ws = m_workspace, ids = m_ids, added] {
            undo();
            Kind::remove(*ws, ids->current(Kind::kind, added.id));
        };
        edit.redo = [redo = std::move(edit.redo), ws = m_workspace, ids = m_ids, added] {
            redo();
            const CompetitorId competitor = Kind::now(added, *ids).competitorId;
            for (const auto& p : ws->store().competitors().presenceAt(added.accountId))
                if (p.competitorId == competitor)
                    ids->moved(Kind::kind, ids->current(Kind::kind, added.id), p.id);
        };
        return edit;
    }

private:
    template <typename Record> std::function<void()> removing(const Record& r) const
    {
        using Kind = OwnedRecord<Record>;
        return [ws = m_workspace, ids = m_ids, r] {
            Kind::remove(*ws, ids->current(Kind::kind, r.id));
        };
    }
    template <typename Record> std::function<void()> recreating(const Record& r) const
    {
        using Kind = OwnedRecord<Record>;
        return [ws = m_workspace, ids = m_ids, r] {
            Record again = Kind::now(r, *ids);
            const auto was = again.id;
            again.id = 0;
            ids->moved(Kind::kind, was, Kind::save(*ws, again).id);
        };
    }
    template <typename Record> std::function<void()> writing(const Record& r) const
    {
        using Kind = OwnedRecord<Record>;
        return [ws = m_workspace, ids = m_ids, r] {
            Kind::save(*ws, Kind::now(r, *ids));
        };
    }

    Workspace* m_workspace;
    AccountId m_account;
    std::shared_ptr<RecordIds> m_ids;
};

} // namespace keystone::gui
