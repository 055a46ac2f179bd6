// Closing an account's tab or the window with input not written (an interaction
// typed in the quick entry and not logged, dossier edits not saved, an open record
// editor with changes) asks Save, Discard or Cancel, and each answer does what it says.
#include "GuiFixture.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/account/ContactEditor.h"
#include "gui/main/MainWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QUndoStack>
#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

using namespace keystone;
using namespace keystone::gui;

namespace {

// Clicks `button` in the next unsaved-input question once it shows, as a user would, and
// notes what it asked. A question that never comes is not answered later, in another test.
class UnsavedAnswer
{
public:
    explicit UnsavedAnswer(QMessageBox::StandardButton button) : m_timer(std::make_unique<QTimer>())
    {
        m_timer->setInterval(10);
        QObject::connect(m_timer.get(), &QTimer::timeout, m_timer.get(), [this, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QStringLiteral("unsavedInputBox"))
                return;
            m_timer->stop();
            m_asked = box->text();
            box->button(button)->click();
        });
        m_timer->start();
    }
    bool asked() const { return !m_asked.isEmpty(); }
    const QString& question() const { return m_asked; }

private:
    std::unique_ptr<QTimer> m_timer;
    QString m_asked;
};

enum class Input
{
    Interaction,
    Dossier,
    Editor
};
enum class Route
{
    Tab,
    Window
};

const char* nameOf(Input input)
{
    switch (input) {
    case Input::Interaction:
        return "an interaction typed, not logged";
    case Input::Dossier:
        return "dossier edits";
    case Input::Editor:
        return "an open contact editor";
    }
    return "";
}

const QString kSubject = QStringLiteral("Call about the spring order");
const QString kStrategy = QStringLiteral("Wants to halve its suppliers by 2028.");
const QString kName = QStringLiteral("Anna Petrova-Smirnova");

struct OpenAccount
{
    test::DemoDatabase db;
    MainWindow window{test::fixedClock()};
    AccountId id = 0;
    ContactId contact = 0;
    AccountWorkspace* tab = nullptr;
    QTabWidget* tabs = nullptr;
    std::optional<Workspace> reopened; // to read what was written once the window closed

    OpenAccount()
    {
        test::openAndShow(window, db);
        for (const auto& row : window.workspace()->listAccounts(AccountQuery{}))
            if (const auto d = window.workspace()->details(row.account.id); !d.contacts.empty()) {
                id = row.account.id;
                contact = d.contacts.front().id;
                break;
            }
        REQUIRE(id != 0);
        tab = window.openAccount(id);
        REQUIRE(tab);
        window.setInteractive(true); // the questions are the point here
        tabs = window.findChild<QTabWidget*>(QStringLiteral("tabs"));
        REQUIRE(tabs);
    }
    ~OpenAccount() { window.setInteractive(false); } // the window goes without asking
    template <typename T> T* child(const char* name) const
    {
        auto* w = tab->findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w);
        return w;
    }
    // True when it closed.
    bool close(Route route)
    {
        if (route == Route::Window)
            return window.close();
        emit tabs->tabCloseRequested(tabs->indexOf(tab));
        return window.accountTab(id) == nullptr;
    }
    bool isOpen() const { return window.isVisible() && window.accountTab(id) == tab; }
    // The database as written: the window's, or opened again once the window closed it.
    Workspace& stored()
    {
        if (window.workspace())
            return *window.workspace();
        if (!reopened)
            reopened.emplace(db.path(), test::fixedClock());
        return *reopened;
    }
    bool logged(const QString& subject)
    {
        const auto d = stored().details(id);
        return std::any_of(d.interactions.begin(), d.interactions.end(),
                           [&](const Interaction& i) { return i.subject == subject.toStdString(); });
    }
};

// One kind of input typed into the open account, and what says whether it is still on
// screen or was written.
class Typed
{
public:
    Typed(OpenAccount& o, Input input) : m_o(o), m_input(input)
    {
        switch (input) {
        case Input::Interaction:
            o.child<QLineEdit>("subjectEdit")->setText(kSubject);
            break;
        case Input::Dossier:
            o.child<QPlainTextEdit>("strategyEdit")->setPlainText(kStrategy);
            break;
        case Input::Editor:
            m_editor = o.tab->editContact(o.contact);
            REQUIRE(m_editor);
            REQUIRE(m_editor->isVisible());
            m_nameEdit = m_editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
            REQUIRE(m_nameEdit);
            m_nameEdit->setText(kName);
            break;
        }
    }
    bool intact() const
    {
        switch (m_input) {
        case Input::Interaction:
            return m_o.child<QLineEdit>("subjectEdit")->text() == kSubject;
        case Input::Dossier:
            return m_o.child<QPlainTextEdit>("strategyEdit")->toPlainText() == kStrategy;
        case Input::Editor:
            return m_editor->isVisible() && m_nameEdit->text() == kName;
        }
        return false;
    }
    bool written() const
    {
        switch (m_input) {
        case Input::Interaction:
            return m_o.logged(kSubject);
        case Input::Dossier:
            return m_o.stored().store().accounts().dossier(m_o.id).strategy == kStrategy.toStdString();
        case Input::Editor: {
            const auto after = m_o.stored().store().contacts().find(m_o.contact);
            return after && after->name == kName.toStdString();
        }
        }
        return false;
    }

private:
    OpenAccount& m_o;
    Input m_input;
    ContactEditor* m_editor = nullptr; // deletes itself once closed
    QLineEdit* m_nameEdit = nullptr;
};

} // namespace

