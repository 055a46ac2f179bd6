#include "gui/main/DatabaseOpener.h"

#include <QCoreApplication>
#include <QDir>

namespace keystone::gui {

OpenFailure describeOpenFailure(DatabaseError::Reason reason, const QString& file, const QString& details)
{
    using R = DatabaseError::Reason;
    OpenFailure f;
    f.reason = reason;
    f.details = details;
    const QString name = QDir::toNativeSeparators(file);
    switch (reason) {
    case R::Locked:
        f.title = QCoreApplication::translate("DatabaseOpener", "Database In Use");
        f.what = QCoreApplication::translate("DatabaseOpener",
                                             "%1 is in use by another Keystone window or another program.")
                     .arg(name);
        f.todo = QCoreApplication::translate(
            "DatabaseOpener",
            "Close the other Keystone and open the file again. Keystone lets one program write to a "
            "database at a time, so that no change is lost.");
        break;
    case R::ReadOnly:
        f.title = QCoreApplication::translate("DatabaseOpener", "Database Is Read-Only");
        f.what = QCoreApplication::translate("DatabaseOpener", "%1 cannot be written to.").arg(name);
        f.todo = QCoreApplication::translate(
            "DatabaseOpener",
            "Keystone needs to write to its database. Make the file and its folder writable, or copy "
            "the file somewhere you can write and open the copy.");
        break;
    case R::TooNew:
        f.title = QCoreApplication::translate("DatabaseOpener", "Database From a Newer Keystone");
        f.what =
            QCoreApplication::translate("DatabaseOpener", "%1 was written by a newer version of Keystone.")
                .arg(name);
        f.todo = QCoreApplication::translate(
            "DatabaseOpener", "Update Keystone to open it. This version has not changed the file.");
        break;
    case R::Corrupt:
        f.title = QCoreApplication::translate("DatabaseOpener", "Database Is Damaged");
        f.what = QCoreApplication::translate("DatabaseOpener", "%1 is damaged and cannot be read safely.")
                     .arg(name);
        f.todo = QCoreApplication::translate(
            "DatabaseOpener",
            "Restore it from a backup: File > Save a Backup copies, or the .bak file Keystone writes beside "
            "the database before each upgrade. Keystone has not changed the damaged file.");
        break;
    case R::NotADatabase:
        f.title = QCoreApplication::translate("DatabaseOpener", "Not a Keystone Database");
        f.what = QCoreApplication::translate("DatabaseOpener", "%1 is not a Keystone database.").arg(name);
        f.todo = QCoreApplication::translate(
            "DatabaseOpener",
            "Choose another file with File > Open, or create a new database with File > New.");
        break;
    case R::Full:
        f.title = QCoreApplication::translate("DatabaseOpener", "Disk Full");
        f.what = QCoreApplication::translate("DatabaseOpener", "The disk holding %1 is full.").arg(name);
        f.todo = QCoreApplication::translate("DatabaseOpener",
                                             "Free some space on the disk, then open the database again.");
        break;
    case R::CannotOpen:
    case R::Other:
        f.title = QCoreApplication::translate("DatabaseOpener", "Cannot Open Database");
        f.what = QCoreApplication::translate("DatabaseOpener", "Keystone could not open %1.").arg(name);
        f.todo = QCoreApplication::translate(
            "DatabaseOpener",
            "Check that the folder exists and that you may write to it, or choose another file with "
            "File > Open.");
        break;
    }
    return f;
}

std::unique_ptr<Workspace> openWorkspace(const std::filesystem::path& path, const Clock& clock,
                                         OpenFailure& failure, const OpenOptions& options)
{
    const QString file = QString::fromStdString(path.string());
    try {
        return std::make_unique<Workspace>(path, clock, options);
    } catch (const DatabaseError& e) {
        failure = describeOpenFailure(e.reason(), file, QString::fromUtf8(e.what()));
    } catch (const std::filesystem::filesystem_error& e) {
        failure = describeOpenFailure(DatabaseError::Reason::CannotOpen, file, QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        failure = describeOpenFailure(DatabaseError::Reason::Other, file, QString::fromUtf8(e.what()));
    }
    return nullptr;
}

} // namespace keystone::gui
