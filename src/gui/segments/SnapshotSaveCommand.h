// One segment snapshot saved from the Segments screen, on the undo stack. The
// first save is the caller's (a failure shows on the screen and nothing is
// pushed); undo takes it back through Analytics::unsave (the snapshot and the
// anchor marks it made), redo saves the same segmentation again, under a new id.
#pragma once

#include "app/Analytics.h"

#include <QUndoCommand>
#include <functional>

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class SnapshotSaveCommand : public QUndoCommand
{
public:
    // After an undo or redo changed the saved snapshots (and perhaps anchor marks).
    using Applied = std::function<void()>;
    using Failed = std::function<void(const QString& message)>;

    // The workspace must outlive the command (the undo stack is cleared before a database closes).
    SnapshotSaveCommand(Workspace& workspace, analytics::SegmentResult result, SavedSegmentation saved,
                        Applied applied, Failed failed);

    void undo() override;
    void redo() override;
    const SavedSegmentation& saved() const { return m_saved; }

private:
    void run(const std::function<void()>& step);

    Workspace& m_workspace;
    analytics::SegmentResult m_result;
    SavedSegmentation m_saved;
    Applied m_applied;
    Failed m_failed;
    bool m_firstRedo = true;
};

} // namespace keystone::gui