TEST_CASE("Closing a tab or the window with input not written asks, and each answer does what it says",
          "[gui][unsaved]")
{
    const Input input = GENERATE(Input::Interaction, Input::Dossier, Input::Editor);
    const Route route = GENERATE(Route::Tab, Route::Window);
    CAPTURE(nameOf(input), route == Route::Tab ? "closing the tab" : "closing the window");
    OpenAccount o;
    Typed typed(o, input);
    REQUIRE(o.tab->hasUnsavedInput());

    SECTION("Cancel keeps the tab and the window open, with the input intact")
    {
        UnsavedAnswer cancel(QMessageBox::Cancel);
        CHECK_FALSE(o.close(route));
        CHECK(cancel.asked());
        CHECK(o.isOpen());
        CHECK(typed.intact());
        CHECK(o.tab->hasUnsavedInput());
        CHECK_FALSE(typed.written());
    }
    SECTION("Save writes the input and closes")
    {
        UnsavedAnswer save(QMessageBox::Save);
        CHECK(o.close(route));
        CHECK(save.asked());
        CHECK(o.window.accountTab(o.id) == nullptr);
        CHECK(o.window.isVisible() == (route == Route::Tab));
        CHECK(typed.written());
    }
    SECTION("Discard closes without writing")
    {
        UnsavedAnswer discard(QMessageBox::Discard);
        CHECK(o.close(route));
        CHECK(discard.asked());
        CHECK(o.window.accountTab(o.id) == nullptr);
        CHECK(o.window.isVisible() == (route == Route::Tab));
        CHECK_FALSE(typed.written());
    }
}

TEST_CASE("Nothing typed: an account closes without a question", "[gui][unsaved]")
{
    OpenAccount o;
    REQUIRE_FALSE(o.tab->hasUnsavedInput());
    UnsavedAnswer cancel(QMessageBox::Cancel);
    CHECK(o.close(Route::Tab));
    CHECK_FALSE(cancel.asked());
}

TEST_CASE("An interaction logged on close names the account and is undone by name", "[gui][unsaved]")
{
    OpenAccount o;
    Typed typed(o, Input::Interaction);
    UnsavedAnswer save(QMessageBox::Save);
    REQUIRE(o.close(Route::Tab));
    CHECK(save.question().contains(QString::fromStdString(o.window.workspace()->details(o.id).account.name)));
    REQUIRE(typed.written());
    QUndoStack* undo = o.window.undoStack();
    CHECK(undo->undoText().startsWith(QStringLiteral("Add Interaction")));
    undo->undo();
    CHECK_FALSE(typed.written());
}

TEST_CASE("A save on close that fails keeps the tab and what was typed", "[gui][unsaved]")
{
    OpenAccount o;
    SECTION("an interaction with a summary and no subject")
    {
        o.tab->findChild<QPlainTextEdit*>(QStringLiteral("summaryEdit"))
            ->setPlainText(QStringLiteral("Notes only"));
        UnsavedAnswer save(QMessageBox::Save);
        CHECK_FALSE(o.close(Route::Tab));
        CHECK(save.asked());
        CHECK(o.isOpen());
        CHECK(o.child<QPlainTextEdit>("summaryEdit")->toPlainText() == QStringLiteral("Notes only"));
        CHECK_FALSE(o.logged(QString()));
    }
    SECTION("a contact without a name")
    {
        ContactEditor* editor = o.tab->editContact(o.contact);
        REQUIRE(editor);
        auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
        REQUIRE(name);
        const QString before = name->text();
        name->clear();
        UnsavedAnswer save(QMessageBox::Save);
        CHECK_FALSE(o.close(Route::Window));
        CHECK(save.asked());
        CHECK(o.isOpen());
        CHECK(editor->isVisible());
        CHECK(o.stored().store().contacts().find(o.contact)->name == before.toStdString());
    }
}

TEST_CASE("A contact saved on close is undone by its name", "[gui][unsaved]")
{
    OpenAccount o;
    Typed typed(o, Input::Editor);
    UnsavedAnswer save(QMessageBox::Save);
    REQUIRE(o.close(Route::Tab));
    REQUIRE(typed.written());
    CHECK(o.window.undoStack()->undoText() == QStringLiteral("Edit Contact ") + kName);
}
