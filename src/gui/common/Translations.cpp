#include "gui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace keystone::gui {

namespace {

// Owned by the application object; replaced by a later call.
QTranslator* g_own = nullptr;
QTranslator* g_qt = nullptr;

void uninstall(QTranslator*& translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

} // namespace

QString installTranslations(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    uninstall(g_own);
    uninstall(g_qt);

    // Compiled into the library by qt_add_lrelease (src/gui/CMakeLists.txt).
    auto* own = new QTranslator(app);
    if (!own->load(locale, QStringLiteral("keystone"), QStringLiteral("_"), QStringLiteral(":/i18n")) &&
        !own->load(QStringLiteral(":/i18n/keystone_en"))) {
        delete own;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    g_own = own;
    const QLocale language(own->language());
    const QString code = QLocale::languageToCode(language.language());

    // Qt's translations (Debian's qt6-translations-l10n) in the language Keystone speaks.
    if (language.language() != QLocale::English) {
        auto* qt = new QTranslator(app);
        if (qt->load(language, QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            g_qt = qt;
        } else {
            delete qt;
        }
    }
    return code;
}

} // namespace keystone::gui
