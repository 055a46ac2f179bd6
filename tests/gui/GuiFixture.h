// A demo database for GUI tests: DemoGenerator with a fixed clock and a fixed
// seed, {30 accounts, 2 years, seed 1}, in a temporary directory; and the main
// window over it, as most GUI tests start.
#pragma once

#include "TempDir.h"
#include "app/Workspace.h"
#include "gui/main/MainWindow.h"

#include <QKeySequence>
#include <QString>
#include <filesystem>
#include <functional>

class QAbstractItemModel;
class QWidget;

namespace keystone::test {

// 2026-06-15 12:00 UTC.
const Clock& fixedClock();

// Types `text` into `widget` key by key, any script: QTest::keyClicks takes ASCII only.
void typeText(QWidget* widget, const QString& text);

class DemoDatabase;

// Opens the database in the window, shows it and waits until it is the active window (keyboard
// shortcuts reach it); each step REQUIREd.
void openAndShow(gui::MainWindow& window, const DemoDatabase& db);

// A list read on the window's worker whose database is closed meanwhile: opens `other` in the window
// (the list empties), then reads the list again with `shortcut` and waits until `loading` says it is
// done; one model reset is expected, the answer for the closed database being dropped. Each step is
// REQUIREd or CHECKed; the caller checks the rows that follow.
void readAfterAnotherOpens(gui::MainWindow& window, const DemoDatabase& other, QAbstractItemModel* model,
                           const QKeySequence& shortcut, const std::function<bool()>& loading);

class DemoDatabase
{
public:
    DemoDatabase();
    const std::filesystem::path& path() const { return m_path; }
    TempDir& dir() { return m_dir; }

private:
    TempDir m_dir;
    std::filesystem::path m_path;
};

// A main window with its own demo database open, non-interactive (failures go to the
// status bar, nothing is asked in a modal box); the opening is REQUIREd.
struct DemoWindow
{
    DemoDatabase db;
    gui::MainWindow window{fixedClock()};
    DemoWindow();
    Workspace& ws() { return *window.workspace(); }
};

} // namespace keystone::test
