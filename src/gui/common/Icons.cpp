#include "gui/common/Icons.h"

namespace keystone::gui {

namespace {

struct IconNames
{
    const char* theme; // freedesktop.org icon naming specification
    const char* own;   // resources/icons/actions/<own>.svg
};

IconNames namesOf(ActionIcon which)
{
    switch (which) {
    case ActionIcon::NewDatabase:
        return {"document-new", "database-new"};
    case ActionIcon::OpenDatabase:
        return {"document-open", "database-open"};
    case ActionIcon::Backup:
        return {"document-save-as", "database-backup"};
    case ActionIcon::Quit:
        return {"application-exit", "quit"};
    case ActionIcon::Undo:
        return {"edit-undo", "undo"};
    case ActionIcon::Redo:
        return {"edit-redo", "redo"};
    case ActionIcon::Search:
        return {"edit-find", "search"};
    case ActionIcon::Filter:
        return {"view-filter", "filter"};
    case ActionIcon::AccountsList:
        return {"x-office-address-book", "accounts-list"};
    case ActionIcon::FollowUps:
        return {"appointment-soon", "follow-ups"};
    case ActionIcon::Export:
        return {"document-export", "export"};
    case ActionIcon::Save:
        return {"document-save", "save"};
    case ActionIcon::MarkDone:
        return {"object-select", "mark-done"};
    case ActionIcon::Refresh:
        return {"view-refresh", "refresh"};
    case ActionIcon::CloseTab:
        return {"window-close", "close-tab"};
    case ActionIcon::About:
        return {"help-about", "about"};
    case ActionIcon::Dashboard:
        return {"go-home", "dashboard"};
    case ActionIcon::Segments:
        return {"x-office-spreadsheet", "segments"};
    case ActionIcon::Contacts:
        return {"system-users", "contacts"};
    case ActionIcon::Print:
        return {"document-print", "print"};
    case ActionIcon::Pdf:
        return {"", "pdf"};
    case ActionIcon::ChangeManager:
        return {"", "change-manager"};
    case ActionIcon::ChangeStatus:
        return {"", "status"};
    case ActionIcon::Tags:
        return {"", "tags"};
    case ActionIcon::HandOver:
        return {"", "hand-over"};
    case ActionIcon::Archive:
        return {"", "archive"};
    case ActionIcon::Restore:
        return {"", "restore"};
    case ActionIcon::Delete:
        return {"edit-delete", "delete"};
    case ActionIcon::ShowArchived:
        return {"", "show-archived"};
    }
    return {"", ""};
}

} // namespace

QString fallbackIconPath(ActionIcon which)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(namesOf(which).own));
}

QIcon actionIcon(ActionIcon which)
{
    return QIcon::fromTheme(QLatin1String(namesOf(which).theme), QIcon(fallbackIconPath(which)));
}

} // namespace keystone::gui
