#include "gui/main/StoreCountsReader.h"

#include "gui/common/BackgroundReader.h"

namespace keystone::gui {

StoreCountsReader::StoreCountsReader(QObject* parent) : QObject(parent), m_reader(new BackgroundReader(this)) {}

StoreCountsReader::~StoreCountsReader() = default;

void StoreCountsReader::request(const std::filesystem::path& path, const Clock& clock)
{
    m_reader->request(
        path, clock, [](Workspace& workspace) { return workspace.store().counts(); },
        [this](const StoreCounts& counts) { emit counted(counts); },
        [this](const QString& message) { emit failed(message); });
}

void StoreCountsReader::stop()
{
    m_reader->stop();
}

bool StoreCountsReader::isBusy() const
{
    return m_reader->isBusy();
}

} // namespace keystone::gui
