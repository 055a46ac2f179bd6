#include "gui/interchange/InterchangeActions.h"

#include "app/CalendarExport.h"
#include "app/ContactExchange.h"
#include "app/Export.h"
#include "app/TableExport.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/accounts/ExportListDialog.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/interchange/ImportCommand.h"
#include "gui/interchange/ImportDialog.h"
#include "gui/main/MainWindow.h"
#include "app/OutputFile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>

namespace keystone::gui {

namespace {

QString pathText(const std::filesystem::path& path)
{
    return QDir::toNativeSeparators(QString::fromStdU16String(path.u16string()));
}

std::filesystem::path toPath(const QString& text) { return std::filesystem::path(text.toStdU16String()); }

QString documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

QString tableName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return InterchangeActions::tr("accounts");
    case ImportKind::Contacts:
        return InterchangeActions::tr("contacts");
    case ImportKind::Interactions:
        return InterchangeActions::tr("interactions");
    case ImportKind::Sales:
        return InterchangeActions::tr("sales");
    }
    return {};
}

// The dossier and vCard importers count by record kind, keyed in English.
QString recordKindLabel(const std::string& kind)
{
    if (kind == "managers")
        return InterchangeActions::tr("Managers");
    if (kind == "competitors")
        return InterchangeActions::tr("Competitors");
    if (kind == "accounts")
        return InterchangeActions::tr("Accounts");
    if (kind == "dossiers")
        return InterchangeActions::tr("Dossiers");
    if (kind == "contacts")
        return InterchangeActions::tr("Contacts");
    if (kind == "interactions")
        return InterchangeActions::tr("Interactions");
    if (kind == "follow_ups")
        return InterchangeActions::tr("Follow-ups");
    if (kind == "tenders")
        return InterchangeActions::tr("Tenders");
    if (kind == "competitor_presence")
        return InterchangeActions::tr("Competitor presence");
    return toQString(kind);
}

QString reportText(const ImportReport& report)
{
    QStringList lines;
    for (const auto& c : report.counts) {
        if (c.created + c.updated + c.unchanged == 0)
            continue;
        lines << InterchangeActions::tr("%1: %2 new, %3 updated, %4 unchanged")
                     .arg(recordKindLabel(c.kind))
                     .arg(c.created)
                     .arg(c.updated)
                     .arg(c.unchanged);
    }
    if (lines.isEmpty())
        lines << InterchangeActions::tr("The file holds nothing to import.");
    return lines.join(QLatin1Char('\n'));
}

OpenOptions readOnly()
{
    OpenOptions o;
    o.readOnly = true;
    o.create = false;
    return o;
}

// Two halves of one bar: gathering, then writing.
ProgressCallback half(const ProgressCallback& progress, int which)
{
    return [progress, which](std::uint64_t done, std::uint64_t total) {
        const std::uint64_t part = total == 0 ? 500 : std::min<std::uint64_t>(done, total) * 500 / total;
        return progress(static_cast<std::uint64_t>(which) * 500 + part, 1000);
    };
}

} // namespace

InterchangeActions::InterchangeActions(MainWindow* window)
    : QObject(window), m_window(window), m_importMenu(new QMenu(tr("&Import"), window)),
      m_exportMenu(new QMenu(tr("E&xport"), window))
{
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    createActions();
    updateActions();
}

