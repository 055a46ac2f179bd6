#include "gui/main/DatabaseOpener.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>
#include <iterator>

namespace keystone::gui {

namespace {

// One page per reason: the dialog's title, what happened (%1 is the file) and what to do.
// The texts are translated when shown, in the DatabaseOpener context.
struct FailurePage
{
    OpenError::Reason reason;
    const char* title;
    const char* what;
    const char* todo;
};

using R = OpenError::Reason;

constexpr FailurePage kPages[] = {
    {R::Locked, QT_TRANSLATE_NOOP("DatabaseOpener", "Database In Use"),
     QT_TRANSLATE_NOOP("DatabaseOpener", "%1 is in use by another Keystone window or another program."),
     QT_TRANSLATE_NOOP(
         "DatabaseOpener",
         "Close the other Keystone and open the file again. Keystone lets one program write to a "
         "database at a time, so that no change is lost.")},
    {R::ReadOnly, QT_TRANSLATE_NOOP("DatabaseOpener", "Database Is Read-Only"),
     QT_TRANSLATE_NOOP("DatabaseOpener", "%1 cannot be written to."),
     QT_TRANSLATE_NOOP(
         "DatabaseOpener",
         "Keystone needs to write to its database. Make the file and its folder writable, or copy "
         "the file somewhere you can write and open the copy.")},
    {R::TooNew, QT_TRANSLATE_NOOP("DatabaseOpener", "Database From a Newer Keystone"),
     QT_TRANSLATE_NOOP("DatabaseOpener", "%1 was written by a newer version of Keystone."),
     QT_TRANSLATE_NOOP("DatabaseOpener",
                       "Update Keystone to open it. This version has not changed the file.")},
    {R::Corrupt, QT_TRANSLATE_NOOP("DatabaseOpener", "Database Is Damaged"),
     QT_TRANSLATE_NOOP("DatabaseOpener", "%1 is damaged and cannot be read safely."),
     QT_TRANSLATE_NOOP(
         "DatabaseOpener",
         "Restore it from a backup: File > Save a Backup copies, or the .bak file Keystone writes "
         "beside the database before each upgrade. Keystone has not changed the damaged file.")},
    {R::NotADatabase, QT_TRANSLATE_NOOP("DatabaseOpener", "Not a Keystone Database"),
     QT_TRANSLATE_NOOP("DatabaseOpener", "%1 is not a Keystone database."),
     QT_TRANSLATE_NOOP("DatabaseOpener",
                       "Choose another file with File > Open, or create a new database with File > New.")},
    {R::Full, QT_TRANSLATE_NOOP("DatabaseOpener", "Disk Full"),
     QT_TRANSLATE_NOOP("DatabaseOpener", "The disk holding %1 is full."),
     QT_TRANSLATE_NOOP("DatabaseOpener", "Free some space on the disk, then open the database again.")},
};

// CannotOpen, Other, and any reason without a page of its own.
constexpr FailurePage kCannotOpen = {
    R::CannotOpen, QT_TRANSLATE_NOOP("DatabaseOpener", "Cannot Open Database"),
    QT_TRANSLATE_NOOP("DatabaseOpener", "Keystone could not open %1."),
    QT_TRANSLATE_NOOP(
        "DatabaseOpener",
        "Check that the folder exists and that you may write to it, or choose another file with "
        "File > Open.")};

QString translated(const char* text)
{
    return QCoreApplication::translate("DatabaseOpener", text);
}

} // namespace

OpenFailure describeOpenFailure(OpenError::Reason reason, const QString& file, const QString& details)
{
    const auto* page = std::find_if(std::begin(kPages), std::end(kPages),
                                    [reason](const FailurePage& p) { return p.reason == reason; });
    const FailurePage& chosen = page == std::end(kPages) ? kCannotOpen : *page;
    OpenFailure f;
    f.reason = reason;
    f.details = details;
    f.title = translated(chosen.title);
    f.what = translated(chosen.what).arg(QDir::toNativeSeparators(file));
    f.todo = translated(chosen.todo);
    return f;
}

std::unique_ptr<Workspace> openWorkspace(const std::filesystem::path& path, const Clock& clock,
                                         OpenFailure& failure, const OpenOptions& options)
{
    const QString file = QString::fromStdString(path.string());
    try {
        return std::make_unique<Workspace>(path, clock, options);
    } catch (const OpenError& e) {
        failure = describeOpenFailure(e.reason(), file, QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        failure = describeOpenFailure(OpenError::Reason::Other, file, QString::fromUtf8(e.what()));
    }
    return nullptr;
}

} // namespace keystone::gui
