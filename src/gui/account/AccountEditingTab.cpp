#include "gui/account/AccountEditingTab.h"

namespace keystone::gui {

AccountEditingTab::AccountEditingTab(Workspace& workspace, AccountEdits edits, QWidget* parent)
    : QWidget(parent), m_workspace(workspace), m_edits(std::move(edits))
{
}

} // namespace keystone::gui
