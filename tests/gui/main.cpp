// The GUI tests' own main: the offscreen platform unless one is chosen, a fixed
// locale, and settings kept in a temporary place, never the user's.
#define CATCH_CONFIG_RUNNER
#include "gui/common/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
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
