// `keystone --screenshot DIR`: walks the window through its screens and saves a
// PNG of each, then quits. Grabbing from inside the app avoids guessing how long
// an external tool should wait for the window to be drawn.
#pragma once

#include <QString>

namespace keystone::gui {

class MainWindow;

// Saves the screenshots and returns the number written; call with the window shown.
int takeScreenshots(MainWindow& window, const QString& directory);

} // namespace keystone::gui
