// Loads Qt's and Keystone's translations for the user's language. Keystone's
// sources are written in English; its English translation only supplies plural
// forms ("1 day", "5 days"). See docs/translation.md.
#pragma once

#include <QLocale>
#include <QString>

namespace keystone::gui {

// Installs Keystone's translation for `locale`'s user-interface languages (by
// default the system's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG), falling back to
// English, and Qt's own (standard buttons and dialogs) for the same language only,
// so that a language Keystone lacks never mixes two languages in one window.
// Calling it again replaces what an earlier call installed. Returns the language
// Keystone's texts now come in, as a code: "ru", "en".
QString installTranslations(const QLocale& locale = QLocale());

} // namespace keystone::gui
