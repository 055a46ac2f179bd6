// undoImport (declared in app/Import.h): what a batch added, removed in one transaction.
#include "app/Import.h"

namespace keystone {

UndoSummary undoImport(Workspace& workspace, BatchId batch)
{
    auto& store = workspace.store();
    if (!store.importBatches().find(batch))
        throw NotFoundError("import batch " + std::to_string(batch) + " does not exist (see: import batches)");
    UndoSummary undo;
    undo.batch = batch;
    auto tx = store.transaction();
    undo.saleLines = store.sales().removeBatch(batch);
    for (auto id : store.importBatches().created(batch, ImportedRecord::Interaction)) {
        if (store.interactions().find(id)) {
            store.interactions().remove(id);
            ++undo.interactions;
        }
    }
    for (auto id : store.importBatches().created(batch, ImportedRecord::Contact)) {
        if (store.contacts().find(id)) {
            store.contacts().remove(id);
            ++undo.contacts;
        }
    }
    for (auto id : store.importBatches().created(batch, ImportedRecord::Account)) {
        const auto account = store.accounts().find(id);
        if (!account)
            continue;
        // Only an account that holds nothing else: later work on it is not ours to remove.
        SaleQuery sq;
        sq.accountId = id;
        FollowUpQuery fq;
        fq.accountId = id;
        fq.openOnly = false;
        const bool empty = store.sales().count(sq) == 0 && store.contacts().listForAccount(id).empty() &&
                           store.interactions().listForAccount(id, 1).empty() &&
                           store.accounts().dossier(id).filledSections() == 0 &&
                           store.followUps().list(fq).empty() && store.tenders().listForAccount(id).empty();
        if (empty) {
            store.accounts().remove(id, RemoveMode::Purge);
            ++undo.accounts;
        } else {
            undo.accountsKept.push_back(account->ref.empty() ? account->name : account->ref);
        }
    }
    store.importBatches().remove(batch);
    tx.commit();
    return undo;
}

} // namespace keystone
