// New Account (Ctrl+N) over the demo database and an empty one, through the main
// window: the editor in its "new account" mode, the reference in use refused under
// its field, the question about a name already in use, and undo and redo.
#include "GuiFixture.h"
#include "gui/account/AccountEditor.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/accounts/AccountsView.h"
#include "gui/accounts/NewAccountActions.h"
#include "gui/main/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

const QString kName = QStringLiteral("Nordstahl Rohrwerk GmbH");

QAction* menuAction(MainWindow& window, const QString& menuTitle, const QString& objectName)
{
    for (QAction* menu : window.menuBar()->actions())
        if (menu->text() == menuTitle && menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->objectName() == objectName)
                    return a;
    return nullptr;
}

AccountEditor* openEditor(MainWindow& window)
{
    return window.findChild<AccountEditor*>(QStringLiteral("newAccountEditor"));
}

// Types into the editor's fields and presses Create.
void fillAndCreate(AccountEditor* editor, const QString& name, const QString& ref)
{
    editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(name);
    editor->findChild<QLineEdit*>(QStringLiteral("refEdit"))->setText(ref);
    auto* buttons = editor->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

// Clicks `button` in the next message box, as a user would, once it is showing.
void answerNextMessageBox(QMessageBox::StandardButton button, QString* text)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, text] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            *text = box->text();
            box->button(button)->click();
        }
    });
    timer->start();
}

struct Window : test::DemoWindow
{
    std::size_t count() { return ws().listAccounts(AccountQuery{}).size(); }
};

} // namespace

TEST_CASE("New Account in the Accounts menu creates the account and opens its tab", "[accounts][new]")
{
    Window w;
    QAction* action = menuAction(w.window, QStringLiteral("&Accounts"), QStringLiteral("newAccountAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::New));
    CHECK(action->isEnabled());
    REQUIRE_FALSE(w.ws().sameNameAs(kName.toStdString()));
    const std::size_t before = w.count();

    action->trigger();
    AccountEditor* editor = openEditor(w.window);
    REQUIRE(editor);
    CHECK(editor->isNewAccount());
    CHECK(editor->windowTitle() == QStringLiteral("New Account[*]"));
    fillAndCreate(editor, kName, QStringLiteral("NEW-001"));
    CHECK_FALSE(editor->isVisible()); // closed; deleted later

    const auto created = w.ws().sameNameAs(kName.toStdString());
    REQUIRE(created);
    CHECK(created->ref == "NEW-001");
    CHECK(w.count() == before + 1);
    REQUIRE(w.window.currentAccountTab() != nullptr);
    CHECK(w.window.currentAccountTab()->accountId() == created->id);

    QUndoStack* undo = w.window.undoStack();
    REQUIRE(undo->count() == 1);
    CHECK(undo->undoText() == QStringLiteral("New Account ") + kName);
    CHECK(menuAction(w.window, QStringLiteral("&Edit"), QString())->text() ==
          QStringLiteral("&Undo New Account ") + kName);

    SECTION("undo removes the account and its tab, redo brings it back")
    {
        undo->undo();
        CHECK_FALSE(w.ws().sameNameAs(kName.toStdString()));
        CHECK(w.count() == before);
        CHECK(w.window.accountTab(created->id) == nullptr);
        undo->redo();
        const auto again = w.ws().sameNameAs(kName.toStdString());
        REQUIRE(again);
        CHECK(again->ref == "NEW-001");
        CHECK(w.count() == before + 1);
    }
}

TEST_CASE("a reference in use is refused under the field and nothing is written", "[accounts][new]")
{
    Window w;
    const Account taken = w.ws().listAccounts(AccountQuery{}).front().account;
    REQUIRE_FALSE(taken.ref.empty());
    const std::size_t before = w.count();
    w.window.newAccountActions()->action()->trigger();
    AccountEditor* editor = openEditor(w.window);
    REQUIRE(editor);
    fillAndCreate(editor, kName, QString::fromStdString(taken.ref));
    CHECK(editor->isVisible());
    auto* refError = editor->findChild<QLabel*>(QStringLiteral("refError"));
    CHECK_FALSE(refError->isHidden());
    CHECK(refError->text().contains(QStringLiteral("reference")));
    CHECK(w.count() == before);
    CHECK(w.window.undoStack()->count() == 0);
    editor->reject();
}

TEST_CASE("a name that folds to an existing account's asks whether to open that one", "[accounts][new]")
{
    Window w;
    w.window.setInteractive(true);
    const Account existing = w.ws().listAccounts(AccountQuery{}).front().account;
    const std::size_t before = w.count();
    w.window.newAccountActions()->action()->trigger();
    AccountEditor* editor = openEditor(w.window);
    REQUIRE(editor);
    const QString sameName = QString::fromStdString(existing.name).toUpper();
    QString asked;

    SECTION("Open Existing opens it and creates nothing")
    {
        answerNextMessageBox(QMessageBox::Open, &asked);
        fillAndCreate(editor, sameName, QStringLiteral("NEW-002"));
        CHECK(asked ==
              QStringLiteral("«%1» exists: open it instead?").arg(QString::fromStdString(existing.name)));
        CHECK(w.count() == before);
        REQUIRE(w.window.currentAccountTab() != nullptr);
        CHECK(w.window.currentAccountTab()->accountId() == existing.id);
        CHECK_FALSE(editor->isVisible()); // closed; deleted later
    }
    SECTION("Cancel keeps the form open and creates nothing")
    {
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        fillAndCreate(editor, sameName, QStringLiteral("NEW-002"));
        CHECK_FALSE(asked.isEmpty());
        CHECK(w.count() == before);
        REQUIRE(editor);
        CHECK(editor->isVisible());
        w.window.setInteractive(false);
        editor->setInteractive(false);
        editor->reject();
    }
    SECTION("Create Anyway creates the second account")
    {
        answerNextMessageBox(QMessageBox::Save, &asked);
        fillAndCreate(editor, sameName, QStringLiteral("NEW-002"));
        CHECK_FALSE(asked.isEmpty());
        CHECK(w.count() == before + 1);
        CHECK(w.window.undoStack()->count() == 1);
    }
}

TEST_CASE("an empty database's list offers New Account", "[accounts][new]")
{
    test::TempDir dir;
    MainWindow window(test::fixedClock());
    window.setInteractive(false);
    REQUIRE(window.openDatabase(QString::fromStdString((dir / "new.db").string())));
    AccountsView* view = window.accountsView();
    auto* pages = view->findChild<QStackedWidget*>(QStringLiteral("pages"));
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("emptyPage"));
    CHECK_FALSE(
        view->findChild<QLabel*>(QStringLiteral("emptyText"))->text().contains(QStringLiteral("keystone")));
    auto* button = view->findChild<QPushButton*>(QStringLiteral("newAccountButton"));
    REQUIRE(button != nullptr);
    QTest::mouseClick(button, Qt::LeftButton);
    AccountEditor* editor = openEditor(window);
    REQUIRE(editor);
    fillAndCreate(editor, kName, QString());
    REQUIRE(window.workspace()->sameNameAs(kName.toStdString()));
    CHECK(pages->currentWidget()->objectName() == QStringLiteral("listPage"));
    CHECK(window.currentAccountTab() != nullptr);
}
