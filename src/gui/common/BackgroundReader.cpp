#include "gui/common/BackgroundReader.h"

#include <QPointer>
#include <QThread>

#include <vector>

namespace keystone::gui {

namespace {
// Holds in force, and the readers with a request waiting; used on the GUI thread only.
int g_holds = 0;
std::vector<QPointer<BackgroundReader>>& waitingReaders()
{
    static std::vector<QPointer<BackgroundReader>> readers;
    return readers;
}
} // namespace

void BackgroundReader::holdRequests()
{
    ++g_holds;
}

void BackgroundReader::releaseRequests()
{
    if (g_holds == 0 || --g_holds > 0)
        return;
    const auto readers = std::exchange(waitingReaders(), {});
    for (const auto& reader : readers) {
        if (BackgroundReader* r = reader.data())
            r->sendWaiting();
    }
}

void BackgroundReader::sendWaiting()
{
    if (!m_waiting)
        return;
    std::function<void()> toWorker;
    toWorker.swap(m_waiting);
    send(std::move(toWorker));
}

bool BackgroundReader::requestsHeld()
{
    return g_holds > 0;
}

BackgroundReader::BackgroundReader(QObject* parent)
    : QObject(parent), m_workerWorkspace(std::make_shared<std::unique_ptr<Workspace>>())
{
}

BackgroundReader::~BackgroundReader()
{
    ++m_generation; // a read still queued is skipped
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_worker; // its thread has ended
        delete m_thread;
    }
    m_workerWorkspace->reset(); // no thread uses it any more
}

void BackgroundReader::post(const std::filesystem::path& path, const Clock& clock,
                            std::function<Delivery(Workspace&)> job, std::function<void(const QString&)> failed)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    auto state = m_workerWorkspace;
    const Clock* clockPointer = &clock;
    auto toWorker = [this, state, path, clockPointer, generation, work = std::move(job),
                     onFailure = std::move(failed)] {
        if (generation != m_generation)
            return; // superseded while it waited; the newer request delivers
        Delivery deliver;
        QString error;
        try {
            if (*state && (*state)->path() != path)
                state->reset();
            if (!*state) {
                OpenOptions options;
                options.readOnly = true;
                options.create = false;
                *state = std::make_unique<Workspace>(path, *clockPointer, options);
            }
            deliver = work(**state);
        } catch (const std::exception& e) {
            state->reset(); // opened afresh next time
            error = QString::fromUtf8(e.what());
        }
        // Back on the reader's thread; the reader stops this thread before it dies, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, generation, answer = std::move(deliver), error, onFailure] {
                if (generation != m_generation)
                    return; // a newer request, or stop(), came since
                m_busy = false;
                if (error.isEmpty())
                    answer();
                else
                    onFailure(error);
            },
            Qt::QueuedConnection);
    };
    if (requestsHeld()) {
        if (!m_waiting)
            waitingReaders().emplace_back(this);
        m_waiting = std::move(toWorker); // an earlier waiting request is superseded
        return;
    }
    send(std::move(toWorker));
}

void BackgroundReader::send(std::function<void()> toWorker)
{
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("BackgroundReader"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        m_thread->start();
    }
    QMetaObject::invokeMethod(m_worker, std::move(toWorker));
}

void BackgroundReader::stop()
{
    ++m_generation;
    m_busy = false;
    m_waiting = {}; // never sent
    if (!m_thread)
        return; // nothing was ever read
    auto state = m_workerWorkspace;
    QMetaObject::invokeMethod(m_worker, [state] { state->reset(); });
}

} // namespace keystone::gui
