// File > Save an Encrypted Backup… and File > Restore from Backup… through the main window
// over a demo database: the backup is encrypted and private, a restore brings the backup's
// state back and keeps the replaced database, and a refused restore leaves the database open
// and as it was.
#include "GuiFixture.h"
#include "app/Encryption.h"
#include "gui/main/BackupActions.h"
#include "gui/main/MainWindow.h"

#include <QAction>
#include <QMenuBar>
#include <QSignalSpy>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using namespace keystone;
using namespace keystone::gui;

namespace {

std::size_t accountCount(Workspace& ws) { return ws.listAccounts(AccountQuery{}).size(); }

void addAccount(Workspace& ws, const std::string& name)
{
    Account a;
    a.name = name;
    ws.store().accounts().create(a);
}

std::vector<std::filesystem::path> keptBeside(const std::filesystem::path& database)
{
    std::vector<std::filesystem::path> kept;
    for (const auto& e : std::filesystem::directory_iterator(database.parent_path()))
        if (e.path().filename().string().find(".before-restore-") != std::string::npos)
            kept.push_back(e.path());
    return kept;
}

} // namespace

TEST_CASE("the File menu offers the encrypted backup and the restore while a database is open", "[backup]")
{
    test::DemoWindow w;
    BackupActions* backups = w.window.backupActions();
    REQUIRE(backups);
    QStringList file;
    for (QAction* menu : w.window.menuBar()->actions())
        if (menu->menu() && menu->objectName().isEmpty() && file.isEmpty())
            for (QAction* a : menu->menu()->actions())
                file << a->objectName();
    CHECK(file.contains(QStringLiteral("encryptedBackupAction")));
    CHECK(file.contains(QStringLiteral("restoreAction")));
    CHECK(backups->encryptedBackupAction()->isEnabled());
    CHECK(backups->restoreAction()->isEnabled());
}

TEST_CASE("an encrypted backup restores the database as it was, keeping the replaced one", "[backup]")
{
    test::DemoWindow w;
    BackupActions* backups = w.window.backupActions();
    const auto database = w.db.path();
    const auto backup = database.parent_path() / "k.kbk";
    const std::size_t before = accountCount(w.ws());
    REQUIRE(backups->saveEncryptedBackupTo(QString::fromStdString(backup.string()), QStringLiteral("fjord ratchet")));
    REQUIRE(isEncryptedFile(backup));
    struct stat st{};
    REQUIRE(::stat(backup.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    {
        std::ifstream in(backup, std::ios::binary);
        std::ostringstream read;
        read << in.rdbuf();
        const std::string bytes = read.str();
        const auto first = w.ws().listAccounts(AccountQuery{}).front().account.name;
        CHECK(bytes.find(first) == std::string::npos); // no plain text of the book in it
    }

    addAccount(w.ws(), "Written after the backup");
    REQUIRE(accountCount(w.ws()) == before + 1);

    SECTION("the right passphrase brings the backup's state back")
    {
        QSignalSpy said(backups, &BackupActions::message);
        REQUIRE(backups->restoreFrom(QString::fromStdString(backup.string()), QStringLiteral("fjord ratchet")));
        REQUIRE(w.window.workspace());
        CHECK(accountCount(w.ws()) == before);
        CHECK(w.ws().path() == database);
        const auto kept = keptBeside(database);
        REQUIRE(kept.size() == 1);
        Workspace replaced(kept.front(), test::fixedClock());
        CHECK(accountCount(replaced) == before + 1);
        REQUIRE_FALSE(said.isEmpty());
        CHECK(said.last().at(0).toString().contains(QStringLiteral("before-restore")));
    }
    SECTION("a wrong passphrase restores nothing and the database stays open as it was")
    {
        QSignalSpy said(backups, &BackupActions::message);
        CHECK_FALSE(backups->restoreFrom(QString::fromStdString(backup.string()), QStringLiteral("fjord ratchat")));
        REQUIRE(w.window.workspace());
        CHECK(accountCount(w.ws()) == before + 1);
        CHECK(keptBeside(database).empty());
        REQUIRE_FALSE(said.isEmpty());
        CHECK(said.last().at(0).toString().contains(QStringLiteral("wrong passphrase")));
    }
}

TEST_CASE("a plain backup restores too, and a backup onto the database itself is refused", "[backup]")
{
    test::DemoWindow w;
    BackupActions* backups = w.window.backupActions();
    const auto database = w.db.path();
    const auto backup = database.parent_path() / "plain.db";
    const std::size_t before = accountCount(w.ws());
    REQUIRE(w.window.saveBackupTo(QString::fromStdString(backup.string())));
    addAccount(w.ws(), "Written after the backup");
    REQUIRE(backups->restoreFrom(QString::fromStdString(backup.string()), QString()));
    CHECK(accountCount(w.ws()) == before);

    CHECK_FALSE(backups->saveEncryptedBackupTo(QString::fromStdString(database.string()), QStringLiteral("x")));
    CHECK_FALSE(backups->saveEncryptedBackupTo(QString::fromStdString((database.parent_path() / "e.kbk").string()),
                                               QString()));
    CHECK_FALSE(std::filesystem::exists(database.parent_path() / "e.kbk"));
}
