// The managed list of competitors (add, rename, merge duplicates) and of the reasons
// tenders are won and lost for, so that both can be counted. Each write is one
// transaction and returns what undoing it needs.
#pragma once

#include "app/Change.h"
#include "app/Workspace.h"

#include <string_view>
#include <vector>

namespace keystone {

class CompetitorList
{
public:
    // The workspace must outlive this object.
    explicit CompetitorList(Workspace& workspace) : m_workspace(workspace) {}

    // By folded name.
    std::vector<Competitor> list();
    // By name, compared folded; throws ValidationError on `field` when there is none.
    Competitor byName(std::string_view name, std::string_view field = "competitor");
    // Adds a competitor; a name that folds to an existing one is refused (ValidationError
    // on "name"). Returns it as stored. Undo: remove(id).
    Competitor add(Competitor competitor);
    // Writes name, website and notes (renaming). Undo: edit(change.before).
    Change<Competitor> edit(Competitor competitor);
    // Removes a competitor that nothing refers to any more (undoing an add).
    void remove(CompetitorId id);
    // Merges `drop` into `keep`: presences and tenders won move over, `drop` goes.
    // Undo: unmerge(merge).
    CompetitorMerge merge(CompetitorId keep, CompetitorId drop);
    void unmerge(const CompetitorMerge& merge);

    // The win and loss reasons, seeded ones first.
    std::vector<TenderReason> reasons();
    // By name, compared folded; throws ValidationError on `field` listing the reasons.
    TenderReason reasonByName(std::string_view name, std::string_view field = "reason");
    // Adds a reason; a name that folds to an existing one is refused ("name").
    TenderReason addReason(TenderReason reason);
    // Removes a reason that no tender names any more (undoing an addReason); ConflictError
    // when a tender still does.
    void removeReason(ReasonId id);

private:
    Workspace& m_workspace;
};

} // namespace keystone
