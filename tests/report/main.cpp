// The report tests' own main: the offscreen platform unless one is chosen and a
// fixed locale, with a QGuiApplication (fonts and painting need one; no widgets).
#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>
#include <QLocale>
#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
