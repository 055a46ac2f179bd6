#include "gui/accounts/AccountBulkActions.h"
#include "gui/common/Icons.h"

#include "gui/accounts/AccountBulkCommand.h"
#include "gui/accounts/AccountFilterModel.h"
#include "gui/accounts/AccountsView.h"
#include "gui/accounts/BulkChangeDialog.h"
#include "gui/accounts/HandOverDialog.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QUndoStack>

namespace keystone::gui {

AccountBulkActions::AccountBulkActions(AccountsView* view, QUndoStack* undo, WorkspaceSource workspace,
                                       std::function<bool()> interactive, QWidget* window)
    : QObject(window), m_view(view), m_undo(undo), m_workspace(std::move(workspace)), m_window(window),
      m_interactive(std::move(interactive))
{
    const auto make = [this](const QString& text, const QKeySequence& key, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setStatusTip(tip);
        // Only while the accounts list has the focus: Delete in another table must not archive.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_view->addAction(action);
        return action;
    };
    m_changeOwner = make(tr("Change &Manager…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                         tr("Give the selected accounts to another manager"));
    m_changeStatus = make(tr("Change Stat&us…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                          tr("Set the status of the selected accounts"));
    m_editTags = make(tr("Edit Ta&gs…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                      tr("Add tags to the selected accounts or remove tags from them"));
    m_handOver = make(tr("&Hand Over…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                      tr("Move a manager's accounts and open follow-ups to another manager"));
    m_handOver->setShortcutContext(Qt::WindowShortcut);
    m_archive = make(tr("&Archive…"), QKeySequence::Delete, tr("Archive the selected accounts (can be undone)"));
    m_restore = make(tr("R&estore from Archive"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                     tr("Bring the selected archived accounts back into the list"));
    m_purge = make(tr("&Delete Permanently…"), QKeySequence(Qt::SHIFT | Qt::Key_Delete),
                   tr("Delete the selected accounts and everything about them; cannot be undone"));
    m_showArchived = make(tr("Show Archi&ved"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                          tr("List archived accounts too, greyed"));
    m_showArchived->setCheckable(true);
    m_showArchived->setShortcutContext(Qt::WindowShortcut);

    const std::pair<QAction*, ActionIcon> icons[] = {
        {m_changeOwner, ActionIcon::ChangeManager}, {m_changeStatus, ActionIcon::ChangeStatus},
        {m_editTags, ActionIcon::Tags},             {m_handOver, ActionIcon::HandOver},
        {m_archive, ActionIcon::Archive},           {m_restore, ActionIcon::Restore},
        {m_purge, ActionIcon::Delete},              {m_showArchived, ActionIcon::ShowArchived}};
    for (const auto& [action, icon] : icons)
        action->setIcon(actionIcon(icon));

    auto* separator = new QAction(this);
    separator->setSeparator(true);
    m_menuActions = {m_changeOwner, m_changeStatus, m_editTags, m_handOver, separator,
                     m_archive,     m_restore,      m_purge,    m_showArchived};
    m_view->setContextActions({m_changeOwner, m_changeStatus, m_editTags, m_handOver, separator, m_archive,
                               m_restore, m_purge});

    connect(m_changeOwner, &QAction::triggered, this, [this] { openChangeDialog(int(BulkChangeDialog::Mode::Owner)); });
    connect(m_changeStatus, &QAction::triggered, this,
            [this] { openChangeDialog(int(BulkChangeDialog::Mode::Status)); });
    connect(m_editTags, &QAction::triggered, this, [this] { openChangeDialog(int(BulkChangeDialog::Mode::Tags)); });
    connect(m_handOver, &QAction::triggered, this, &AccountBulkActions::openHandOver);
    connect(m_archive, &QAction::triggered, this, [this] { archive(m_view->selectedAccountIds()); });
    connect(m_restore, &QAction::triggered, this, [this] { restore(m_view->selectedAccountIds()); });
    connect(m_purge, &QAction::triggered, this, [this] { purge(m_view->selectedAccountIds()); });
    connect(m_showArchived, &QAction::toggled, this, [this](bool on) {
        try {
            m_view->setShowArchived(on);
        } catch (const std::exception& e) {
            reportFailure(errorText(e));
        }
        updateActions();
    });
    connect(m_view, &AccountsView::selectionChanged, this, &AccountBulkActions::updateActions);
    // A reload (another database, a refresh) clears the selection without a selectionChanged.
    connect(m_view->filterModel(), &QAbstractItemModel::modelReset, this, &AccountBulkActions::updateActions);
    connect(m_view->filterModel(), &QAbstractItemModel::layoutChanged, this, &AccountBulkActions::updateActions);
    updateActions();
}

void AccountBulkActions::updateActions()
{
    const bool open = m_workspace() != nullptr;
    const bool selected = open && !m_view->selectedAccountIds().empty();
    for (auto* action : {m_changeOwner, m_changeStatus, m_editTags, m_archive, m_restore, m_purge})
        action->setEnabled(selected);
    m_restore->setVisible(m_view->showsArchived());
    m_handOver->setEnabled(open);
    m_showArchived->setEnabled(open);
}

bool AccountBulkActions::ask(const QString& title, const QString& question)
{
    if (m_confirm)
        return m_confirm(title, question);
    if (!m_interactive())
        return false;
    return QMessageBox::question(m_window, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

void AccountBulkActions::reportFailure(const QString& text)
{
    if (m_interactive())
        QMessageBox::warning(m_window, tr("Not Changed"), text);
    emit message(text);
}

void AccountBulkActions::showChanged(const std::vector<AccountId>& ids)
{
    // Exceptions must not cross the event loop: a failed read is reported, not fatal.
    try {
        m_view->reload();
        m_view->selectAccounts(ids);
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
    }
    updateActions();
    emit accountsChanged(ids);
}

void AccountBulkActions::record(BulkChange change, const QString& text, const QString& done)
{
    std::vector<AccountId> ids;
    for (const auto& state : change.before)
        ids.push_back(state.id);
    if (change.empty()) {
        emit message(tr("Nothing to change: the accounts already are that way."));
        return;
    }
    m_undo->push(new AccountBulkCommand(
        *m_workspace(), std::move(change), text, [this](const std::vector<AccountId>& changed) { showChanged(changed); },
        [this](const QString& failure) { reportFailure(failure); }));
    showChanged(ids);
    emit message(done);
}

void AccountBulkActions::changeOwner(const std::vector<AccountId>& ids, std::optional<ManagerId> owner)
{
    auto change = AccountBulk(*m_workspace()).setOwner(ids, owner);
    const int n = static_cast<int>(change.before.size());
    record(std::move(change), tr("Change Manager of %Ln Account(s)", nullptr, n),
           tr("Manager changed on %Ln account(s)", nullptr, n));
}

void AccountBulkActions::changeStatus(const std::vector<AccountId>& ids, AccountStatus status)
{
    auto change = AccountBulk(*m_workspace()).setStatus(ids, status);
    const int n = static_cast<int>(change.before.size());
    record(std::move(change), tr("Change Status of %Ln Account(s)", nullptr, n),
           tr("Status set to %1 on %Ln account(s)", nullptr, n).arg(statusLabel(status)));
}

void AccountBulkActions::editTags(const std::vector<AccountId>& ids, const std::vector<std::string>& add,
                                  const std::vector<std::string>& remove)
{
    auto change = AccountBulk(*m_workspace()).editTags(ids, add, remove);
    const int n = static_cast<int>(change.before.size());
    record(std::move(change), tr("Edit Tags of %Ln Account(s)", nullptr, n), tr("Tags changed on %Ln account(s)", nullptr, n));
}

void AccountBulkActions::handOver(const HandOverPlan& plan)
{
    auto change = AccountBulk(*m_workspace()).handOver(plan);
    const int n = static_cast<int>(change.before.size());
    record(std::move(change),
           tr("Hand Over %Ln Account(s) to %1", nullptr, n).arg(toQString(plan.to.name)),
           tr("%Ln account(s) handed over to %1", nullptr, n).arg(toQString(plan.to.name)));
}

bool AccountBulkActions::archive(const std::vector<AccountId>& ids)
{
    if (ids.empty() || !m_workspace())
        return false;
    const int n = static_cast<int>(ids.size());
    QString question = n == 1 ? tr("Archive “%1”?").arg(toQString(m_workspace()->store().accounts().find(ids.front())
                                                                        .value_or(Account{})
                                                                        .name))
                              : tr("Archive %Ln accounts?", nullptr, n);
    question += QLatin1Char('\n') +
                tr("Archived accounts leave the lists and keep everything: dossier, people, history and sales. "
                   "Undo (Ctrl+Z) or Show Archived and Restore bring them back.");
    if (!ask(tr("Archive Accounts"), question))
        return false;
    try {
        record(AccountBulk(*m_workspace()).archive(ids), tr("Archive %Ln Account(s)", nullptr, n),
               tr("%Ln account(s) archived; Undo (Ctrl+Z) brings them back", nullptr, n));
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
        return false;
    }
    return true;
}

bool AccountBulkActions::restore(const std::vector<AccountId>& ids)
{
    if (ids.empty() || !m_workspace())
        return false;
    try {
        auto change = AccountBulk(*m_workspace()).unarchive(ids);
        const int n = static_cast<int>(change.before.size());
        record(std::move(change), tr("Restore %Ln Account(s)", nullptr, n), tr("%Ln account(s) restored", nullptr, n));
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
        return false;
    }
    return true;
}

bool AccountBulkActions::purge(const std::vector<AccountId>& ids)
{
    if (ids.empty() || !m_workspace())
        return false;
    const int n = static_cast<int>(ids.size());
    if (!ask(tr("Delete Permanently"),
             tr("Delete %Ln account(s) permanently, with their dossiers, people, interactions, follow-ups, tenders "
                "and sales?\nThis cannot be undone. Archive instead to keep them.",
                nullptr, n)))
        return false;
    try {
        AccountBulk(*m_workspace()).purge(ids);
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
        return false;
    }
    // Earlier steps may name the deleted accounts: they can no longer be undone.
    m_undo->clear();
    showChanged(ids);
    emit message(tr("%Ln account(s) deleted permanently", nullptr, n));
    return true;
}

void AccountBulkActions::openChangeDialog(int modeValue)
{
    Workspace* ws = m_workspace();
    const auto ids = m_view->selectedAccountIds();
    if (!ws || ids.empty())
        return;
    const auto mode = static_cast<BulkChangeDialog::Mode>(modeValue);
    BulkChangeDialog dialog(mode, static_cast<int>(ids.size()), ws->store().managers().list(), m_window);
    if (const auto first = ws->store().accounts().find(ids.front())) {
        dialog.setOwner(first->ownerId);
        dialog.setStatus(first->status);
    }
    dialog.setApply([&] {
        switch (mode) {
        case BulkChangeDialog::Mode::Owner:
            changeOwner(ids, dialog.owner());
            break;
        case BulkChangeDialog::Mode::Status:
            changeStatus(ids, dialog.status());
            break;
        case BulkChangeDialog::Mode::Tags:
            editTags(ids, dialog.tagsToAdd(), dialog.tagsToRemove());
            break;
        }
    });
    dialog.exec();
}

void AccountBulkActions::openHandOver()
{
    Workspace* ws = m_workspace();
    if (!ws)
        return;
    HandOverDialog dialog(*ws, m_view->selectedAccountIds(), [this](const HandOverPlan& plan) { handOver(plan); },
                          m_window);
    dialog.exec();
}

} // namespace keystone::gui
