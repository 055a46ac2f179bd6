#include "gui/followups/FollowUpActions.h"

#include "app/FollowUpEditing.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/followups/FollowUpEditor.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCoreApplication>
#include <QMessageBox>
#include <memory>

namespace keystone::gui {

namespace {

struct ActionLook
{
    const char* name;
    const char* text;
    QKeySequence keys;
};

// Scoped to the list (F2 is the account's Edit, Ctrl+D the window's Mark Done): Alt+Return edits, as
// "properties" does elsewhere.
// Built on first use: a standard key sequence needs the application to exist.
const ActionLook* looks()
{
    static const ActionLook table[FollowUpActions::ActionCount] = {
    {"newFollowUpAction", QT_TRANSLATE_NOOP("FollowUpActions", "&New Follow-up…"), QKeySequence(Qt::Key_Insert)},
    {"editFollowUpAction", QT_TRANSLATE_NOOP("FollowUpActions", "&Edit…"), QKeySequence(Qt::ALT | Qt::Key_Return)},
    {"rescheduleAction", QT_TRANSLATE_NOOP("FollowUpActions", "Re&schedule…"),
     QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R)},
    {"reassignAction", QT_TRANSLATE_NOOP("FollowUpActions", "Reass&ign…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A)},
    {"deleteFollowUpAction", QT_TRANSLATE_NOOP("FollowUpActions", "De&lete"), QKeySequence(QKeySequence::Delete)},
    {"doneAction", QT_TRANSLATE_NOOP("FollowUpActions", "Mark &Done"), QKeySequence()},
    {"reopenAction", QT_TRANSLATE_NOOP("FollowUpActions", "Re&open"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
    };
    return table;
}

} // namespace

FollowUpActions::FollowUpActions(QWidget* view, Current current)
    : QObject(view), m_view(view), m_current(std::move(current))
{
    for (int i = 0; i < ActionCount; ++i) {
        auto* action = new QAction(QCoreApplication::translate("FollowUpActions", looks()[i].text), view);
        action->setObjectName(QString::fromLatin1(looks()[i].name));
        action->setShortcut(looks()[i].keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_actions[i] = action;
    }
    connect(m_actions[New], &QAction::triggered, this, [this] { openEditor(New); });
    connect(m_actions[Edit], &QAction::triggered, this, [this] { openEditor(Edit); });
    connect(m_actions[Reschedule], &QAction::triggered, this, [this] { openEditor(Reschedule); });
    connect(m_actions[Reassign], &QAction::triggered, this, [this] { openEditor(Reassign); });
    connect(m_actions[Delete], &QAction::triggered, this, &FollowUpActions::remove);
    connect(m_actions[Done], &QAction::triggered, this, [this] {
        if (m_doneHandler)
            m_doneHandler();
        else
            setDone(true);
    });
    connect(m_actions[Reopen], &QAction::triggered, this, [this] { setDone(false); });
    // The list may not be built yet, so `current` is not asked here: nothing is enabled until a workspace is.
    for (QAction* action : m_actions)
        action->setEnabled(false);
}

void FollowUpActions::attach(QAbstractItemView* list)
{
    list->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int i = 0; i < ActionCount; ++i) {
        if (i == Edit || i == Delete) {
            auto* separator = new QAction(list);
            separator->setSeparator(true);
            list->addAction(separator);
        }
        list->addAction(m_actions[i]);
    }
}

void FollowUpActions::updateState()
{
    const auto f = m_current ? m_current() : std::nullopt;
    m_actions[New]->setEnabled(m_workspace);
    for (auto a : {Edit, Reschedule, Reassign, Delete})
        m_actions[a]->setEnabled(m_workspace && f);
    m_actions[Done]->setEnabled(m_workspace && f && !f->done);
    m_actions[Reopen]->setEnabled(m_workspace && f && f->done);
}

QString FollowUpActions::editText(Action action, const FollowUp& followUp)
{
    const bool c = followUp.kind == FollowUpKind::Commitment;
    QString text;
    switch (action) {
    case New:
        text = c ? tr("New Commitment “%1”") : tr("New Follow-up “%1”");
        break;
    case Edit:
        text = c ? tr("Edit Commitment “%1”") : tr("Edit Follow-up “%1”");
        break;
    case Reschedule:
        text = c ? tr("Reschedule Commitment “%1”") : tr("Reschedule Follow-up “%1”");
        break;
    case Reassign:
        text = c ? tr("Reassign Commitment “%1”") : tr("Reassign Follow-up “%1”");
        break;
    case Delete:
        text = c ? tr("Delete Commitment “%1”") : tr("Delete Follow-up “%1”");
        break;
    case Done:
        text = c ? tr("Mark Commitment “%1” Done") : tr("Mark Follow-up “%1” Done");
        break;
    case Reopen:
    case ActionCount:
        text = c ? tr("Reopen Commitment “%1”") : tr("Reopen Follow-up “%1”");
        break;
    }
    return text.arg(toQString(followUp.title));
}

void FollowUpActions::openEditor(Action action)
{
    if (!m_workspace)
        return;
    Workspace* ws = m_workspace;
    FollowUp start;
    if (action == New) {
        start.accountId = m_account;
        start.kind = m_newKind;
        start.dueDate = ws->clock().today().addDays(7);
    } else if (const auto f = m_current ? m_current() : std::nullopt) {
        start = *f;
    } else {
        return;
    }
    const auto mode = action == New          ? FollowUpEditor::Mode::New
                      : action == Reschedule ? FollowUpEditor::Mode::Reschedule
                      : action == Reassign   ? FollowUpEditor::Mode::Reassign
                                             : FollowUpEditor::Mode::Edit;
    const auto save = [this, ws, action](const FollowUp& f, const std::string& reason) {
        FollowUpEditing editing(*ws);
        if (action == New) {
            const FollowUp added = editing.add(f);
            auto record = std::make_shared<FollowUpRecord>();
            emit edited({editText(New, added), added.accountId,
                         [ws, id = added.id, record] { *record = FollowUpEditing(*ws).remove(id); },
                         [ws, record] { FollowUpEditing(*ws).restore(*record); }});
            return;
        }
        FollowUpChange change;
        if (action == Reschedule)
            change = editing.reschedule(f.id, f.dueDate, reason);
        else if (action == Reassign && !f.ownerId)
            throw ValidationError(std::vector<FieldError>{{"owner", toStdString(tr("choose a member"))}});
        else if (action == Reassign)
            change = editing.reassign(f.id, *f.ownerId);
        else
            change = editing.edit(f);
        emit edited({editText(action, change.after), change.after.accountId,
                     [ws, change] { FollowUpEditing(*ws).undo(change); },
                     [ws, change] { FollowUpEditing(*ws).redo(change); }});
    };
    FollowUpEditor* editor = nullptr;
    try {
        editor = new FollowUpEditor(*ws, mode, save, m_view->window());
        editor->setFollowUp(start);
    } catch (const std::exception& e) {
        delete editor;
        QMessageBox::warning(m_view, tr("Follow-up Not Opened"), errorText(e));
        return;
    }
    editor->openWindowModal(m_interactive);
}

void FollowUpActions::remove()
{
    const auto f = m_current ? m_current() : std::nullopt;
    if (!m_workspace || !f)
        return;
    Workspace* ws = m_workspace;
    try {
        const FollowUpRecord record = FollowUpEditing(*ws).remove(f->id);
        emit edited({editText(Delete, record.followUp), record.followUp.accountId,
                     [ws, record] { FollowUpEditing(*ws).restore(record); },
                     [ws, id = record.followUp.id] { FollowUpEditing(*ws).remove(id); }});
    } catch (const std::exception& e) {
        QMessageBox::warning(m_view, tr("Follow-up Not Deleted"), errorText(e));
    }
}

void FollowUpActions::setDone(bool done)
{
    const auto f = m_current ? m_current() : std::nullopt;
    if (!m_workspace || !f || f->done == done)
        return;
    Workspace* ws = m_workspace;
    try {
        const FollowUpChange change = FollowUpEditing(*ws).setDone(f->id, done);
        emit edited({editText(done ? Done : Reopen, change.after), change.after.accountId,
                     [ws, change] { FollowUpEditing(*ws).undo(change); },
                     [ws, change] { FollowUpEditing(*ws).redo(change); }});
    } catch (const std::exception& e) {
        QMessageBox::warning(m_view, tr("Follow-up Not Changed"), errorText(e));
    }
}

} // namespace keystone::gui
