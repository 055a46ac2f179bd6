#include "gui/interchange/ImportScreenshots.h"

#include "gui/interchange/ImportDialog.h"
#include "gui/interchange/InterchangeActions.h"
#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

namespace keystone::gui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

bool writeText(const QString& path, const char* text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) >= 0;
}

} // namespace

int takeImportScreenshots(MainWindow& window, const QDir& dir)
{
    QTemporaryDir work;
    if (!window.workspace() || !work.isValid())
        return 0;
    // An ERP's customer list, headers in German, as they come.
    const QString customers = work.filePath(QStringLiteral("kunden.csv"));
    const QString broken = work.filePath(QStringLiteral("kunden-fehler.csv"));
    if (!writeText(customers, "Kundennummer;Firma;Land;Stadt;Mitarbeiter;Status;Bemerkung\n"
                              "D-20417;Rheinstahl Verpackung GmbH;Deutschland;Duisburg;420;active;Rahmenvertrag 2025\n"
                              "D-20418;ООО «Северный ветер»;Россия;Мурманск;95;prospect;\n"
                              "D-20419;深圳明达电子有限公司;中国;深圳;1200;active;\n") ||
        !writeText(broken, "Kundennummer;Firma;Land;Mitarbeiter;Status\n"
                           "D-20417;Rheinstahl Verpackung GmbH;Deutschland;420;active\n"
                           "D-20418;ООО «Северный ветер»;Россия;ca. 100;prospect\n"
                           "D-20420;Galil Medical Ltd;Israel;60;sleeping\n"))
        return 0;

    int written = 0;
    const auto shot = [&](QWidget& widget, const QString& name) {
        settle();
        if (widget.grab().save(dir.filePath(name + QStringLiteral(".png"))))
            ++written;
    };
    std::unique_ptr<ImportDialog> dialog(window.interchange()->createImportDialog(ImportKind::Accounts));
    dialog->resize(820, 640);
    dialog->show();
    dialog->setFile(customers);
    shot(*dialog, QStringLiteral("import-mapping"));
    dialog->setFile(broken);
    dialog->check();
    shot(*dialog, QStringLiteral("import-problems"));
    dialog->close();
    return written;
}

} // namespace keystone::gui
