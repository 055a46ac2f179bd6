// keystone: the desktop application. Opens the database given with --db, else the
// default one (app/Paths.h, as keystone-cli does), creating it on first start.
// KEYSTONE_EXIT_AFTER_FIRST_PAINT=1 in the environment makes it quit as soon as the main window has
// been painted once: scripts/bench times that as the cold start (docs/performance.md).
#include "app/Paths.h"
#include "gui/common/Translations.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

namespace {

// Ends the process on the first paint of any widget; the exit is queued, so that paint (and the
// flush that ends the same backing store sync) completes first. It ends at once, without tearing
// down: background readers started by the screens (dashboard, segments, the rest of a long
// accounts list) would otherwise be waited for, and that is not the time to a painted window.
// Nothing is written at start, so nothing is lost.
class ExitAfterFirstPaint : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::fflush(nullptr);
                std::_Exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char** argv)
{
    // The icons live in keystone_gui, a static library: register them explicitly.
    Q_INIT_RESOURCE(keystone);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Keystone"));
    QApplication::setApplicationName(QStringLiteral("Keystone"));
    QApplication::setApplicationVersion(QStringLiteral(KEYSTONE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.keystone.Keystone"));
    keystone::gui::installTranslations();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keystone.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Key-account management"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main", "Open the database at PATH."),
                                QStringLiteral("PATH"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of each screen in DIR and quit."), QStringLiteral("DIR"));
    parser.addOptions({db, screenshot});
    parser.process(app);

    const keystone::SystemClock clock;
    keystone::gui::MainWindow window(clock);
    const bool screenshots = parser.isSet(screenshot);
    window.setInteractive(!screenshots);
    ExitAfterFirstPaint exitAfterFirstPaint;
    if (qEnvironmentVariableIntValue("KEYSTONE_EXIT_AFTER_FIRST_PAINT") == 1)
        app.installEventFilter(&exitAfterFirstPaint);
    window.show();
    const QString path = parser.isSet(db) ? parser.value(db)
                                          : QString::fromStdString(keystone::defaultDatabasePath().string());
    window.openDatabase(path);
    if (screenshots) {
        QTimer::singleShot(0, &window, [&] {
            const int written = keystone::gui::takeScreenshots(window, parser.value(screenshot));
            QApplication::exit(written > 0 ? 0 : 1);
        });
    }
    return QApplication::exec();
}
