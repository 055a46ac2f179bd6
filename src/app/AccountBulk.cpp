#include "app/AccountBulk.h"

#include "app/Team.h"
#include "domain/Text.h"

#include <algorithm>
#include <set>

namespace keystone {

namespace {

AccountBulkState stateOf(const Account& a)
{
    return AccountBulkState{a.id, a.ownerId, a.status, a.tags, a.archivedAt};
}

Account load(Store& store, AccountId id)
{
    auto account = store.accounts().find(id);
    if (!account)
        throw NotFoundError("account " + std::to_string(id) + " does not exist");
    return *account;
}

std::vector<AccountId> unique(const std::vector<AccountId>& ids)
{
    std::vector<AccountId> result;
    std::set<AccountId> seen;
    for (auto id : ids)
        if (seen.insert(id).second)
            result.push_back(id);
    return result;
}

bool hasTag(const std::vector<std::string>& tags, const std::string& key)
{
    return std::any_of(tags.begin(), tags.end(), [&](const std::string& t) { return foldKey(trim(t)) == key; });
}

} // namespace

template <typename Edit> BulkChange AccountBulk::change(const std::vector<AccountId>& ids, Edit edit)
{
    auto& store = m_workspace.store();
    BulkChange result;
    auto tx = store.transaction();
    for (auto id : unique(ids)) {
        Account account = load(store, id);
        const AccountBulkState before = stateOf(account);
        edit(account);
        const AccountBulkState after = stateOf(account);
        if (after.ownerId == before.ownerId && after.status == before.status && after.tags == before.tags &&
            after.archivedAt == before.archivedAt)
            continue; // nothing to write, nothing to undo
        store.accounts().update(account);
        result.before.push_back(before);
        result.after.push_back(stateOf(account));
    }
    tx.commit();
    return result;
}

BulkChange AccountBulk::setOwner(const std::vector<AccountId>& ids, std::optional<ManagerId> owner)
{
    if (owner && !m_workspace.store().managers().find(*owner))
        throw ValidationError({{"owner", "manager " + std::to_string(*owner) + " does not exist"}});
    Team::requireActive(m_workspace.store(), owner, "owner");
    return change(ids, [&](Account& a) { a.ownerId = owner; });
}

BulkChange AccountBulk::setStatus(const std::vector<AccountId>& ids, AccountStatus status)
{
    return change(ids, [&](Account& a) { a.status = status; });
}

BulkChange AccountBulk::editTags(const std::vector<AccountId>& ids, const std::vector<std::string>& add,
                                 const std::vector<std::string>& remove)
{
    std::vector<std::string> adding;
    std::set<std::string> addKeys;
    for (const auto& tag : add) {
        const auto trimmed = trim(tag);
        if (trimmed.empty())
            continue;
        if (addKeys.insert(foldKey(trimmed)).second)
            adding.emplace_back(trimmed);
    }
    std::set<std::string> removeKeys;
    for (const auto& tag : remove)
        if (!trim(tag).empty())
            removeKeys.insert(foldKey(trim(tag)));
    for (const auto& key : addKeys)
        if (removeKeys.count(key))
            throw ValidationError({{"tags", "the tag '" + key + "' cannot be both added and removed"}});
    if (adding.empty() && removeKeys.empty())
        throw ValidationError({FieldError{"tags", "name at least one tag to add or to remove"}});
    return change(ids, [&](Account& a) {
        std::erase_if(a.tags, [&](const std::string& t) { return removeKeys.count(foldKey(trim(t))) > 0; });
        for (const auto& tag : adding)
            if (!hasTag(a.tags, foldKey(tag)))
                a.tags.push_back(tag);
    });
}

BulkChange AccountBulk::archive(const std::vector<AccountId>& ids)
{
    const DateTime now = m_workspace.clock().now();
    return change(ids, [&](Account& a) {
        if (!a.archivedAt)
            a.archivedAt = now;
    });
}

BulkChange AccountBulk::unarchive(const std::vector<AccountId>& ids)
{
    return change(ids, [](Account& a) { a.archivedAt.reset(); });
}

void AccountBulk::purge(const std::vector<AccountId>& ids)
{
    auto& store = m_workspace.store();
    auto tx = store.transaction();
    for (auto id : unique(ids))
        store.accounts().remove(id, RemoveMode::Purge);
    tx.commit();
}

HandOverPlan AccountBulk::planHandOver(ManagerId from, ManagerId to,
                                       const std::optional<std::vector<AccountId>>& selection)
{
    auto& store = m_workspace.store();
    HandOverPlan plan;
    const auto fromManager = store.managers().find(from);
    if (!fromManager)
        throw ValidationError({{"from", "manager " + std::to_string(from) + " does not exist"}});
    const auto toManager = store.managers().find(to);
    if (!toManager)
        throw ValidationError({{"to", "manager " + std::to_string(to) + " does not exist"}});
    Team::requireActive(store, to, "to");
    if (from == to)
        throw ValidationError({{"to", "the accounts already belong to " + toManager->name + "; choose another manager"}});
    plan.from = *fromManager;
    plan.to = *toManager;
    if (selection) {
        for (auto id : unique(*selection)) {
            Account a = load(store, id);
            (a.ownerId == from ? plan.accounts : plan.skipped).push_back(std::move(a));
        }
        const auto byName = [](const Account& a, const Account& b) {
            const auto ka = foldKey(a.name), kb = foldKey(b.name);
            return ka != kb ? ka < kb : a.id < b.id;
        };
        std::sort(plan.accounts.begin(), plan.accounts.end(), byName);
        std::sort(plan.skipped.begin(), plan.skipped.end(), byName);
    } else {
        AccountQuery query;
        query.ownerId = from;
        query.includeArchived = true;
        plan.accounts = store.accounts().list(query);
    }
    std::set<AccountId> moving;
    for (const auto& a : plan.accounts)
        moving.insert(a.id);
    FollowUpQuery fq;
    fq.ownerId = from;
    fq.openOnly = true;
    for (auto& f : store.followUps().list(fq))
        if (moving.count(f.accountId))
            plan.followUps.push_back(std::move(f));
    return plan;
}

BulkChange AccountBulk::handOver(const HandOverPlan& plan)
{
    auto& store = m_workspace.store();
    std::vector<AccountId> ids;
    for (const auto& a : plan.accounts)
        ids.push_back(a.id);
    auto tx = store.transaction();
    const ManagerId from = plan.from.id;
    const ManagerId to = plan.to.id;
    BulkChange result = change(ids, [&](Account& a) {
        if (a.ownerId != from)
            throw ConflictError("account '" + a.name + "' no longer belongs to " + plan.from.name +
                                "; look at the hand-over again");
        a.ownerId = to;
    });
    for (const auto& planned : plan.followUps) {
        auto f = store.followUps().find(planned.id);
        if (!f || f->done || f->ownerId != from)
            continue; // done or reassigned meanwhile: it is no longer the old owner's to hand over
        result.followUpsBefore.push_back({f->id, f->accountId, f->ownerId});
        f->ownerId = to;
        store.followUps().update(*f);
        result.followUpsAfter.push_back({f->id, f->accountId, f->ownerId});
    }
    tx.commit();
    return result;
}

void AccountBulk::write(const std::vector<AccountBulkState>& accounts,
                        const std::vector<FollowUpOwnerState>& followUps)
{
    auto& store = m_workspace.store();
    auto tx = store.transaction();
    for (const auto& state : accounts) {
        Account a = load(store, state.id);
        a.ownerId = state.ownerId;
        a.status = state.status;
        a.tags = state.tags;
        a.archivedAt = state.archivedAt;
        store.accounts().update(a);
    }
    for (const auto& state : followUps) {
        auto f = store.followUps().find(state.id);
        if (!f)
            throw NotFoundError("follow-up " + std::to_string(state.id) + " does not exist");
        f->ownerId = state.ownerId;
        store.followUps().update(*f);
    }
    tx.commit();
}

std::map<AccountId, std::string> latestSegmentCells(Store& store)
{
    std::map<AccountId, std::string> cells;
    const auto saved = store.snapshots().list();
    if (saved.empty())
        return cells;
    const auto latest = store.snapshots().find(saved.front().id);
    if (!latest)
        return cells;
    for (const auto& row : latest->rows)
        if (row.accountId)
            cells[*row.accountId] = row.cell;
    return cells;
}

} // namespace keystone
