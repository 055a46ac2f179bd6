// Opens a database for the window and, when that fails, says in the user's words
// what happened and what to do, from the reason the app layer gives (locked,
// read-only, corrupt, not a database, from a newer Keystone, disk full).
#pragma once

#include "app/OpenError.h"
#include "app/Workspace.h"

#include <QString>
#include <filesystem>
#include <memory>

namespace keystone::gui {

struct OpenFailure
{
    OpenError::Reason reason = OpenError::Reason::Other;
    QString title;   // the dialog's title
    QString what;    // what happened, one sentence naming the file
    QString todo;    // what the user can do about it
    QString details; // the technical message
};

OpenFailure describeOpenFailure(OpenError::Reason reason, const QString& file, const QString& details);

// The workspace, or nullptr with `failure` filled; never throws for a bad file.
std::unique_ptr<Workspace> openWorkspace(const std::filesystem::path& path, const Clock& clock,
                                         OpenFailure& failure, const OpenOptions& options = {});

} // namespace keystone::gui
