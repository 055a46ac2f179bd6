// One screen's reads on a worker thread over a read-only connection of its own, so
// that a large database never freezes the window: the status bar's counts, the
// dashboard, the Contacts and Follow-ups lists. The connection is opened on the
// worker at the first request and kept open there, so a read again after an edit
// finds SQLite's cache warm. Every request carries a generation: only the answer
// to the latest one is delivered, and stop() (the database is being closed) drops
// whatever is still to come, so a screen never shows data of a database that was
// closed meanwhile.
#pragma once

#include "app/Workspace.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

class QThread;

namespace keystone::gui {

class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReader(QObject* parent = nullptr);
    // Waits for a read under way (its answer is dropped) and closes the connection.
    ~BackgroundReader() override;

    // Runs `read(Workspace&)` on the worker over a read-only workspace of the database
    // at `path` (opened afresh for another path, or after a failure); then, on this
    // object's thread, `done(result)`, or `failed(message)` with what the read threw,
    // unless a newer request or stop() came first. `read` must touch nothing but the
    // workspace and what it captured by value. The clock must outlive the reader or
    // the next stop().
    template <typename Read, typename Done, typename Failed>
    void request(const std::filesystem::path& path, const Clock& clock, Read read, Done done, Failed failed)
    {
        using Result = std::invoke_result_t<Read&, Workspace&>;
        post(
            path, clock,
            [readOnWorker = std::move(read), deliver = std::move(done)](Workspace& workspace) -> Delivery {
                auto result = std::make_shared<Result>(readOnWorker(workspace));
                return [deliver, result] { deliver(std::move(*result)); };
            },
            std::move(failed));
    }
    // A screen's read, sized by the database: with more than `accounts` accounts (archived
    // ones included, so the name index answers alone) it is request()ed of the worker;
    // otherwise an answer still to come is dropped and `done(read(workspace))` runs here and
    // now, throwing what `read` throws.
    template <typename Read, typename Done, typename Failed>
    void load(Workspace& workspace, std::int64_t accounts, Read read, Done done, Failed failed)
    {
        if (workspace.hasMoreAccountsThan(accounts, true)) {
            request(workspace.path(), workspace.clock(), std::move(read), std::move(done), std::move(failed));
            return;
        }
        stop();
        done(read(workspace));
    }
    // Drops any answer still to come and closes the worker's connection.
    void stop();

    // While held, requests wait instead of going to their workers; when the last hold is
    // released, each reader sends its latest waiting request (an earlier one would be superseded
    // anyway) and the requests that follow go at once. The main window holds from its first show
    // until its first paint, so that no worker shares the two cores with that paint.
    static void holdRequests();
    static void releaseRequests();
    static bool requestsHeld();
    // True from a request until its answer has been delivered or dropped.
    bool isBusy() const { return m_busy; }

private:
    // What the worker hands back to this object's thread.
    using Delivery = std::function<void()>;
    void post(const std::filesystem::path& path, const Clock& clock, std::function<Delivery(Workspace&)> job,
              std::function<void(const QString&)> failed);

    // Hands a request to the worker (starting the worker at the first).
    void send(std::function<void()> toWorker);
    // Sends the request that waited while requests were held, if any.
    void sendWaiting();

    QThread* m_thread = nullptr; // started at the first request sent
    // The latest request made while requests are held, sent when they are released.
    std::function<void()> m_waiting;
    QObject* m_worker = nullptr; // lives in m_thread
    // The worker's workspace, opened and used only on the worker thread.
    std::shared_ptr<std::unique_ptr<Workspace>> m_workerWorkspace;
    // Read by the worker too: a request already superseded when its turn comes is skipped.
    std::atomic<quint64> m_generation = 0;
    bool m_busy = false;
};

} // namespace keystone::gui
