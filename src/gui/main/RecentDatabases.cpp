#include "gui/main/RecentDatabases.h"

#include <QFileInfo>
#include <QSettings>

namespace keystone::gui {

namespace {
const QString kKey = QStringLiteral("recentDatabases");
}

QStringList RecentDatabases::list()
{
    return QSettings().value(kKey).toStringList();
}

void RecentDatabases::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    const QStringList before = settings.value(kKey).toStringList();
    QStringList files = before;
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaximum)
        files.removeLast();
    // Opening the database opened last (the usual start) changes nothing: nothing is written, and
    // the settings file is not rewritten before the window's first paint.
    if (files != before)
        settings.setValue(kKey, files);
}

void RecentDatabases::remove(const QString& path)
{
    QStringList files = list();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, files);
}

void RecentDatabases::clear()
{
    QSettings().remove(kKey);
}

} // namespace keystone::gui
