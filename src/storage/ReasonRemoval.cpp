#include "storage/ReasonRemoval.h"

#include "domain/Errors.h"
#include "storage/StorageSupport.h"
#include "storage/Store.h"

#include <string>

namespace keystone {

void removeUnusedReason(Store& store, ReasonId id)
{
    sql::Connection& connection = store.database().connection();
    sql::Transaction tx(connection);
    std::int64_t tenders = 0;
    {
        sql::Statement used(connection, "SELECT COUNT(*) FROM tenders WHERE reason_id = ?1");
        used.bind(1, id);
        if (used.step())
            tenders = used.int64(0);
    }
    if (tenders > 0)
        throw ConflictError("reason " + std::to_string(id) + " is the reason of " + std::to_string(tenders) +
                            " tender(s); only a reason no tender names can be removed");
    sql::removeRow(connection, "DELETE FROM tender_reasons WHERE id = ?1", id, "reason");
    tx.commit();
}

} // namespace keystone
