#include "gui/main/StoreCountsReader.h"

#include <QThread>

namespace keystone::gui {

StoreCountsReader::StoreCountsReader(QObject* parent)
    : QObject(parent), m_thread(new QThread), m_worker(new QObject),
      m_workerWorkspace(std::make_shared<std::unique_ptr<Workspace>>())
{
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

StoreCountsReader::~StoreCountsReader()
{
    m_thread->quit();
    m_thread->wait();
    delete m_worker; // its thread has ended
    delete m_thread;
    m_workerWorkspace->reset(); // no thread uses it any more
}

void StoreCountsReader::request(const std::filesystem::path& path, const Clock& clock)
{
    const quint64 generation = ++m_generation;
    m_busy = true;
    auto state = m_workerWorkspace;
    const Clock* clockPointer = &clock;
    QMetaObject::invokeMethod(m_worker, [this, state, path, clockPointer, generation] {
        StoreCounts counts;
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
            counts = (*state)->store().counts();
        } catch (const std::exception& e) {
            state->reset(); // opened afresh next time
            error = QString::fromUtf8(e.what());
        }
        // Back on the reader's thread; the reader stops this thread before it dies, so `this` is alive.
        QMetaObject::invokeMethod(
            this,
            [this, generation, counts, error] {
                if (generation != m_generation)
                    return; // a newer request, or stop(), came since
                m_busy = false;
                if (error.isEmpty())
                    emit counted(counts);
                else
                    emit failed(error);
            },
            Qt::QueuedConnection);
    });
}

void StoreCountsReader::stop()
{
    ++m_generation;
    m_busy = false;
    auto state = m_workerWorkspace;
    QMetaObject::invokeMethod(m_worker, [state] { state->reset(); });
}

} // namespace keystone::gui
