// Loads Qt's and Keystone's translations for the user's language. Keystone's
// English translation only supplies plural forms ("1 day", "5 days"); its
// sources are written in English.
#pragma once

namespace keystone::gui {

void installTranslations();

} // namespace keystone::gui