void InterchangeActions::createActions()
{
    const auto add = [this](QMenu* menu, const QString& text, const QString& tip, auto slot) {
        auto* action = menu->addAction(text);
        action->setStatusTip(tip);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };

    auto* accounts = add(m_importMenu, tr("&Accounts (CSV)…"), tr("Create and update accounts from a CSV file"),
                         [this] { importCsvInteractively(ImportKind::Accounts); });
    accounts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    auto* contacts = add(m_importMenu, tr("&Contacts (CSV)…"), tr("Add and update the accounts' people from a CSV file"),
                         [this] { importCsvInteractively(ImportKind::Contacts); });
    auto* interactions = add(m_importMenu, tr("&Interactions (CSV)…"), tr("Add calls, meetings and visits from a CSV file"),
                             [this] { importCsvInteractively(ImportKind::Interactions); });
    auto* sales = add(m_importMenu, tr("&Sales (CSV)…"), tr("Add sale lines from an ERP's CSV export"),
                      [this] { importCsvInteractively(ImportKind::Sales); });
    m_importMenu->addSeparator();
    auto* dossiers = add(m_importMenu, tr("&Dossiers (JSON)…"),
                         tr("Import whole dossiers exported from another Keystone database"), [this] {
                             importTextInteractively(tr("Import Dossiers"), tr("Keystone dossiers (*.json);;All files (*)"),
                                                     [this](const std::filesystem::path& f) { return importDossiers(f); });
                         });
    auto* cards = add(m_importMenu, tr("Contacts into This Account (&vCard)…"),
                      tr("Add or update the current account's contacts from an address book file"), [this] {
                          auto* tab = m_window->currentAccountTab();
                          if (!tab)
                              return;
                          const AccountId id = tab->accountId();
                          importTextInteractively(
                              tr("Import Contacts into %1").arg(tab->accountName()),
                              tr("vCard files (*.vcf *.vcard);;All files (*)"),
                              [this, id](const std::filesystem::path& f) { return importContactCards(id, f); });
                      });
    m_needDatabase << accounts << contacts << interactions << sales << dossiers;
    m_needAccount << cards;

    auto* accountsCsv = add(m_exportMenu, tr("&Accounts as CSV…"), tr("Write every account that is not archived"),
                            [this] { exportCsvInteractively(ImportKind::Accounts); });
    accountsCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    auto* contactsCsv = add(m_exportMenu, tr("&Contacts as CSV…"), tr("Write the contacts of every account"),
                            [this] { exportCsvInteractively(ImportKind::Contacts); });
    auto* interactionsCsv = add(m_exportMenu, tr("&Interactions as CSV…"),
                                tr("Write the interactions of every account, oldest first"),
                                [this] { exportCsvInteractively(ImportKind::Interactions); });
    auto* salesCsv = add(m_exportMenu, tr("&Sales as CSV…"), tr("Write every sale line"),
                         [this] { exportCsvInteractively(ImportKind::Sales); });
    m_exportMenu->addSeparator();
    auto* dossier = add(m_exportMenu, tr("&Dossier of This Account (JSON)…"),
                        tr("Write the current account's dossier, contacts and history for another database"), [this] {
                            auto* tab = m_window->currentAccountTab();
                            if (!tab)
                                return;
                            const AccountId id = tab->accountId();
                            exportTextInteractively(tr("Export Dossier"), tab->accountName() + QStringLiteral(".json"),
                                                    tr("Keystone dossiers (*.json)"),
                                                    [this, id](const std::filesystem::path& f) {
                                                        return exportDossier(id, f);
                                                    });
                        });
    auto* vcards = add(m_exportMenu, tr("Contacts as &vCard…"),
                       tr("Write every account's contacts as an address book file"), [this] {
                           exportTextInteractively(tr("Export Contacts as vCard"), tr("contacts.vcf"),
                                                   tr("vCard files (*.vcf)"),
                                                   [this](const std::filesystem::path& f) {
                                                       return exportContactCards(f);
                                                   });
                       });
    auto* calendar = add(m_exportMenu, tr("&Follow-ups as iCalendar…"),
                         tr("Write follow-ups and planned meetings for a calendar program"), [this] {
                             exportTextInteractively(tr("Export Follow-ups"), tr("follow-ups.ics"),
                                                     tr("iCalendar files (*.ics)"),
                                                     [this](const std::filesystem::path& f) {
                                                         return exportCalendar(f);
                                                     });
                         });
    m_needDatabase << accountsCsv << contactsCsv << interactionsCsv << salesCsv << vcards << calendar;
    m_needAccount << dossier;
}

