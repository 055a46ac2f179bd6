// The status bar's counts of the open database, read on a worker thread over a
// read-only connection of its own (gui/common/BackgroundReader). At 50,000 accounts
// they are COUNT(*)s over millions of rows (a third of a second, most of the cold
// start when they were read before the first paint, and again after every edit);
// the window shows the previous counts, or that it is counting, meanwhile.
#pragma once

#include "app/Workspace.h"

#include <QObject>
#include <filesystem>

namespace keystone::gui {

class BackgroundReader;

class StoreCountsReader : public QObject
{
    Q_OBJECT
public:
    explicit StoreCountsReader(QObject* parent = nullptr);
    ~StoreCountsReader() override;

    // Counts the database at `path` (opened read-only on the worker, kept open there
    // for the next request); `counted` or `failed` follows unless a newer request or
    // stop() came first. The clock must outlive the reader or the next stop().
    void request(const std::filesystem::path& path, const Clock& clock);
    // Drops any answer still to come and closes the worker's connection (the database
    // is being closed).
    void stop();
    // True from a request until its answer has been delivered or dropped.
    bool isBusy() const;

signals:
    void counted(const keystone::StoreCounts& counts);
    void failed(const QString& message);

private:
    BackgroundReader* m_reader;
};

} // namespace keystone::gui
