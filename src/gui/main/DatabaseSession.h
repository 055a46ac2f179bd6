// Opening and closing the window's database: File > New, Open, Open Recent and Save a
// Backup, the demo company for an empty database, and the page that says why nothing
// is open (with a dialog that says what to do, gui/main/DatabaseOpener).
#pragma once

#include "app/Workspace.h"
#include "gui/main/DatabaseOpener.h"

#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QUndoStack;
class QWidget;

namespace keystone::gui {

class MainTabs;

class DatabaseSession : public QObject
{
    Q_OBJECT
public:
    // Where the window shows that nothing is open: `pages` shows `noDatabasePage`, whose
    // `text` says why, else the tabs. All of them, the clock and the undo stack must
    // outlive the session.
    struct Pages
    {
        QStackedWidget* pages;
        QWidget* noDatabasePage;
        QLabel* text;
    };
    DatabaseSession(QWidget* window, const Clock& clock, MainTabs& tabs, QUndoStack* undo, Pages pages);
    ~DatabaseSession() override;

    Workspace* workspace() const { return m_workspace.get(); }
    const std::optional<OpenFailure>& lastFailure() const { return m_lastFailure; }
    // Off: failures and questions never open a modal dialog (tests, screenshots).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    bool isInteractive() const { return m_interactive; }

    // Opens (creating when missing) the database at `path`, closing the current one first.
    bool open(const QString& path);
    // One that has been moved or deleted is dropped from the list, never created anew.
    bool openRecent(const QString& path);
    // Closes the accounts (asking about unsaved changes) and the database; false when kept.
    bool close();
    // Writes a consistent copy of the open database to `path`, never over the database itself.
    bool saveBackupTo(const QString& path);
    // Fills an empty database with the demo company; false when it is not empty.
    bool fillWithDemoData();

    // The dialogs of File > New, Open and Save a Backup.
    void newDatabase();
    void openDialog();
    void saveBackup();

signals:
    // Opened, closed, or failed to open: the window's title, status and actions follow.
    void changed();
    // The database was closed: what the window shows of it goes.
    void closed();
    void message(const QString& text, int timeout);

private:
    void showFailure(const OpenFailure& failure);
    void setNoDatabaseText(const QString& text);
    void tell(const QString& title, const QString& text); // a box when interactive, else the status bar
    QString folder() const;                               // where the file dialogs start

    QWidget* m_window;
    const Clock& m_clock;
    MainTabs& m_tabs;
    QUndoStack* m_undo;
    Pages m_pages;
    std::unique_ptr<Workspace> m_workspace;
    std::optional<OpenFailure> m_lastFailure;
    bool m_interactive = true;
};

} // namespace keystone::gui
