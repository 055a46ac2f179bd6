#include "gui/interchange/BackgroundTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <memory>

namespace keystone::gui {

namespace {
// QProgressDialog counts in int; byte counts of large files do not fit.
constexpr int kSteps = 1000;
} // namespace

BackgroundTask::BackgroundTask(QWidget* parent, QString label, bool cancellable)
    : m_parent(parent), m_label(std::move(label)), m_cancellable(cancellable)
{
}

BackgroundTask::Outcome BackgroundTask::run(const Job& job)
{
    m_cancel = false;
    m_done = 0;
    m_total = 0;
    Outcome outcome;
    const ProgressCallback progress = [this](std::uint64_t done, std::uint64_t total) {
        m_done = done;
        m_total = total;
        if (m_observer && !m_observer(done, total))
            m_cancel = true;
        return !m_cancel.load();
    };

    std::unique_ptr<QThread> thread(QThread::create([&] {
        try {
            job(progress);
        } catch (const Cancelled&) {
            outcome.cancelled = true;
        } catch (...) {
            outcome.error = std::current_exception();
        }
    }));

    QProgressDialog dialog(m_label, m_cancellable ? QCoreApplication::translate("BackgroundTask", "Cancel")
                                                  : QString(),
                           0, kSteps, m_parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    if (!m_cancellable)
        dialog.setCancelButton(nullptr);
    dialog.setValue(0);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [this, &dialog] {
        m_cancel = true;
        dialog.setLabelText(QCoreApplication::translate("BackgroundTask", "Cancelling…"));
    });

    QTimer timer;
    timer.setInterval(50);
    QObject::connect(&timer, &QTimer::timeout, &dialog, [this, &dialog] {
        const std::uint64_t total = m_total;
        const std::uint64_t done = std::min<std::uint64_t>(m_done, total);
        if (total > 0)
            dialog.setValue(static_cast<int>(done * kSteps / total));
    });

    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    timer.start();
    // Shown at once, not after QProgressDialog's usual delay: until it is up the
    // window underneath would take clicks, and a second import could start.
    dialog.show();
    thread->start();
    // Runs until the thread has finished; it always does: the job ends by itself,
    // or at its next progress report after Cancel.
    loop.exec();
    thread->wait();
    timer.stop();
    // A Cancel pressed after the last report changes nothing: the job finished and
    // its outcome (written, say) is what the caller must show.
    return outcome;
}

} // namespace keystone::gui
