// The follow-up editor's screenshots for docs/screenshots (part of the --screenshot
// tour).
#pragma once

#include <QDir>

namespace keystone::gui {

class AccountWorkspace;
class MainWindow;

// follow-up-editor.png (a new commitment on the account's tab), follow-up-reschedule.png
// (a new date and the reason asked, the history shown) and follow-up-reassign.png, on
// the account's Follow-ups tab, which stays shown. Returns how many were written.
int takeFollowUpScreenshots(MainWindow& window, AccountWorkspace& tab, const QDir& dir);

} // namespace keystone::gui