void InterchangeActions::updateActions()
{
    const bool open = m_window->workspace() != nullptr;
    const bool onAccount = open && m_window->currentAccountTab() != nullptr;
    for (auto* a : m_needDatabase)
        a->setEnabled(open);
    for (auto* a : m_needAccount)
        a->setEnabled(onAccount);
    m_importMenu->setEnabled(open);
    m_exportMenu->setEnabled(open);
}

ImportDialog* InterchangeActions::createImportDialog(ImportKind kind)
{
    if (!m_window->workspace())
        return nullptr;
    auto* dialog = new ImportDialog(*m_window->workspace(), kind, m_window);
    dialog->setProgressObserver(m_observer);
    connect(dialog, &ImportDialog::imported, this,
            [this, dialog](const ImportSummary& summary) { imported(summary, dialog); });
    connect(dialog, &ImportDialog::undoRequested, this, [this, dialog](BatchId batch) {
        auto* stack = m_window->undoStack();
        const int top = stack->index() - 1;
        const auto* command = top >= 0 ? dynamic_cast<const ImportCommand*>(stack->command(top)) : nullptr;
        if (command && command->batch() == batch)
            stack->undo(); // through the stack, so Edit > Undo and the dialog agree
        else
            dialog->showUndone(tr("This import is no longer the last change; undo it with Edit > Undo."));
    });
    return dialog;
}

void InterchangeActions::imported(const ImportSummary& summary, ImportDialog* dialog)
{
    QPointer<ImportDialog> guard(dialog);
    m_window->undoStack()->push(new ImportCommand(
        *m_window->workspace(), summary,
        [this, guard](const UndoSummary& undone) {
            const QString text = undoneText(undone);
            m_window->statusBar()->showMessage(text, 6000);
            if (guard)
                guard->showUndone(text);
            m_window->reloadViews();
        },
        [this](const QString& message) { report(tr("Import Not Undone"), message, true); }));
    dialog->setUndoAvailable(true);
    m_window->reloadViews();
    m_lastMessage = tr("%1 imported").arg(QFileInfo(QString::fromStdU16String(summary.file.u16string())).fileName());
    m_window->statusBar()->showMessage(m_lastMessage, 6000);
}

void InterchangeActions::importCsvInteractively(ImportKind kind)
{
    std::unique_ptr<ImportDialog> dialog(createImportDialog(kind));
    if (!dialog)
        return;
    dialog->exec();
}

bool InterchangeActions::runTask(const QString& label, const BackgroundTask::Job& job, const QString& done)
{
    BackgroundTask task(m_window, label);
    task.setObserver(m_observer);
    const auto outcome = task.run(job);
    if (outcome.cancelled) {
        m_lastMessage = tr("Cancelled; nothing was written.");
        m_window->statusBar()->showMessage(m_lastMessage, 6000);
        return false;
    }
    if (outcome.error) {
        try {
            std::rethrow_exception(outcome.error);
        } catch (const std::exception& e) {
            report(label, errorText(e), true);
        }
        return false;
    }
    if (!done.isEmpty()) {
        m_lastMessage = done;
        m_window->statusBar()->showMessage(done, 6000);
    }
    return true;
}

void InterchangeActions::report(const QString& title, const QString& message, bool failure)
{
    m_lastMessage = message;
    if (!m_window->interactive()) {
        m_window->statusBar()->showMessage(message);
        return;
    }
    if (failure)
        QMessageBox::warning(m_window, title, message);
    else
        QMessageBox::information(m_window, title, message);
}

