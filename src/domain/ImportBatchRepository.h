// The record of every import: which file (by name and SHA-256), when, what it
// did, and which records it created, so that a batch can be recognised when the
// same file comes again and undone exactly.
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace keystone {

struct ImportBatch
{
    BatchId id = 0;
    std::string kind;     // accounts, contacts, interactions, sales
    std::string fileName; // as given, for people
    std::string sha256;   // of the file's bytes
    DateTime importedAt;
    std::string summary;  // JSON object with the counts
};

// What a batch created, besides sale lines (which carry their batch id).
enum class ImportedRecord { Account, Contact, Interaction };

class ImportBatchRepository
{
public:
    virtual ~ImportBatchRepository() = default;
    // Stores the batch and sets its id.
    virtual void create(ImportBatch& batch) = 0;
    virtual void updateSummary(BatchId id, std::string_view summaryJson) = 0;
    virtual std::optional<ImportBatch> find(BatchId id) const = 0;
    // The most recent batch of this file content, if any.
    virtual std::optional<ImportBatch> findBySha256(std::string_view sha256) const = 0;
    // Newest first.
    virtual std::vector<ImportBatch> list() const = 0;
    virtual void recordCreated(BatchId id, ImportedRecord kind, std::int64_t recordId) = 0;
    virtual std::vector<std::int64_t> created(BatchId id, ImportedRecord kind) const = 0;
    // Forgets the batch and its record list (not the records themselves).
    virtual void remove(BatchId id) = 0;
};

} // namespace keystone
