#include "gui/main/BackupActions.h"

#include "app/BackupRestore.h"
#include "app/Encryption.h"
#include "gui/common/ProblemText.h"
#include "gui/main/DatabaseSession.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace keystone::gui {

namespace {

std::filesystem::path toPath(const QString& path) { return std::filesystem::path(path.toStdU16String()); }

Passphrase secretOf(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    Passphrase secret(kMaxPassphraseBytes);
    for (const char c : bytes)
        if (!secret.push(static_cast<unsigned char>(c)))
            throw Error("the passphrase is longer than " + std::to_string(kMaxPassphraseBytes) + " bytes");
    return secret;
}

} // namespace

BackupActions::BackupActions(QWidget* window, DatabaseSession& session, QObject* parent)
    : QObject(parent), m_window(window), m_session(session)
{
    m_encrypted = new QAction(tr("Save an &Encrypted Backup…"), this);
    m_encrypted->setObjectName(QStringLiteral("encryptedBackupAction"));
    m_encrypted->setStatusTip(tr("Write a copy of the database that only the passphrase opens"));
    connect(m_encrypted, &QAction::triggered, this, &BackupActions::saveEncryptedBackup);
    m_restore = new QAction(tr("Res&tore from Backup…"), this);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_restore->setStatusTip(tr("Replace the database with a backup, keeping the replaced one beside it"));
    connect(m_restore, &QAction::triggered, this, &BackupActions::restore);
    setDatabaseOpen(false);
}

void BackupActions::setDatabaseOpen(bool open)
{
    m_encrypted->setEnabled(open);
    m_restore->setEnabled(open);
}

void BackupActions::tell(const QString& title, const QString& text)
{
    if (m_session.isInteractive())
        QMessageBox::warning(m_window, title, text);
    else
        emit message(text, 0);
}

QString BackupActions::askPassphrase(bool confirm)
{
    bool ok = false;
    const QString first = QInputDialog::getText(m_window, tr("Passphrase"),
                                                tr("Passphrase (there is no way back without it):"),
                                                QLineEdit::Password, QString(), &ok);
    if (!ok || first.isEmpty())
        return {};
    if (confirm) {
        const QString again = QInputDialog::getText(m_window, tr("Passphrase"), tr("The same passphrase again:"),
                                                    QLineEdit::Password, QString(), &ok);
        if (!ok)
            return {};
        if (again != first) {
            tell(tr("Backup Not Saved"), tr("The two passphrases differ; nothing was written."));
            return {};
        }
    }
    return first;
}

void BackupActions::saveEncryptedBackup()
{
    Workspace* ws = m_session.workspace();
    if (!ws)
        return;
    const QFileInfo current(QString::fromStdString(ws->path().string()));
    const QString suggested = current.dir().filePath(
        tr("%1-backup-%2.kbk").arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save an Encrypted Backup"), suggested,
                                                      tr("Encrypted Keystone backups (*.kbk);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString passphrase = askPassphrase(true);
    if (!passphrase.isEmpty())
        saveEncryptedBackupTo(path, passphrase);
}

bool BackupActions::saveEncryptedBackupTo(const QString& path, const QString& passphrase)
{
    Workspace* ws = m_session.workspace();
    if (!ws)
        return false;
    QString problem;
    if (passphrase.isEmpty()) {
        problem = tr("An encrypted backup needs a passphrase.");
    } else if (QFileInfo(path).absoluteFilePath() ==
               QFileInfo(QString::fromStdString(ws->path().string())).absoluteFilePath()) {
        problem = tr("A backup must go to another file than the database.");
    } else {
        try {
            writeEncryptedBackup(*ws, toPath(path), secretOf(passphrase));
            emit message(tr("Encrypted backup saved to %1").arg(QDir::toNativeSeparators(path)), 6000);
            return true;
        } catch (const std::exception& e) {
            problem = tr("The encrypted backup could not be written to %1: %2")
                          .arg(QDir::toNativeSeparators(path), errorText(e));
        }
    }
    tell(tr("Backup Not Saved"), problem);
    return false;
}

void BackupActions::restore()
{
    Workspace* ws = m_session.workspace();
    if (!ws)
        return;
    const QString database = QString::fromStdString(ws->path().string());
    const QString backup = QFileDialog::getOpenFileName(
        m_window, tr("Restore from Backup"), QFileInfo(database).absolutePath(),
        tr("Keystone backups (*.db *.kbk *.bak);;All files (*)"));
    if (backup.isEmpty())
        return;
    if (QMessageBox::question(m_window, tr("Restore from Backup"),
                              tr("Replace %1 with the backup %2?\n\nThe database as it is now is kept beside it as "
                                 "%3.before-restore-…, and the undo history is cleared.")
                                  .arg(QDir::toNativeSeparators(database), QDir::toNativeSeparators(backup),
                                       QFileInfo(database).fileName()),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString passphrase;
    if (isEncryptedFile(toPath(backup))) {
        passphrase = askPassphrase(false);
        if (passphrase.isEmpty())
            return;
    }
    restoreFrom(backup, passphrase);
}

bool BackupActions::restoreFrom(const QString& backup, const QString& passphrase)
{
    Workspace* ws = m_session.workspace();
    if (!ws)
        return false;
    const QString database = QString::fromStdString(ws->path().string());
    // The restore replaces the file under the open connection: this window lets go of it first.
    if (!m_session.close())
        return false;
    QString problem;
    try {
        const auto result = passphrase.isEmpty()
                                ? restoreBackup(toPath(database), toPath(backup))
                                : restoreEncryptedBackup(toPath(database), toPath(backup), secretOf(passphrase));
        m_session.open(database);
        const QString kept = QString::fromStdString(result.kept.string());
        emit message(kept.isEmpty() ? tr("Restored %1 from %2").arg(QDir::toNativeSeparators(database),
                                                                      QDir::toNativeSeparators(backup))
                                    : tr("Restored %1 from %2; the replaced database is kept as %3")
                                          .arg(QDir::toNativeSeparators(database), QDir::toNativeSeparators(backup),
                                               QDir::toNativeSeparators(kept)),
                     0);
        return true;
    } catch (const std::exception& e) {
        problem = tr("%1 was not restored from %2: %3")
                      .arg(QDir::toNativeSeparators(database), QDir::toNativeSeparators(backup), errorText(e));
    }
    m_session.open(database); // nothing was written: the database as it was
    tell(tr("Not Restored"), problem);
    return false;
}

} // namespace keystone::gui
