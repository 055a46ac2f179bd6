#include "gui/account/DossierSaveCommand.h"

#include "app/Workspace.h"

#include <QCoreApplication>

namespace keystone::gui {

DossierSaveCommand::DossierSaveCommand(Workspace& workspace, Dossier before, Dossier after,
                                       const QString& accountName, Applied applied, Failed failed)
    : WriteCommand(std::move(failed)), m_workspace(workspace), m_before(std::move(before)),
      m_after(std::move(after)), m_applied(std::move(applied))
{
    setText(QCoreApplication::translate("DossierSaveCommand", "Save Dossier of %1").arg(accountName));
}

void DossierSaveCommand::redo()
{
    // The caller has saved already when pushing; only later redos write.
    if (firstRedo())
        return;
    write(m_after);
}

void DossierSaveCommand::undo()
{
    write(m_before);
}

void DossierSaveCommand::write(Dossier dossier)
{
    attempt([&] {
        m_workspace.store().accounts().saveDossier(dossier);
        if (m_applied)
            m_applied(dossier);
    });
}

} // namespace keystone::gui
