#include "storage/SqliteImportBatchRepository.h"

#include "storage/StorageSupport.h"

namespace keystone {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, kind, file_name, sha256, imported_at, summary FROM import_batches ";

ImportBatch readBatch(const sql::Statement& st)
{
    ImportBatch b;
    b.id = st.int64(0);
    b.kind = st.text(1);
    b.fileName = st.text(2);
    b.sha256 = st.text(3);
    b.importedAt = DateTime::fromUnixSeconds(st.int64(4));
    b.summary = st.text(5);
    return b;
}

std::string_view recordKind(ImportedRecord kind)
{
    switch (kind) {
    case ImportedRecord::Account:
        return "account";
    case ImportedRecord::Contact:
        return "contact";
    case ImportedRecord::Interaction:
        return "interaction";
    }
    return "account";
}

} // namespace

void SqliteImportBatchRepository::create(ImportBatch& batch)
{
    sql::Statement st(m_connection, R"sql(
        INSERT INTO import_batches(kind, file_name, sha256, imported_at, summary) VALUES (?1, ?2, ?3, ?4, ?5))sql");
    st.bind(1, batch.kind)
        .bind(2, batch.fileName)
        .bind(3, batch.sha256)
        .bind(4, batch.importedAt.unixSeconds())
        .bind(5, batch.summary.empty() ? std::string("{}") : batch.summary)
        .run();
    batch.id = m_connection.lastInsertId();
}

void SqliteImportBatchRepository::updateSummary(BatchId id, std::string_view summaryJson)
{
    sql::Statement st(m_connection, "UPDATE import_batches SET summary = ?2 WHERE id = ?1");
    st.bind(1, id).bind(2, summaryJson).run();
}

std::optional<ImportBatch> SqliteImportBatchRepository::find(BatchId id) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readBatch(st);
}

std::optional<ImportBatch> SqliteImportBatchRepository::findBySha256(std::string_view sha256) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE sha256 = ?1 ORDER BY id DESC LIMIT 1");
    st.bind(1, sha256);
    if (!st.step())
        return std::nullopt;
    return readBatch(st);
}

std::vector<ImportBatch> SqliteImportBatchRepository::list() const
{
    sql::Statement st(m_connection, std::string(kSelect) + "ORDER BY id DESC");
    std::vector<ImportBatch> out;
    while (st.step())
        out.push_back(readBatch(st));
    return out;
}

void SqliteImportBatchRepository::recordCreated(BatchId id, ImportedRecord kind, std::int64_t recordId)
{
    sql::Statement st(m_connection,
                      "INSERT OR IGNORE INTO import_batch_records(batch_id, kind, record_id) VALUES (?1, ?2, ?3)");
    st.bind(1, id).bind(2, recordKind(kind)).bind(3, recordId).run();
}

std::vector<std::int64_t> SqliteImportBatchRepository::created(BatchId id, ImportedRecord kind) const
{
    sql::Statement st(m_connection,
                      "SELECT record_id FROM import_batch_records WHERE batch_id = ?1 AND kind = ?2 ORDER BY record_id");
    st.bind(1, id).bind(2, recordKind(kind));
    std::vector<std::int64_t> out;
    while (st.step())
        out.push_back(st.int64(0));
    return out;
}

void SqliteImportBatchRepository::remove(BatchId id)
{
    sql::removeRow(m_connection, "DELETE FROM import_batches WHERE id = ?1", id, "import batch");
}

} // namespace keystone
