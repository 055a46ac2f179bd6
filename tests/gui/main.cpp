// The GUI tests' own main: the offscreen platform unless one is chosen, a fixed
// locale, and settings kept in a temporary place, never the user's.
#define CATCH_CONFIG_RUNNER
#include "gui/common/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace {

QtMessageHandler previousHandler = nullptr;

// The offscreen platform warns on every top-level window that it cannot pass size
// hints on; that says nothing about Keystone and would bury real warnings.
void filterMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("This plugin does not support propagateSizeHints")))
        return;
    previousHandler(type, context, message);
}

// Every test case starts with no saved settings, so none depends on another's
// window geometry, column layout or recent files.
struct FreshSettings : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo&) override { QSettings().clear(); }
};

} // namespace

CATCH_REGISTER_LISTENER(FreshSettings)

int main(int argc, char** argv)
{
    previousHandler = qInstallMessageHandler(filterMessages);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    keystone::gui::installTranslations();
    QApplication::setOrganizationName(QStringLiteral("KeystoneTests"));
    QApplication::setApplicationName(QStringLiteral("test_gui"));
    const QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
