// Import batches in SQLite: import_batches and, since schema 3, the ids of the
// records each batch created (import_batch_records).
#pragma once

#include "domain/ImportBatchRepository.h"
#include "storage/Sqlite.h"

namespace keystone {

class SqliteImportBatchRepository final : public ImportBatchRepository
{
public:
    explicit SqliteImportBatchRepository(sql::Connection& connection) : m_connection(connection) {}

    void create(ImportBatch& batch) override;
    void updateSummary(BatchId id, std::string_view summaryJson) override;
    std::optional<ImportBatch> find(BatchId id) const override;
    std::optional<ImportBatch> findBySha256(std::string_view sha256) const override;
    std::vector<ImportBatch> list() const override;
    void recordCreated(BatchId id, ImportedRecord kind, std::int64_t recordId) override;
    std::vector<std::int64_t> created(BatchId id, ImportedRecord kind) const override;
    void remove(BatchId id) override;

private:
    sql::Connection& m_connection;
};

} // namespace keystone
