// Runs global searches on a thread of its own, over its own read-only
// connection to the database, so that typing never waits for SQLite.
#pragma once

#include "app/Workspace.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <filesystem>
#include <memory>
#include <vector>

namespace keystone::gui {

struct SearchAnswer
{
    quint64 generation = 0;
    std::vector<SearchHit> hits;
    QHash<AccountId, QString> accountNames;
    QString error;
};

class SearchWorker : public QObject
{
    Q_OBJECT
public:
    // The clock must outlive the worker. The database is opened on the first search, in the worker's thread.
    SearchWorker(std::filesystem::path path, const Clock& clock);
    ~SearchWorker() override;

    void search(quint64 generation, const QString& text);

signals:
    void answered(const keystone::gui::SearchAnswer& answer);

private:
    std::filesystem::path m_path;
    const Clock& m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace keystone::gui

Q_DECLARE_METATYPE(keystone::gui::SearchAnswer)
