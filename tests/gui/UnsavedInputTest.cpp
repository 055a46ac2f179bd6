// Closing an account's tab or the window with input not written: the interaction
// quick entry and an open record editor ask Save, Discard or Cancel, as the dossier does.
#include "GuiFixture.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/ContactEditor.h"
#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::gui;

namespace {

// Clicks `button` in the next unsaved-input question once it shows, and notes its text.
void answerUnsavedQuestion(QMessageBox::StandardButton button, QString* asked = nullptr)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button, asked] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QStringLiteral("unsavedInputBox"))
            return;
        timer->deleteLater();
        if (asked)
            *asked = box->text();
        box->button(button)->click();
    });
    timer->start();
}

struct OpenAccount
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    AccountId id = 0;
    AccountWorkspace* tab = nullptr;
    QTabWidget* tabs = nullptr;

    OpenAccount()
    {
        test::openAndShow(window, db);
        for (const auto& row : window.workspace()->listAccounts(AccountQuery{}))
            if (!window.workspace()->details(row.account.id).contacts.empty()) {
                id = row.account.id;
                break;
            }
        REQUIRE(id != 0);
        tab = window.openAccount(id);
        REQUIRE(tab);
        window.setInteractive(true); // the questions are the point here
        tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        REQUIRE(tabs);
    }
    template <typename T> T* child(const char* name) const
    {
        auto* w = tab->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    void closeTab() { emit tabs->tabCloseRequested(tabs->indexOf(tab)); }
    bool logged(const std::string& subject) const
    {
        const auto d = window.workspace()->details(id);
        return std::any_of(d.interactions.begin(), d.interactions.end(),
                           [&](const Interaction& i) { return i.subject == subject; });
    }
};

} // namespace

TEST_CASE("Closing an account with an interaction typed but not logged asks first", "[gui][unsaved]")
{
    OpenAccount o;
    o.child<QLineEdit>("subjectEdit")->setText(QStringLiteral("Call about the spring order"));
    REQUIRE(o.tab->hasUnsavedInput());

    QString asked;
    answerUnsavedQuestion(QMessageBox::Cancel, &asked);
    o.closeTab();
    CHECK(asked.contains(o.tab->accountName()));
    CHECK(o.window.accountTab(o.id) == o.tab);
    CHECK(o.child<QLineEdit>("subjectEdit")->text() == QStringLiteral("Call about the spring order"));

    SECTION("Save logs it and closes")
    {
        answerUnsavedQuestion(QMessageBox::Save);
        o.closeTab();
        CHECK(o.window.accountTab(o.id) == nullptr);
        CHECK(o.logged("Call about the spring order"));
        CHECK(o.window.undoStack()->undoText().startsWith(QStringLiteral("Add Interaction")));
    }
    SECTION("Discard closes without logging")
    {
        answerUnsavedQuestion(QMessageBox::Discard);
        o.closeTab();
        CHECK(o.window.accountTab(o.id) == nullptr);
        CHECK_FALSE(o.logged("Call about the spring order"));
    }
    SECTION("Save that fails keeps the tab and what was typed")
    {
        o.child<QLineEdit>("subjectEdit")->clear();
        o.tab->findChild<QWidget*>(QStringLiteral("summaryEdit"))->setProperty("plainText", QStringLiteral("Notes only"));
        answerUnsavedQuestion(QMessageBox::Save);
        o.closeTab();
        CHECK(o.window.accountTab(o.id) == o.tab);
    }
    SECTION("closing the window asks too, and Cancel keeps it open")
    {
        answerUnsavedQuestion(QMessageBox::Cancel);
        CHECK_FALSE(o.window.close());
        CHECK(o.window.isVisible());
        CHECK(o.window.accountTab(o.id) == o.tab);
        o.window.setInteractive(false);
    }
}

TEST_CASE("Closing an account with a contact editor holding changes asks first", "[gui][unsaved]")
{
    OpenAccount o;
    const auto contacts = o.window.workspace()->details(o.id).contacts;
    ContactEditor* editor = o.tab->editContact(contacts.front().id);
    REQUIRE(editor);
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    REQUIRE(name);
    name->setText(QStringLiteral("Anna Petrova-Smirnova"));
    REQUIRE(o.tab->hasUnsavedInput());

    answerUnsavedQuestion(QMessageBox::Cancel);
    o.closeTab();
    CHECK(o.window.accountTab(o.id) == o.tab);
    CHECK(editor->isVisible());

    SECTION("Save saves the contact and closes")
    {
        answerUnsavedQuestion(QMessageBox::Save);
        o.closeTab();
        CHECK(o.window.accountTab(o.id) == nullptr);
        const auto after = o.window.workspace()->store().contacts().find(contacts.front().id);
        REQUIRE(after);
        CHECK(after->name == "Anna Petrova-Smirnova");
        CHECK(o.window.undoStack()->undoText() == QStringLiteral("Edit Contact Anna Petrova-Smirnova"));
    }
    SECTION("Save that fails keeps the editor open")
    {
        name->clear(); // a contact needs a name
        answerUnsavedQuestion(QMessageBox::Save);
        o.closeTab();
        CHECK(o.window.accountTab(o.id) == o.tab);
        CHECK(editor->isVisible());
        o.window.setInteractive(false);
    }
}
