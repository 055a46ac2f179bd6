#include "gui/account/DossierSaveCommand.h"

#include "app/Workspace.h"

#include <QCoreApplication>

namespace keystone::gui {

DossierSaveCommand::DossierSaveCommand(Workspace& workspace, Dossier before, Dossier after,
                                       const QString& accountName, Applied applied, Failed failed)
    : m_workspace(workspace), m_before(std::move(before)), m_after(std::move(after)),
      m_applied(std::move(applied)), m_failed(std::move(failed))
{
    setText(QCoreApplication::translate("DossierSaveCommand", "Save Dossier of %1").arg(accountName));
}

void DossierSaveCommand::redo()
{
    // The caller has saved already when pushing; only later redos write.
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    write(m_after);
}

void DossierSaveCommand::undo()
{
    write(m_before);
}

void DossierSaveCommand::write(Dossier dossier)
{
    try {
        m_workspace.store().accounts().saveDossier(dossier);
        if (m_applied)
            m_applied(dossier);
    } catch (const std::exception& e) {
        if (m_failed)
            m_failed(QString::fromUtf8(e.what()));
    }
}

} // namespace keystone::gui
