// Saved segmentation runs, so that runs can be compared: which accounts moved
// between ABC-XYZ cells is the news.
#pragma once

#include "domain/Date.h"
#include "domain/Ids.h"
#include "domain/Money.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace keystone {

using SnapshotId = std::int64_t;

struct SegmentSnapshotRow
{
    std::optional<AccountId> accountId; // none once the account is purged
    std::string accountRef;             // copied, so the snapshot outlives the account
    std::string accountName;
    Money total;
    std::string cell; // "AX"
    std::optional<double> cv;
};

struct SegmentSnapshot
{
    SnapshotId id = 0;
    DateTime takenAt;
    std::string label;
    std::string parameters = "{}"; // JSON: window, period, measure, thresholds
    std::int64_t rowCount = 0;     // filled by list() and find()
    std::vector<SegmentSnapshotRow> rows; // filled by find() only
};

class SegmentSnapshotRepository
{
public:
    virtual ~SegmentSnapshotRepository() = default;
    // Stores the snapshot and its rows in one transaction; sets id and rowCount.
    virtual void save(SegmentSnapshot& snapshot) = 0;
    // Newest first, without rows.
    virtual std::vector<SegmentSnapshot> list() const = 0;
    virtual std::optional<SegmentSnapshot> find(SnapshotId id) const = 0;
    virtual void remove(SnapshotId id) = 0;
};

} // namespace keystone
