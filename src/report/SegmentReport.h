// The segment report: parameters, the 3x3 ABC-XYZ matrix, the Pareto chart, every
// cell's accounts, movement between two saved snapshots, risk and win-back.
// collect() gathers the facts through the app layer (no Qt); print() lays them out
// on any QPagedPaintDevice.
#pragma once

#include "app/Analytics.h"
#include "app/Workspace.h"

#include <array>
#include <optional>
#include <string>
#include <utility>
#include <vector>

class QPagedPaintDevice;

namespace keystone::report {

struct SegmentReportOptions
{
    SegmentRequest request; // absent parts come from the analytics settings
    // The snapshots to compare (older, newer); by default the two latest saved.
    std::optional<std::pair<SnapshotId, SnapshotId>> compare;
    std::optional<Date> asOf; // for risk and win-back; default today
};

struct CellAccounts
{
    analytics::CellSummary summary;
    std::vector<analytics::SegmentRow> rows; // by the measure, largest first
};

struct SnapshotMovement
{
    SegmentSnapshot before; // without rows
    SegmentSnapshot after;
    analytics::SnapshotDiff diff;
};

struct SegmentReportData
{
    std::string databaseName;
    DateTime made;
    Date asOf;
    analytics::SegmentResult result;
    std::array<CellAccounts, 9> cells; // AX, AY, AZ, BX ... CZ, as in the result
    std::optional<SnapshotMovement> movement; // none with fewer than two snapshots
    std::vector<analytics::RiskRow> risk;
    std::vector<analytics::RiskRow> winBack;
};

// Throws ValidationError for bad parameters, NotFoundError for an unknown snapshot.
SegmentReportData collectSegmentReport(Workspace& workspace, const SegmentReportOptions& options);

// Lays the report out against `device` and paints every page; returns the page count.
int printSegmentReport(const SegmentReportData& data, QPagedPaintDevice& device);

} // namespace keystone::report
