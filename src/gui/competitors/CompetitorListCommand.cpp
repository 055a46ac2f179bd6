#include "gui/competitors/CompetitorListCommand.h"

#include <exception>
#include <utility>

namespace keystone::gui {

CompetitorListCommand::CompetitorListCommand(const QString& text, Step undo, Step redo, Applied applied,
                                             Failed failed)
    : m_undo(std::move(undo)), m_redo(std::move(redo)), m_applied(std::move(applied)), m_failed(std::move(failed))
{
    setText(text);
}

void CompetitorListCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    run(m_redo);
}

void CompetitorListCommand::undo()
{
    run(m_undo);
}

void CompetitorListCommand::run(const Step& step)
{
    try {
        step();
    } catch (const std::exception& e) {
        // A step that fails leaves the store as it was (each write is one transaction).
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
    if (m_applied)
        m_applied();
}

} // namespace keystone::gui
