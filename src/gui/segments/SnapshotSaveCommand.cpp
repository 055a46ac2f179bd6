#include "gui/segments/SnapshotSaveCommand.h"

#include "app/Workspace.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"

#include <QCoreApplication>

namespace keystone::gui {

SnapshotSaveCommand::SnapshotSaveCommand(Workspace& workspace, analytics::SegmentResult result,
                                         SavedSegmentation saved, Applied applied, Failed failed)
    : m_workspace(workspace), m_result(std::move(result)), m_saved(std::move(saved)),
      m_applied(std::move(applied)), m_failed(std::move(failed))
{
    setText(QCoreApplication::translate("SnapshotSaveCommand", "Save Snapshot “%1”")
                .arg(toQString(m_saved.snapshot.label)));
}

void SnapshotSaveCommand::redo()
{
    // The caller has saved already when pushing; only later redos write.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run([this] {
        m_saved = Analytics(m_workspace.store(), m_workspace.clock()).save(m_result, m_saved.snapshot.label);
    });
}

void SnapshotSaveCommand::undo()
{
    run([this] { Analytics(m_workspace.store(), m_workspace.clock()).unsave(m_saved); });
}

void SnapshotSaveCommand::run(const std::function<void()>& step)
{
    try {
        step();
        if (m_applied)
            m_applied();
    } catch (const std::exception& e) {
        // Exceptions must not cross the event loop; nothing was written (one transaction).
        if (m_failed)
            m_failed(errorText(e));
    }
}

} // namespace keystone::gui
