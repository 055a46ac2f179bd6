// A write to the managed list of competitors (added, edited or renamed, merged) on
// the main window's undo stack, named for Edit > Undo ("Add Competitor Rival
// Steel"). The dialog writes first, so a refusal shows in its form and nothing is
// pushed; undo and redo run the steps given and then `applied`, so an open
// Competitors dialog reads the list again.
#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>

namespace keystone::gui {

class CompetitorListCommand : public QUndoCommand
{
public:
    using Step = std::function<void()>; // throws on failure
    using Applied = std::function<void()>;
    using Failed = std::function<void(const QString& message)>;

    CompetitorListCommand(const QString& text, Step undo, Step redo, Applied applied, Failed failed);

    void undo() override;
    void redo() override;

private:
    void run(const Step& step);

    Step m_undo;
    Step m_redo;
    Applied m_applied;
    Failed m_failed;
    bool m_firstRedo = true; // the write was made before the push
};

} // namespace keystone::gui
