#include "app/CompetitorList.h"

#include "domain/Text.h"
#include "domain/Validation.h"
#include "storage/ReasonRemoval.h"

#include <algorithm>

namespace keystone {

namespace {

Competitor load(Store& s, CompetitorId id)
{
    auto c = s.competitors().find(id);
    if (!c)
        throw NotFoundError("competitor " + std::to_string(id) + " does not exist");
    return *c;
}

void refuseDuplicate(Store& s, const Competitor& c)
{
    if (const auto other = s.competitors().findByName(c.name); other && other->id != c.id)
        throw ValidationError(
            std::vector<FieldError>{{"name", "a competitor named '" + other->name + "' exists already"}});
}

} // namespace

std::vector<Competitor> CompetitorList::list()
{
    auto list = m_workspace.store().competitors().list();
    std::sort(list.begin(), list.end(),
              [](const Competitor& a, const Competitor& b) { return foldKey(a.name) < foldKey(b.name); });
    return list;
}

Competitor CompetitorList::byName(std::string_view name, std::string_view field)
{
    if (auto c = m_workspace.store().competitors().findByName(name))
        return *c;
    throw ValidationError(
        std::vector<FieldError>{{std::string(field), "no competitor is named '" + std::string(trim(name)) +
                                                         "' (see 'keystone-cli competitors list')"}});
}

Competitor CompetitorList::add(Competitor competitor)
{
    Store& s = m_workspace.store();
    competitor.name = std::string(trim(competitor.name));
    throwIfInvalid(competitor.validate());
    auto tx = s.transaction();
    competitor.id = 0;
    refuseDuplicate(s, competitor);
    s.competitors().create(competitor);
    tx.commit();
    return competitor;
}

Change<Competitor> CompetitorList::edit(Competitor competitor)
{
    Store& s = m_workspace.store();
    competitor.name = std::string(trim(competitor.name));
    throwIfInvalid(competitor.validate());
    auto tx = s.transaction();
    Change<Competitor> change{load(s, competitor.id), {}};
    refuseDuplicate(s, competitor);
    s.competitors().update(competitor);
    tx.commit();
    change.after = load(s, competitor.id);
    return change;
}

void CompetitorList::remove(CompetitorId id)
{
    Store& s = m_workspace.store();
    auto tx = s.transaction();
    load(s, id);
    s.competitors().remove(id);
    tx.commit();
}

CompetitorMerge CompetitorList::merge(CompetitorId keep, CompetitorId drop)
{
    return m_workspace.store().competitors().merge(keep, drop);
}

void CompetitorList::unmerge(const CompetitorMerge& merge)
{
    m_workspace.store().competitors().unmerge(merge);
}

std::vector<TenderReason> CompetitorList::reasons()
{
    return m_workspace.store().tenders().reasons();
}

TenderReason CompetitorList::reasonByName(std::string_view name, std::string_view field)
{
    if (auto r = m_workspace.store().tenders().findReason(name))
        return *r;
    std::string known;
    for (const auto& r : reasons())
        known += (known.empty() ? "" : ", ") + r.name;
    throw ValidationError(std::vector<FieldError>{
        {std::string(field), "expected one of: " + known + "; not '" + std::string(trim(name)) + "'"}});
}

TenderReason CompetitorList::addReason(TenderReason reason)
{
    Store& s = m_workspace.store();
    throwIfInvalid(reason.validate());
    auto tx = s.transaction();
    if (const auto other = s.tenders().findReason(reason.name))
        throw ValidationError(
            std::vector<FieldError>{{"name", "a reason named '" + other->name + "' exists already"}});
    s.tenders().createReason(reason);
    tx.commit();
    return reason;
}

void CompetitorList::removeReason(ReasonId id)
{
    removeUnusedReason(m_workspace.store(), id);
}

} // namespace keystone
