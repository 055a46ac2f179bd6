// An account tab's Dossier: the dossier editor, and writing what it saves. The
// dossier is the one part of an account edited at length before it is saved, so
// closing the tab with unsaved changes asks first.
#pragma once

#include "app/Workspace.h"

#include <QWidget>

namespace keystone::gui {

class DossierEditor;

class AccountDossierTab : public QWidget
{
    Q_OBJECT
public:
    explicit AccountDossierTab(Workspace& workspace, QWidget* parent = nullptr);

    DossierEditor* editor() const { return m_editor; }
    // Asks whether to save, discard or stay while there are unsaved changes; true when
    // the tab may close.
    bool confirmClose(const QString& accountName);

signals:
    // The dossier was written (and is shown as saved); the caller records it for undo.
    void saved(const keystone::Dossier& before, const keystone::Dossier& after);

private:
    // By value: `before` may be the editor's own saved copy, which the save replaces.
    void save(Dossier before, Dossier after);

    Workspace& m_workspace;
    DossierEditor* m_editor;
};

} // namespace keystone::gui
