// One open Keystone database and the repositories over it. The app layer holds a
// Store; nothing above storage sees SQL.
#pragma once

#include "domain/Attribution.h"
#include "domain/Date.h"
#include "storage/Actor.h"
#include "storage/Database.h"
#include "storage/SqliteAccountRepository.h"
#include "storage/SqliteAnalyticsStorage.h"
#include "storage/SqliteCompetitorRepository.h"
#include "storage/SqliteContactRepository.h"
#include "storage/SqliteFollowUpRepository.h"
#include "storage/SqliteImportBatchRepository.h"
#include "storage/SqliteInteractionRepository.h"
#include "storage/SqliteManagerRepository.h"
#include "storage/SqliteSaleRepository.h"
#include "storage/SqliteSearchIndex.h"
#include "storage/SqliteSettingsRepository.h"
#include "storage/SqliteTenderRepository.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace keystone {

struct StoreCounts
{
    std::int64_t accounts = 0; // not archived
    std::int64_t archivedAccounts = 0;
    std::int64_t contacts = 0;
    std::int64_t interactions = 0;
    std::int64_t openFollowUps = 0;
    std::int64_t tenders = 0;
    std::int64_t competitors = 0;
    std::int64_t saleLines = 0;
    std::int64_t managers = 0;
};

class Store
{
public:
    // The clock must outlive the store.
    Store(const std::filesystem::path& path, const Clock& clock, const OpenOptions& options = {});

    AccountRepository& accounts() { return m_accounts; }
    ContactRepository& contacts() { return m_contacts; }
    InteractionRepository& interactions() { return m_interactions; }
    FollowUpRepository& followUps() { return m_followUps; }
    TenderRepository& tenders() { return m_tenders; }
    CompetitorRepository& competitors() { return m_competitors; }
    SqliteSaleRepository& sales() { return m_sales; }
    ManagerRepository& managers() { return m_managers; }
    SettingsRepository& settings() { return m_settings; }
    ImportBatchRepository& importBatches() { return m_importBatches; }
    SearchIndex& search() { return m_search; }
    SegmentSnapshotRepository& snapshots() { return m_snapshots; }
    ActivityReader& activity() { return m_activity; }

    // The team member every write is attributed to (created_by, updated_by), or nobody.
    void setActor(std::optional<ManagerId> manager) { m_actor.set(manager); }
    std::optional<ManagerId> actor() const { return m_actor.id(); }
    // Who created a record and who last changed it.
    Attribution attribution(RecordTable table, std::int64_t id);
    // Puts back the attribution a removed record had, once it is re-inserted (undo).
    void restoreAttribution(RecordTable table, std::int64_t id, const Attribution& attribution);

    Database& database() { return m_database; }
    const Clock& clock() const { return m_clock; }
    // A transaction around several repository calls: all of them or none.
    sql::Transaction transaction(sql::Transaction::Nesting nesting = sql::Transaction::Nesting::Savepoints)
    {
        return sql::Transaction(m_database.connection(), nesting);
    }

    StoreCounts counts();
    // SQLite's integrity and foreign-key checks plus Keystone's own invariants (storage/StoreCheck);
    // an empty list means healthy.
    std::vector<std::string> check();
    // Rebuilds what is derived from the records, the search index and the monthly sale totals, in
    // one transaction. Throws DatabaseError when the records themselves cannot be read.
    void repair();

private:
    const Clock& m_clock;
    Actor m_actor;
    Database m_database;
    SqliteSearchIndex m_search;
    SqliteAccountRepository m_accounts;
    SqliteContactRepository m_contacts;
    SqliteInteractionRepository m_interactions;
    SqliteFollowUpRepository m_followUps;
    SqliteTenderRepository m_tenders;
    SqliteCompetitorRepository m_competitors;
    SqliteSaleRepository m_sales;
    SqliteManagerRepository m_managers;
    SqliteSettingsRepository m_settings;
    SqliteImportBatchRepository m_importBatches;
    SqliteSegmentSnapshotRepository m_snapshots;
    SqliteActivityReader m_activity;
};

} // namespace keystone
