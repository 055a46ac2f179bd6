// Russian for one test case; English (as tests/gui/main.cpp sets it up) after it,
// whether the case passed or not, so no other test sees Russian.
#pragma once

#include "gui/common/Translations.h"

#include <QLocale>
#include <QString>

struct RussianSession
{
    RussianSession()
    {
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        language = keystone::gui::installTranslations(QLocale());
    }
    ~RussianSession()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        keystone::gui::installTranslations(QLocale());
    }
    RussianSession(const RussianSession&) = delete;
    RussianSession& operator=(const RussianSession&) = delete;
    QString language;
};
