// What the follow-up GUI tests share: finding widgets by objectName, the open
// follow-up editor, saving it, its date field, and the text of Edit > Undo as the
// user reads it.
#pragma once

#include "domain/Date.h"
#include "domain/FollowUpRepository.h"
#include "domain/Manager.h"
#include "gui/followups/FollowUpEditor.h"
#include "gui/main/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <catch2/catch.hpp>

namespace keystone::test {

template <typename T> T* child(QObject* parent, const char* name)
{
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

// The action of a list's context menu, by objectName.
inline QAction* listAction(QAbstractItemView* list, const char* name)
{
    for (QAction* action : list->actions())
        if (action->objectName() == QLatin1String(name))
            return action;
    FAIL("no action " << name << " on " << list->objectName().toStdString());
    return nullptr;
}

// The follow-up editor the last action opened (window modal, so the test goes on while it is open).
inline QPointer<gui::FollowUpEditor> openEditor(gui::MainWindow& window)
{
    gui::FollowUpEditor* editor = nullptr;
    for (auto* e : window.findChildren<gui::FollowUpEditor*>())
        if (e->isVisible())
            editor = e;
    REQUIRE(editor);
    return editor;
}

inline FollowUpQuery query(std::optional<AccountId> account, bool openOnly)
{
    FollowUpQuery q;
    q.accountId = account;
    q.openOnly = openOnly;
    return q;
}

inline Manager member(const std::string& name, const std::string& email)
{
    Manager m;
    m.name = name;
    m.email = email;
    return m;
}

inline void save(gui::FollowUpEditor* editor)
{
    child<QDialogButtonBox>(editor, "buttons")->button(QDialogButtonBox::Save)->click();
}

// Saves and waits until the dialog is gone (it deletes itself once the write succeeded).
inline void saveAndClose(QPointer<gui::FollowUpEditor> editor)
{
    save(editor);
    QTRY_VERIFY(!editor);
}

inline void setDue(gui::FollowUpEditor* editor, Date due)
{
    child<QDateEdit>(editor, "dueEdit")->setDate(QDate(due.year(), due.month(), due.day()));
}

// Edit > Undo's text without its accelerator: "Undo Reschedule Commitment “…”".
inline QString undoMenuText(const gui::MainWindow& window)
{
    for (const QAction* action : window.findChildren<QAction*>())
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            return action->text().remove(QLatin1Char('&'));
    return {};
}

} // namespace keystone::test
