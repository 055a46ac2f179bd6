// File > Import and File > Export: CSV imports through ImportDialog, dossiers as
// JSON, contacts as vCard, follow-ups as iCalendar, and the four tables as CSV.
// Every import and export runs on a worker thread with its own connection, with
// progress and Cancel (BackgroundTask); written CSV imports go on the window's
// undo stack. The functions that take a file are the non-interactive cores the
// menu actions call after asking for the file (and tests call directly).
#pragma once

#include "app/DossierExport.h"
#include "app/DossierImport.h"
#include "app/Import.h"
#include "gui/interchange/BackgroundTask.h"
#include "app/CsvExportOptions.h"

#include <QObject>
#include <QString>
#include <filesystem>

class QAction;
class QMenu;

namespace keystone::gui {

class ImportDialog;
class MainWindow;

class InterchangeActions : public QObject
{
    Q_OBJECT
public:
    explicit InterchangeActions(MainWindow* window);

    QMenu* importMenu() const { return m_importMenu; }
    QMenu* exportMenu() const { return m_exportMenu; }
    // Enables what the window's state allows (a database open, an account's tab current).
    void updateActions();

    // A CSV import dialog wired to the window: imports are pushed on the undo stack
    // and the views reload. The caller owns it (exec() or test it).
    ImportDialog* createImportDialog(ImportKind kind);

    // Each returns false (and says why in lastMessage(), and in a box when
    // interactive) when nothing was written.
    bool exportCsv(ImportKind kind, const std::filesystem::path& file, const CsvExportOptions& options);
    bool exportDossier(AccountId account, const std::filesystem::path& file);
    bool exportContactCards(const std::filesystem::path& file);
    bool exportCalendar(const std::filesystem::path& file);
    bool importDossiers(const std::filesystem::path& file);
    bool importContactCards(AccountId account, const std::filesystem::path& file);

    QString lastMessage() const { return m_lastMessage; }
    // The worker thread's progress reports, for tests: false cancels as the Cancel button does.
    void setProgressObserver(BackgroundTask::Observer observer) { m_observer = std::move(observer); }

private:
    void createActions();
    void importCsvInteractively(ImportKind kind);
    void exportCsvInteractively(ImportKind kind);
    void exportTextInteractively(const QString& title, const QString& name, const QString& filter,
                                 const std::function<bool(const std::filesystem::path&)>& write);
    void importTextInteractively(const QString& title, const QString& filter,
                                 const std::function<bool(const std::filesystem::path&)>& read);
    // Runs `job` with progress; reports the outcome. `done` is the status-bar text of a success.
    bool runTask(const QString& label, const BackgroundTask::Job& job, const QString& done);
    // Writes `file` from the text `produce` makes over a read-only connection of the task's own,
    // in the background; a Cancel before the write leaves no file.
    bool writeTextInBackground(const std::filesystem::path& file, const QString& done,
                               const std::function<std::string(Workspace&)>& produce);
    // Asks (when interactive) whether the dry run's counts should be written.
    bool confirmImport(const QString& title, const ImportReport& report);
    void report(const QString& title, const QString& message, bool failure);
    void imported(const ImportSummary& summary, ImportDialog* dialog);

    MainWindow* m_window;
    QMenu* m_importMenu;
    QMenu* m_exportMenu;
    QList<QAction*> m_needDatabase;
    QList<QAction*> m_needAccount;
    QString m_lastMessage;
    BackgroundTask::Observer m_observer;
};

} // namespace keystone::gui
