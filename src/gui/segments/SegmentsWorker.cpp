#include "gui/segments/SegmentsWorker.h"

#include "app/Workspace.h"
#include "gui/common/Labels.h"

#include <map>

namespace keystone::gui {

SegmentsAnswer computeSegments(Workspace& workspace, const analytics::SegmentParameters& parameters)
{
    SegmentsAnswer answer;
    Analytics analytics(workspace.store(), workspace.clock());
    answer.result = analytics.segment(parameters);
    std::map<ManagerId, QString> managers;
    for (const auto& m : workspace.store().managers().list())
        managers[m.id] = toQString(m.name);
    for (const auto& a : workspace.store().activity().accounts())
        if (a.ownerId)
            if (auto it = managers.find(*a.ownerId); it != managers.end())
                answer.owners.insert(a.id, it->second);

    std::vector<Money> totals;
    totals.reserve(answer.result.rows.size());
    for (const auto& r : answer.result.rows)
        totals.push_back(r.total);
    answer.concentration = analytics::concentration(std::move(totals));

    // The same window moved back a month at a time: is the business getting more dependent on a few?
    for (int back = SegmentsWorker::kTrendWindows; back >= 1; --back) {
        analytics::SegmentParameters earlier = parameters;
        earlier.from = parameters.from.addMonths(-back);
        earlier.to = parameters.to.addMonths(-back);
        answer.concentrationTrend.push_back({earlier.from, earlier.to, analytics.concentration(earlier)});
    }
    answer.concentrationTrend.push_back({parameters.from, parameters.to, answer.concentration});

    const Date asOf = workspace.clock().today();
    answer.risk = analytics.risk(asOf);
    answer.churn = analytics.churn(asOf);
    answer.winBack = analytics.winBack(asOf);
    answer.snapshots = analytics.snapshots();
    return answer;
}

SegmentsWorker::SegmentsWorker(std::filesystem::path path, const Clock& clock)
    : m_path(std::move(path)), m_clock(clock)
{
}

SegmentsWorker::~SegmentsWorker() = default;

void SegmentsWorker::compute(quint64 generation, const analytics::SegmentParameters& parameters)
{
    SegmentsAnswer answer;
    try {
        if (!m_workspace) {
            OpenOptions options;
            options.readOnly = true;
            options.create = false;
            m_workspace = std::make_unique<Workspace>(m_path, m_clock, options);
        }
        answer = computeSegments(*m_workspace, parameters);
    } catch (const std::exception& e) {
        answer = SegmentsAnswer{};
        answer.error = QString::fromUtf8(e.what());
    }
    answer.generation = generation;
    emit answered(answer);
}

} // namespace keystone::gui
