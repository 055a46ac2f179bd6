// The main actions' icons: each of Keystone's own SVGs renders at the normal and at
// twice the scale, and every main action in the menus has an icon.
#include "gui/common/Icons.h"
#include "gui/main/MainWindow.h"

#include "GuiFixture.h"

#include <QAction>
#include <QImage>
#include <QMenuBar>
#include <QPixmap>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

// Resources of the static library keystone_gui are registered by hand, as
// src/gui/main.cpp does (Q_INIT_RESOURCE must be outside any namespace).
static void registerResources()
{
    Q_INIT_RESOURCE(keystone);
}

namespace {

// Pixels that are neither transparent nor white: what the drawing covers.
int inkedPixels(const QImage& image)
{
    int inked = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 0 && c != Qt::white)
                ++inked;
        }
    return inked;
}

} // namespace

TEST_CASE("each action icon of Keystone's own is drawn at any scale", "[icons]")
{
    registerResources();
    for (int i = static_cast<int>(ActionIcon::NewDatabase); i <= static_cast<int>(ActionIcon::ShowArchived); ++i) {
        const auto which = static_cast<ActionIcon>(i);
        INFO(fallbackIconPath(which).toStdString());
        const QIcon icon(fallbackIconPath(which));
        REQUIRE_FALSE(icon.isNull());
        const QImage at1 = icon.pixmap(QSize(24, 24), 1.0).toImage();
        const QImage at2 = icon.pixmap(QSize(24, 24), 2.0).toImage();
        CHECK(at1.size() == QSize(24, 24));
        CHECK(at2.size() == QSize(48, 48));
        // Drawn at 48 px for a 2x screen, the strokes cover well over twice the
        // pixels of the 24 px drawing (anti-aliased edges keep it under four
        // times); a missing or broken file covers none.
        CHECK(inkedPixels(at1) > 24);
        CHECK(inkedPixels(at2) > 2 * inkedPixels(at1));
    }
}

TEST_CASE("the main window's menu actions all have icons", "[icons]")
{
    registerResources();
    test::DemoDatabase db;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString(db.path().string())));
    int withShortcut = 0;
    for (const QAction* menu : window.menuBar()->actions())
        for (const QAction* action : menu->menu()->actions()) {
            if (action->isSeparator() || action->menu() || action->shortcut().isEmpty())
                continue;
            ++withShortcut;
            INFO(action->text().toStdString());
            CHECK_FALSE(action->icon().isNull());
        }
    CHECK(withShortcut >= 14);
}
