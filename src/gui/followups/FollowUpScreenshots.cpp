#include "gui/followups/FollowUpScreenshots.h"

#include "app/FollowUpEditing.h"
#include "gui/account/AccountWorkspace.h"
#include "gui/common/Labels.h"
#include "gui/dashboard/DashboardView.h"
#include "gui/followups/FollowUpEditor.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/main/MainWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QTabWidget>
#include <QThread>

namespace keystone::gui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
}

// The editor the button just opened (window modal: the tour goes on while it is open).
FollowUpEditor* openedEditor(MainWindow& window)
{
    settle();
    for (auto* editor : window.findChildren<FollowUpEditor*>())
        if (editor->isVisible())
            return editor;
    return nullptr;
}

QString tourText(const char* text)
{
    return QApplication::translate("ScreenshotTour", text);
}

} // namespace

int takeFollowUpScreenshots(MainWindow& window, AccountWorkspace& tab, const QDir& dir)
{
    int written = 0;
    const auto grab = [&](QWidget* widget, const char* name) {
        settle();
        if (widget->grab().save(dir.filePath(QLatin1String(name) + QStringLiteral(".png"))))
            ++written;
    };
    auto* tabs = tab.findChild<QTabWidget*>(QStringLiteral("tabs"));
    auto* page = tab.findChild<QWidget*>(QStringLiteral("followUpsTab"));
    tabs->setCurrentWidget(page);
    const auto click = [&](const char* button) {
        if (auto* b = page->findChild<QAbstractButton*>(QLatin1String(button)); b && b->isEnabled())
            b->click();
        return openedEditor(window);
    };

    // A new commitment, from the account's last interaction.
    if (FollowUpEditor* editor = click("newFollowUpButton")) {
        auto* kind = editor->findChild<QComboBox*>(QStringLiteral("kindEdit"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(FollowUpKind::Commitment)));
        editor->findChild<QLineEdit*>(QStringLiteral("titleEdit"))
            ->setText(tourText(QT_TRANSLATE_NOOP("ScreenshotTour", "Deliver the revised offer")));
        auto* interaction = editor->findChild<QComboBox*>(QStringLiteral("interactionEdit"));
        interaction->setCurrentIndex(interaction->count() > 1 ? 1 : 0);
        grab(editor, "follow-up-editor");
        editor->setInteractive(false);
        editor->reject();
    }
    // The account's first open follow-up, moved once already so the history shows a reason; the move is
    // undone after the shots.
    FollowUpQuery open;
    open.accountId = tab.accountId();
    const auto followUps = FollowUpEditing(*window.workspace()).list(open);
    if (followUps.empty())
        return written;
    const FollowUp& first = followUps.front();
    const FollowUpChange moved = FollowUpEditing(*window.workspace())
                                     .reschedule(first.id, first.dueDate.addDays(7),
                                                 toStdString(tourText(QT_TRANSLATE_NOOP(
                                                     "ScreenshotTour", "The samples are still at customs"))));
    tab.reload();
    tab.showFollowUp(first.id);
    if (FollowUpEditor* editor = click("rescheduleButton")) {
        auto* due = editor->findChild<QDateEdit*>(QStringLiteral("dueEdit"));
        due->setDate(due->date().addDays(7));
        editor->findChild<QLineEdit*>(QStringLiteral("reasonEdit"))
            ->setText(tourText(
                QT_TRANSLATE_NOOP("ScreenshotTour", "The customer's plant is closed for inventory")));
        grab(editor, "follow-up-reschedule");
        editor->setInteractive(false);
        editor->reject();
    }
    if (FollowUpEditor* editor = click("reassignButton")) {
        grab(editor, "follow-up-reassign");
        editor->reject();
    }
    FollowUpEditing(*window.workspace()).undo(moved);
    tab.reload();

    return written;
}

} // namespace keystone::gui
