// Icons of the main actions: the desktop's icon theme first, so Keystone looks like
// the rest of the desktop, else Keystone's own SVGs (resources/icons/actions), which
// stay sharp at any scale factor.
#pragma once

#include <QIcon>

namespace keystone::gui {

enum class ActionIcon {
    NewDatabase,
    OpenDatabase,
    Backup,
    Quit,
    Undo,
    Redo,
    Search,
    Filter,
    AccountsList,
    FollowUps,
    Export,
    Save,
    MarkDone,
    Refresh,
    CloseTab,
    About,
    Dashboard,
    Segments,
    Contacts,
    Print,
    Pdf,
    ChangeManager,
    ChangeStatus,
    Tags,
    HandOver,
    Archive,
    Restore,
    Delete,
    ShowArchived,
};

QIcon actionIcon(ActionIcon which);
// The SVG Keystone ships for `which` (":/icons/actions/NAME.svg").
QString fallbackIconPath(ActionIcon which);

} // namespace keystone::gui
