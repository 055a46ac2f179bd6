// One dossier save on the undo stack, holding the dossier before and after. The
// first save is done by the caller (so a failure is shown where the user typed
// and nothing is pushed); undo and redo write the store again and tell `applied`
// so that an open editor shows what is now saved.
#pragma once

#include "domain/Dossier.h"
#include "gui/common/WriteCommand.h"

#include <functional>

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class DossierSaveCommand : public WriteCommand
{
public:
    using Applied = std::function<void(const Dossier& saved)>;

    DossierSaveCommand(Workspace& workspace, Dossier before, Dossier after, const QString& accountName,
                       Applied applied, Failed failed);

    void undo() override;
    void redo() override;

private:
    void write(Dossier dossier);

    Workspace& m_workspace;
    Dossier m_before;
    Dossier m_after;
    Applied m_applied;
};

} // namespace keystone::gui
