// What every undo step that writes the store shares: the caller makes the write
// before pushing the step (so a refusal shows where the user typed and nothing is
// pushed), hence the first redo writes nothing; every later undo and redo runs its
// write through attempt(), so that an exception never crosses the event loop: a
// failed write is told to `Failed` (the window reports it), not fatal. Each write is
// one transaction, so a failed one leaves the store as it was.
#pragma once

#include <QString>
#include <QUndoCommand>
#include <functional>
#include <utility>

namespace keystone::gui {

class WriteCommand : public QUndoCommand
{
public:
    using Failed = std::function<void(const QString& message)>;

protected:
    explicit WriteCommand(Failed failed) : m_failed(std::move(failed)) {}

    // True on the first call only: the write was made before the push.
    bool firstRedo();
    // Runs `write`; false when it threw, the exception's message told to `Failed`.
    bool attempt(const std::function<void()>& write);

private:
    Failed m_failed;
    bool m_firstRedo = true;
};

} // namespace keystone::gui
