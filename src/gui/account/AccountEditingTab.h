// A tab of an account in which edits are written at once (the overview's account
// editor, people, tenders and competitors): it says when it wrote, so that the
// whole account is read again, and hands each edit on to be undone.
#pragma once

#include "app/Workspace.h"
#include "gui/account/AccountEdits.h"

#include <QWidget>

namespace keystone::gui {

class AccountEditingTab : public QWidget
{
    Q_OBJECT
public:
    // Questions (remove this tender? discard these changes?) are asked only when
    // interactive; tests turn them off.
    void setInteractive(bool interactive) { m_interactive = interactive; }

signals:
    // Something was written: everything shown is read again.
    void written();
    // The caller records it for undo.
    void edited(const keystone::gui::AccountEdit& edit);

protected:
    AccountEditingTab(Workspace& workspace, AccountEdits edits, QWidget* parent);

    Workspace& m_workspace;
    AccountEdits m_edits;
    bool m_interactive = true;
};

} // namespace keystone::gui
