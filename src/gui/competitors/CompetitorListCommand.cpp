#include "gui/competitors/CompetitorListCommand.h"

#include <utility>

namespace keystone::gui {

CompetitorListCommand::CompetitorListCommand(const QString& text, Step undo, Step redo, Applied applied,
                                             Failed failed)
    : WriteCommand(std::move(failed)), m_undo(std::move(undo)), m_redo(std::move(redo)), m_applied(std::move(applied))
{
    setText(text);
}

void CompetitorListCommand::redo()
{
    if (firstRedo())
        return;
    run(m_redo);
}

void CompetitorListCommand::undo()
{
    run(m_undo);
}

void CompetitorListCommand::run(const Step& step)
{
    attempt(step);
    if (m_applied)
        m_applied();
}

} // namespace keystone::gui
