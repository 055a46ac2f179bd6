// Removing a win or loss reason again, for undoing its addition (app/CompetitorList::
// removeReason). The schema would set a tender's reason to none when its reason goes
// (ON DELETE SET NULL); this refuses instead, so that no tender loses its reason
// without being told. A function over the Store next to SqliteTenderRepository, not a
// TenderRepository member: only the undo of an addition ever removes a reason.
#pragma once

#include "domain/Ids.h"

namespace keystone {

class Store;

// One transaction; throws ConflictError when a tender names the reason, NotFoundError when
// there is no such reason.
void removeUnusedReason(Store& store, ReasonId id);

} // namespace keystone
