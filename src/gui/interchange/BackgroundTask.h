// Runs a long use case (an import, an export) on a thread of its own while a
// progress dialog shows how far it got and offers Cancel. The window stays
// painted and responsive; the caller waits in run() as for a modal dialog.
//
// The job gets a ProgressCallback to hand to the app layer: it records the
// progress for the dialog and answers false once Cancel was pressed, so the use
// case stops and rolls back (app/Cancel.h). The job must use its own database
// connection, opened inside the job: SQLite connections are not shared across
// threads here.
#pragma once

#include "app/Cancel.h"

#include <QString>
#include <atomic>
#include <exception>
#include <functional>

class QWidget;

namespace keystone::gui {

class BackgroundTask
{
public:
    using Job = std::function<void(const ProgressCallback& progress)>;
    // Called on the worker thread with every report; false cancels, as the Cancel button does.
    using Observer = std::function<bool(std::uint64_t done, std::uint64_t total)>;

    struct Outcome
    {
        bool cancelled = false;
        std::exception_ptr error; // what the job threw, Cancelled excepted
        bool ok() const { return !cancelled && !error; }
    };

    // `label` is the dialog's text; without `cancellable` the dialog has no Cancel button
    // (for use cases that cannot stop half-way).
    BackgroundTask(QWidget* parent, QString label, bool cancellable = true);

    void setObserver(Observer observer) { m_observer = std::move(observer); }

    // Runs `job` on a new thread and returns when it has finished.
    Outcome run(const Job& job);

private:
    QWidget* m_parent;
    QString m_label;
    bool m_cancellable;
    Observer m_observer;
    std::atomic<bool> m_cancel{false};
    std::atomic<std::uint64_t> m_done{0};
    std::atomic<std::uint64_t> m_total{0};
};

} // namespace keystone::gui
