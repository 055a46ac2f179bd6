// keystone: the desktop application. Opens the database given with --db, else the
// default one (app/Paths.h, as keystone-cli does), creating it on first start.
// KEYSTONE_EXIT_AFTER_FIRST_PAINT=1 in the environment makes it quit as soon as the main window has
// been painted once: scripts/bench times that as the cold start (docs/performance.md).
#include "app/Paths.h"
#include "gui/common/Translations.h"
#include "gui/main/MainWindow.h"
#include "gui/main/ScreenshotTour.h"
#include "gui/team/TeamActions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <string_view>

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

struct Options
{
    QCommandLineOption db{QStringLiteral("db"), QCoreApplication::translate("main", "Open the database at PATH."),
                          QStringLiteral("PATH")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a PNG of each screen in DIR and quit."),
                                  QStringLiteral("DIR")};
    QCommandLineOption as{QStringLiteral("as"),
                          QCoreApplication::translate("main", "Work as the team member with this e-mail address "
                                                              "(this session only), as keystone-cli --as does."),
                          QStringLiteral("EMAIL")};
};

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Keystone"));
    QCoreApplication::setApplicationName(QStringLiteral("Keystone"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYSTONE_VERSION));
}

void setUp(QCommandLineParser& parser, const Options& options)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Key-account management"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.db, options.screenshot, options.as});
}

// --version and --help print and exit; they need no display, which a QApplication does.
bool asksOnlyForInformation(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h" || arg == "-?" ||
            arg == "--help-all")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    if (asksOnlyForInformation(argc, argv)) {
        QCoreApplication core(argc, argv);
        describeApplication();
        keystone::gui::installTranslations();
        const Options options;
        QCommandLineParser parser;
        setUp(parser, options);
        parser.process(core); // prints and exits for --version and --help
        return 0;
    }
    // The icons live in keystone_gui, a static library: register them explicitly.
    Q_INIT_RESOURCE(keystone);
    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("org.keystone.Keystone"));
    keystone::gui::installTranslations();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/keystone.svg")));

    const Options options;
    const QCommandLineOption& db = options.db;
    const QCommandLineOption& screenshot = options.screenshot;
    QCommandLineParser parser;
    setUp(parser, options);
    parser.process(app);

    const keystone::SystemClock clock;
    keystone::gui::MainWindow window(clock);
    const bool screenshots = parser.isSet(screenshot);
    window.setInteractive(!screenshots);
    if (parser.isSet(options.as))
        window.teamActions()->setActAs(parser.value(options.as));
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
