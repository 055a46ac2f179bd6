// The databases opened lately, newest first, kept in QSettings for File > Open Recent.
#pragma once

#include <QStringList>

namespace keystone::gui {

class RecentDatabases
{
public:
    static constexpr int kMaximum = 8;
    static QStringList list();
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace keystone::gui
