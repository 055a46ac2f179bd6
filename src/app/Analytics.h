// Segmentation runs, snapshots, key-account signals, risk and cadence: the use
// cases over the analytics layer. This class gathers the facts from the store in
// bulk (monthly totals, purchase days, interactions) and hands them to the pure
// functions of src/analytics.
#pragma once

#include "app/AnalyticsSettings.h"
#include "storage/Store.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace keystone {

// A segmentation request: what the user gave; anything absent comes from the settings.
struct SegmentRequest
{
    std::optional<Date> from;
    std::optional<Date> to;
    std::optional<analytics::Period> period;
    std::optional<analytics::Measure> measure;
    std::optional<std::pair<double, double>> abc; // percent
    std::optional<std::pair<double, double>> xyz; // percent
};

struct SavedSegmentation
{
    SegmentSnapshot snapshot;
    std::vector<Account> markedAnchor; // accounts that became anchors by this run
};

class Analytics
{
public:
    static constexpr const char* kSettingsKey = "analytics";

    // The store and clock must outlive this object.
    Analytics(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    AnalyticsSettings settings() const;
    void saveSettings(const AnalyticsSettings& settings);

    // Throws ValidationError for an empty window or thresholds out of order.
    analytics::SegmentParameters parameters(const SegmentRequest& request) const;
    // Reads the monthly totals (sale lines only for a partial first or last month).
    analytics::SegmentResult segment(const analytics::SegmentParameters& parameters);
    // Saves the run as a dated snapshot and, when it measures revenue, marks every
    // account whose share reaches the anchor share as an anchor (never unmarks).
    SavedSegmentation save(const analytics::SegmentResult& result, std::string label = {});
    // The label a snapshot gets when none is given ("2026-01-01..2026-12-31 month revenue").
    static std::string defaultSnapshotLabel(const analytics::SegmentParameters& parameters);
    // Takes a save back (Edit > Undo of Save Snapshot), in one transaction: deletes
    // the snapshot and unmarks the accounts it marked as anchors; accounts that were
    // anchors before it keep the mark. Throws NotFoundError when the snapshot is gone.
    void unsave(const SavedSegmentation& saved);
    std::vector<SegmentSnapshot> snapshots() const;
    // Throws NotFoundError for an unknown snapshot.
    analytics::SnapshotDiff diff(SnapshotId before, SnapshotId after) const;

    analytics::Concentration concentration(const analytics::SegmentParameters& parameters);
    // Accounts with revenue in the window or a counted interaction in it.
    std::vector<analytics::ScoreRow> score(const analytics::SegmentParameters& parameters);
    std::vector<analytics::ProspectRow> prospects();

    std::vector<analytics::RiskRow> risk(Date asOf);
    std::vector<analytics::ChurnMonth> churn(Date asOf, int months = 12);
    std::vector<analytics::RiskRow> winBack(Date asOf);
    // ABC classes from the default segmentation as of `asOf`; last contact = the
    // last interaction on or before asOf.
    std::vector<analytics::CadenceRow> cadence(Date asOf, std::optional<ManagerId> owner = std::nullopt);

private:
    std::vector<AccountBrief> activeAccounts() const;
    // Each account's totals per calendar month of [from, to], a partial first or last month read
    // from the sale lines; by account, then month, for the whole months. `firstSale`, when given,
    // hears each account's first sale ever.
    void forEachAmountIn(Date from, Date to, std::map<AccountId, Date>* firstSale,
                         const std::function<void(const analytics::MonthAmount&)>& visit);
    std::vector<analytics::MonthAmount> amountsIn(Date from, Date to);
    std::vector<analytics::RiskAccount> riskFacts(Date asOf);
    std::map<ManagerId, std::string> managerNames() const;

    Store& m_store;
    const Clock& m_clock;
};

} // namespace keystone
