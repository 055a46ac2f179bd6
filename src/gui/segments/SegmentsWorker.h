// Computes the segments screen on a thread of its own, over its own read-only
// connection to the database (as gui/search/SearchWorker does), so that a
// segmentation of many accounts never freezes the window. Each request carries a
// generation; the view shows only the answer to the latest one.
#pragma once

#include "app/Analytics.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <filesystem>
#include <memory>
#include <vector>

namespace keystone {
class Workspace;
}

namespace keystone::gui {

// The concentration of one window, for the trend.
struct ConcentrationPoint
{
    Date from;
    Date to;
    analytics::Concentration value;
};

struct SegmentsAnswer
{
    quint64 generation = 0;
    analytics::SegmentResult result;
    QHash<AccountId, QString> owners; // the manager's name, for accounts that have one
    analytics::Concentration concentration;
    std::vector<ConcentrationPoint> concentrationTrend; // oldest first, ending with this window
    std::vector<analytics::RiskRow> risk;
    std::vector<analytics::ChurnMonth> churn;
    std::vector<analytics::RiskRow> winBack;
    std::vector<SegmentSnapshot> snapshots; // newest first
    QString error;
};

class SegmentsWorker : public QObject
{
    Q_OBJECT
public:
    // Earlier windows of the same length in the concentration trend, each one month before the next.
    static constexpr int kTrendWindows = 6;

    // The clock must outlive the worker. The database is opened on the first request, in the worker's thread.
    SegmentsWorker(std::filesystem::path path, const Clock& clock);
    ~SegmentsWorker() override;

    void compute(quint64 generation, const keystone::analytics::SegmentParameters& parameters);

signals:
    void answered(const keystone::gui::SegmentsAnswer& answer);

private:
    std::filesystem::path m_path;
    const Clock& m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

// Everything the screen shows for `parameters`, read through the app layer; the
// worker and the tests share it.
SegmentsAnswer computeSegments(Workspace& workspace, const analytics::SegmentParameters& parameters);

} // namespace keystone::gui

Q_DECLARE_METATYPE(keystone::gui::SegmentsAnswer)
