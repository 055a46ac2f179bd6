// File > Save an Encrypted Backup… and File > Restore from Backup…: the app's face of
// app/Encryption and app/BackupRestore, beside Save a Backup (DatabaseSession). A restore closes
// the open database (asking about unsaved input first, as closing does), puts the backup in
// place, keeping the replaced file as FILE.before-restore-TIME, and opens the result; when the
// backup is refused, the database that was open is opened again, untouched (docs/safety.md).
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QWidget;

namespace keystone::gui {

class DatabaseSession;

class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(QWidget* window, DatabaseSession& session, QObject* parent);

    QAction* encryptedBackupAction() const { return m_encrypted; }
    QAction* restoreAction() const { return m_restore; }
    // Enabled while a database is open.
    void setDatabaseOpen(bool open);
    // Tests and the window use these without the file and passphrase questions; an empty
    // passphrase restores a plain backup. Each says what happened, and false when it failed.
    bool saveEncryptedBackupTo(const QString& path, const QString& passphrase);
    bool restoreFrom(const QString& backup, const QString& passphrase);

signals:
    void message(const QString& text, int timeout);

private:
    void saveEncryptedBackup();
    void restore();
    // Asks for a passphrase (twice when `confirm`); empty when cancelled.
    QString askPassphrase(bool confirm);
    void tell(const QString& title, const QString& text);

    QWidget* m_window;
    DatabaseSession& m_session;
    QAction* m_encrypted;
    QAction* m_restore;
};

} // namespace keystone::gui
