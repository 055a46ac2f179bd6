// The import dialog's screenshots for docs/screenshots (part of the --screenshot tour).
#pragma once

#include <QDir>

namespace keystone::gui {

class MainWindow;

// import-mapping.png (a file read, its mapping proposed) and import-problems.png
// (after Check on a file with invalid rows); returns how many were written.
int takeImportScreenshots(MainWindow& window, const QDir& dir);

} // namespace keystone::gui
