// A written CSV import on the undo stack. The import has happened when the
// command is pushed (on the worker thread, in its own transaction); undo removes
// its batch through the app layer (undoImport) and then leaves the stack, because
// importing again is a new import of the file as it is by then, not a redo.
#pragma once

#include "app/Import.h"
#include "gui/common/WriteCommand.h"

#include <functional>

namespace keystone::gui {

class ImportCommand : public WriteCommand
{
public:
    using Undone = std::function<void(const UndoSummary& summary)>;

    ImportCommand(Workspace& workspace, const ImportSummary& summary, Undone undone, Failed failed);

    void undo() override;
    void redo() override {} // the import was written before the command was pushed
    BatchId batch() const { return m_batch; }

private:
    Workspace& m_workspace;
    BatchId m_batch;
    Undone m_undone;
};

// "2 accounts and 5 contacts removed", for the status bar and the import dialog.
QString undoneText(const UndoSummary& summary);

} // namespace keystone::gui
