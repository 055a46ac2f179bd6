#include "gui/main/DatabaseSession.h"

#include "app/DemoGenerator.h"
#include "gui/accounts/AccountsView.h"
#include "gui/contacts/ContactsView.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/main/MainTabs.h"
#include "gui/main/RecentDatabases.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoStack>

namespace keystone::gui {

DatabaseSession::DatabaseSession(QWidget* window, const Clock& clock, MainTabs& tabs, QUndoStack* undo,
                                 Pages pages)
    : QObject(window), m_window(window), m_clock(clock), m_tabs(tabs), m_undo(undo), m_pages(pages)
{
    m_pages.pages->setCurrentWidget(m_pages.noDatabasePage);
}

DatabaseSession::~DatabaseSession() = default;

bool DatabaseSession::open(const QString& path)
{
    if (!close())
        return false;
    setNoDatabaseText(tr("Create a new database or open an existing one."));
    OpenFailure failure;
    m_workspace = openWorkspace(std::filesystem::path(path.toStdU16String()), m_clock, failure);
    if (!m_workspace) {
        m_lastFailure = failure;
        showFailure(failure);
        emit changed();
        return false;
    }
    bool startOnDashboard = false;
    try {
        m_tabs.setWorkspace(m_workspace.get());
        // The dashboard is the start screen; a new, empty database starts where the
        // accounts list offers the demo company instead.
        startOnDashboard = m_workspace->hasMoreAccountsThan(0, false);
    } catch (const std::exception& e) {
        // Opened, but unreadable where it matters (a damaged page, say).
        m_tabs.setWorkspace(nullptr);
        m_workspace.reset();
        m_lastFailure = describeOpenFailure(OpenError::Reason::Corrupt, path, QString::fromUtf8(e.what()));
        showFailure(*m_lastFailure);
        emit changed();
        return false;
    }
    m_lastFailure.reset();
    RecentDatabases::add(path);
    // The start tab first, so that only it is shown (and read) when the tabs appear.
    m_tabs.widget()->setCurrentWidget(startOnDashboard ? static_cast<QWidget*>(m_tabs.dashboard())
                                                       : m_tabs.accounts());
    m_pages.pages->setCurrentWidget(m_tabs.widget());
    emit changed();
    return true;
}

bool DatabaseSession::openRecent(const QString& path)
{
    if (QFileInfo::exists(path))
        return open(path);
    RecentDatabases::remove(path);
    tell(tr("Database Not Found"), tr("%1 no longer exists; it has been removed from the recent databases.")
                                       .arg(QDir::toNativeSeparators(path)));
    return false;
}

bool DatabaseSession::close()
{
    if (!m_workspace)
        return true;
    if (!m_tabs.closeAccounts())
        return false;
    // Commands refer to the workspace; they go before it.
    m_undo->clear();
    m_tabs.setWorkspace(nullptr);
    m_workspace.reset();
    emit closed();
    m_pages.pages->setCurrentWidget(m_pages.noDatabasePage);
    return true;
}

void DatabaseSession::setNoDatabaseText(const QString& text)
{
    // The layout keeps the height of the label's first text; a longer one needs
    // the room its narrowest width takes.
    QLabel* label = m_pages.text;
    label->setText(text);
    label->setMinimumHeight(label->heightForWidth(label->minimumWidth()));
}

void DatabaseSession::showFailure(const OpenFailure& failure)
{
    // The page behind the dialog keeps saying it, for after the dialog is gone.
    setNoDatabaseText(tr("%1 %2").arg(failure.what, failure.todo));
    if (!m_interactive)
        return;
    QMessageBox box(QMessageBox::Critical, failure.title, failure.what, QMessageBox::Ok, m_window);
    box.setInformativeText(failure.todo);
    box.setDetailedText(failure.details);
    box.exec();
}

void DatabaseSession::tell(const QString& title, const QString& text)
{
    if (m_interactive)
        QMessageBox::information(m_window, title, text);
    else
        emit message(text, 0);
}

bool DatabaseSession::fillWithDemoData()
{
    if (!m_workspace ||
        m_workspace->store().counts().accounts + m_workspace->store().counts().archivedAccounts > 0)
        return false;
    DemoOptions options;
    QProgressDialog progress(tr("Writing demo accounts…"), QString(), 0, options.accounts, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    try {
        DemoGenerator generator(m_workspace->store(), options);
        generator.run([&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
        });
    } catch (const std::exception& e) {
        if (m_interactive)
            QMessageBox::warning(m_window, tr("Demo Data Not Written"), QString::fromUtf8(e.what()));
        return false;
    }
    m_tabs.accounts()->reload();
    // New managers for the choosers, new data for every screen.
    m_tabs.followUps()->setWorkspace(m_workspace.get());
    m_tabs.dashboard()->setWorkspace(m_workspace.get());
    m_tabs.contacts()->setWorkspace(m_workspace.get());
    emit changed();
    return true;
}

QString DatabaseSession::folder() const
{
    return m_workspace ? QString::fromStdString(m_workspace->path().parent_path().string())
                       : QDir::homePath();
}

void DatabaseSession::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("New Database"), QDir(folder()).filePath(tr("keystone.db")),
        tr("Keystone databases (*.db);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::information(m_window, tr("File Exists"),
                                 tr("%1 already exists. Keystone never overwrites a database: choose another "
                                    "name, or open this one with File > Open.")
                                     .arg(QDir::toNativeSeparators(path)));
        return;
    }
    open(path);
}

void DatabaseSession::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Database"), folder(),
                                                      tr("Keystone databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void DatabaseSession::saveBackup()
{
    if (!m_workspace)
        return;
    const QFileInfo current(QString::fromStdString(m_workspace->path().string()));
    const QString suggested = current.dir().filePath(
        tr("%1-backup-%2.db").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save a Backup"), suggested,
                                                      tr("Keystone databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        saveBackupTo(path);
}

bool DatabaseSession::saveBackupTo(const QString& path)
{
    if (!m_workspace)
        return false;
    const QFileInfo current(QString::fromStdString(m_workspace->path().string()));
    QString problem;
    if (QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        problem = tr("A backup must go to another file than the database.");
    } else {
        try {
            m_workspace->backup(std::filesystem::path(path.toStdU16String()));
            emit message(tr("Backup saved to %1").arg(QDir::toNativeSeparators(path)), 6000);
            return true;
        } catch (const std::exception& e) {
            problem = tr("The backup could not be written to %1: %2")
                          .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what()));
        }
    }
    if (m_interactive)
        QMessageBox::warning(m_window, tr("Backup Not Saved"), problem);
    else
        emit message(problem, 0);
    return false;
}

} // namespace keystone::gui