bool InterchangeActions::confirmImport(const QString& title, const ImportReport& dryRun)
{
    if (!m_window->interactive())
        return true;
    QMessageBox box(QMessageBox::Question, title, tr("The file is valid. Importing it will write:"),
                    QMessageBox::Cancel, m_window);
    box.setInformativeText(reportText(dryRun));
    auto* import = box.addButton(tr("&Import"), QMessageBox::AcceptRole);
    box.setDefaultButton(import);
    box.exec();
    return box.clickedButton() == import;
}

// ---------------------------------------------------------------- exports

bool InterchangeActions::exportCsv(ImportKind kind, const std::filesystem::path& file,
                                   const CsvExportOptions& options)
{
    auto* ws = m_window->workspace();
    if (!ws)
        return false;
    const std::filesystem::path database = ws->path();
    const Clock& clock = ws->clock();
    std::size_t rows = 0;
    const bool ok = runTask(
        tr("Writing %1…").arg(QFileInfo(pathText(file)).fileName()),
        [&](const ProgressCallback& progress) {
            Workspace own(database, clock, readOnly());
            const Table table = exportTable(own, kind, {}, {}, half(progress, 0));
            keystone::exportCsv(table, file, options, half(progress, 1));
            rows = table.rows.size();
        },
        {});
    if (ok) {
        m_lastMessage = tr("%Ln row(s) of %1 written to %2", nullptr, static_cast<int>(rows))
                            .arg(tableName(kind), pathText(file));
        m_window->statusBar()->showMessage(m_lastMessage, 6000);
    }
    return ok;
}

