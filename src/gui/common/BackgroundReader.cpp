#include "gui/common/BackgroundReader.h"

#include <QThread>

namespace keystone::gui {

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
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("BackgroundReader"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        m_thread->start();
    }
    const quint64 generation = ++m_generation;
    m_busy = true;
    auto state = m_workerWorkspace;
    const Clock* clockPointer = &clock;
    QMetaObject::invokeMethod(m_worker, [this, state, path, clockPointer, generation, work = std::move(job),
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
    });
}

void BackgroundReader::stop()
{
    ++m_generation;
    m_busy = false;
    if (!m_thread)
        return; // nothing was ever read
    auto state = m_workerWorkspace;
    QMetaObject::invokeMethod(m_worker, [state] { state->reset(); });
}

} // namespace keystone::gui
