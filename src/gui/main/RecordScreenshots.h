// The everyday records' dialogs for docs/screenshots (part of the --screenshot tour):
// who-are-you.png, team.png, competitors.png and tender-editor.png, each the dialog
// alone as it opens over the window, in the language the tour runs in.
#pragma once

#include <QDir>

namespace keystone::gui {

class MainWindow;

// Returns how many were written; writes nothing to the database.
int takeRecordScreenshots(MainWindow& window, const QDir& dir);

} // namespace keystone::gui
