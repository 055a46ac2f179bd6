// The lists of the analytics use cases as Tables, so the CLI's formats, the CSV
// exporter and the GUI share one definition of each column. Shares are fractions
// (0.25 = 25%), money is plain decimal text, dates are ISO.
#pragma once

#include "app/Analytics.h"
#include "app/Columns.h"

namespace keystone {

// account_ref,account_name,total,share,cumulative_share,abc,mean,stddev,cv,xyz,cell,flags
Table segmentTable(const analytics::SegmentResult& result);
// The same rows into a sink as they are formatted (the CLI writes CSV straight to the file).
void writeSegmentRows(const analytics::SegmentResult& result, RowSink& sink);
// cell,accounts,total,share: the nine cells, AX to CZ
Table cellsTable(const analytics::SegmentResult& result);
// account_ref,account_name,total,reason
Table unclassifiedTable(const analytics::SegmentResult& result);
Table snapshotsTable(const std::vector<SegmentSnapshot>& snapshots);
Table movesTable(const analytics::SnapshotDiff& diff);
Table transitionsTable(const analytics::SnapshotDiff& diff);
Table concentrationTable(const analytics::Concentration& c);
Table scoreTable(const std::vector<analytics::ScoreRow>& rows);
Table prospectsTable(const std::vector<analytics::ProspectRow>& rows);
Table riskTable(const std::vector<analytics::RiskRow>& rows);
Table churnTable(const std::vector<analytics::ChurnMonth>& months);
Table winBackTable(const std::vector<analytics::RiskRow>& rows);
Table cadenceTable(const std::vector<analytics::CadenceRow>& rows);

// Fixed decimals for ratios and statistics ("0.600000").
std::string fixed(double value, int decimals);

} // namespace keystone