void InterchangeActions::exportCsvInteractively(ImportKind kind)
{
    if (!m_window->workspace())
        return;
    ExportListDialog dialog(0, m_window);
    switch (kind) {
    case ImportKind::Accounts:
        dialog.setWindowTitle(tr("Export Accounts"));
        dialog.setDescription(tr("Writes every account that is not archived, with the columns an import reads "
                                 "back."));
        break;
    case ImportKind::Contacts:
        dialog.setWindowTitle(tr("Export Contacts"));
        dialog.setDescription(tr("Writes the contacts of every account that is not archived."));
        break;
    case ImportKind::Interactions:
        dialog.setWindowTitle(tr("Export Interactions"));
        dialog.setDescription(tr("Writes the interactions of every account that is not archived, oldest first."));
        break;
    case ImportKind::Sales:
        dialog.setWindowTitle(tr("Export Sales"));
        dialog.setDescription(tr("Writes every sale line of the accounts that are not archived."));
        break;
    }
    dialog.setSuggestedFileName(tableName(kind) + QStringLiteral(".csv"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportCsv(kind, dialog.file(), dialog.options());
}

bool InterchangeActions::exportDossier(AccountId account, const std::filesystem::path& file)
{
    return writeTextInBackground(file, tr("Dossier written to %1").arg(pathText(file)), [account](Workspace& own) {
        return json::writeDossiers(gatherDossiers(own.store(), {account}));
    });
}

bool InterchangeActions::exportContactCards(const std::filesystem::path& file)
{
    return writeTextInBackground(file, tr("Contacts written to %1").arg(pathText(file)), [](Workspace& own) {
        std::vector<AccountId> ids;
        for (const auto& row : own.listAccounts({}))
            ids.push_back(row.account.id);
        return keystone::exportContactCards(own.store(), ids);
    });
}

bool InterchangeActions::exportCalendar(const std::filesystem::path& file)
{
    CalendarExport calendar;
    const bool ok = writeTextInBackground(file, {}, [&calendar](Workspace& own) {
        calendar = keystone::exportCalendar(own.store(), {});
        return calendar.text;
    });
    if (ok) {
        // Two counts, so two plural texts: "%Ln ... and %1 ...(s)" cannot agree in Russian.
        m_lastMessage = tr("%1 and %2 written to %3", "follow-ups and planned meetings")
                            .arg(tr("%Ln follow-up(s)", nullptr, static_cast<int>(calendar.todos)),
                                 tr("%Ln planned meeting(s)", nullptr, static_cast<int>(calendar.events)),
                                 pathText(file));
        m_window->statusBar()->showMessage(m_lastMessage, 6000);
    }
    return ok;
}

bool InterchangeActions::writeTextInBackground(const std::filesystem::path& file, const QString& done,
                                               const std::function<std::string(Workspace&)>& produce)
{
    auto* ws = m_window->workspace();
    if (!ws)
        return false;
    const std::filesystem::path database = ws->path();
    const Clock& clock = ws->clock();
    return runTask(
        tr("Writing %1…").arg(QFileInfo(pathText(file)).fileName()),
        [&](const ProgressCallback& progress) {
            Workspace own(database, clock, readOnly());
            const std::string text = produce(own);
            if (!progress(1, 2))
                throw Cancelled("the export was cancelled; no file was written");
            writeOutputFile(file, [&](std::ostream& out) { out << text; });
        },
        done);
}

void InterchangeActions::exportTextInteractively(const QString& title, const QString& name, const QString& filter,
                                                 const std::function<bool(const std::filesystem::path&)>& write)
{
    const QString chosen =
        QFileDialog::getSaveFileName(m_window, title, QDir(documentsFolder()).filePath(name), filter);
    if (!chosen.isEmpty())
        write(toPath(chosen));
}

// ---------------------------------------------------------------- dossier and vCard imports

bool InterchangeActions::importDossiers(const std::filesystem::path& file)
{
    auto* ws = m_window->workspace();
    if (!ws)
        return false;
    const std::filesystem::path database = ws->path();
    const Clock& clock = ws->clock();
    const QString name = QFileInfo(pathText(file)).fileName();
    ImportReport result;
    if (!runTask(tr("Checking %1…").arg(name),
                 [&](const ProgressCallback&) {
                     Workspace own(database, clock); // a dry run writes, then rolls back
                     result = importDossierFile(own.store(), file, true);
                 },
                 {}))
        return false;
    if (!confirmImport(tr("Import Dossiers"), result))
        return false;
    if (!runTask(tr("Importing %1…").arg(name),
                 [&](const ProgressCallback&) {
                     Workspace own(database, clock);
                     result = importDossierFile(own.store(), file, false);
                 },
                 {}))
        return false;
    m_window->reloadViews();
    m_lastMessage = tr("%1 imported. %2").arg(name, reportText(result).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    m_window->statusBar()->showMessage(m_lastMessage, 8000);
    return true;
}

bool InterchangeActions::importContactCards(AccountId account, const std::filesystem::path& file)
{
    auto* ws = m_window->workspace();
    if (!ws)
        return false;
    const std::filesystem::path database = ws->path();
    const Clock& clock = ws->clock();
    const QString name = QFileInfo(pathText(file)).fileName();
    ImportReport result;
    if (!runTask(tr("Checking %1…").arg(name),
                 [&](const ProgressCallback&) {
                     Workspace own(database, clock); // a dry run writes, then rolls back
                     result = keystone::importContactCards(own.store(), account, file, true);
                 },
                 {}))
        return false;
    if (!confirmImport(tr("Import Contacts"), result))
        return false;
    if (!runTask(tr("Importing %1…").arg(name),
                 [&](const ProgressCallback&) {
                     Workspace own(database, clock);
                     result = keystone::importContactCards(own.store(), account, file, false);
                 },
                 {}))
        return false;
    m_window->reloadViews();
    m_lastMessage = tr("%1 imported. %2").arg(name, reportText(result).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    m_window->statusBar()->showMessage(m_lastMessage, 8000);
    return true;
}

void InterchangeActions::importTextInteractively(const QString& title, const QString& filter,
                                                 const std::function<bool(const std::filesystem::path&)>& read)
{
    const QString chosen = QFileDialog::getOpenFileName(m_window, title, documentsFolder(), filter);
    if (!chosen.isEmpty())
        read(toPath(chosen));
}

} // namespace keystone::gui
