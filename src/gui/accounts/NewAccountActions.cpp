#include "gui/accounts/NewAccountActions.h"

#include "app/Identity.h"
#include "app/Workspace.h"
#include "gui/accounts/AccountsView.h"
#include "gui/accounts/NewAccountCommand.h"
#include "gui/common/Icons.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

namespace keystone::gui {

NewAccountActions::NewAccountActions(AccountsView* view, QUndoStack* undo, WorkspaceSource workspace,
                                     std::function<bool()> interactive, QWidget* window)
    : QObject(window), m_view(view), m_undo(undo), m_workspace(std::move(workspace)),
      m_interactive(std::move(interactive)), m_window(window), m_new(new QAction(tr("&New Account…"), this))
{
    m_new->setObjectName(QStringLiteral("newAccountAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setIcon(actionIcon(ActionIcon::NewDatabase)); // the desktop's "document-new"
    m_new->setStatusTip(tr("Create an account: its name, reference, manager and the rest"));
    connect(m_new, &QAction::triggered, this, [this] { openEditor(); });
    m_view->setCreateAction(m_new);
}

AccountEditor* NewAccountActions::openEditor()
{
    Workspace* workspace = m_workspace();
    if (!workspace)
        return nullptr;
    std::vector<Account> accounts;
    std::vector<Manager> managers;
    std::optional<ManagerId> owner;
    try {
        for (auto& row : workspace->listAccounts(AccountQuery{}))
            accounts.push_back(std::move(row.account));
        managers = workspace->store().managers().list();
        if (const auto me = Identity(*workspace).current(); me && me->active)
            owner = me->id;
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
        return nullptr;
    }
    auto* editor = new AccountEditor([this](const Account& a) { create(a); }, m_window);
    editor->setObjectName(QStringLiteral("newAccountEditor"));
    editor->setNewAccount(owner, managers, accounts,
                          [this, editor](const Account& a) { return checkName(editor, a); });
    editor->openWindowModal(m_interactive());
    return editor;
}

AccountEditor::Verdict NewAccountActions::checkName(AccountEditor* editor, const Account& account)
{
    std::optional<Account> existing;
    try {
        existing = m_workspace()->sameNameAs(account.name);
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
        return AccountEditor::Verdict::Stay;
    }
    // Without questions (tests, screenshots) a same name is allowed, as addAccount allows it.
    if (!existing || !m_interactive())
        return AccountEditor::Verdict::Save;
    QMessageBox box(QMessageBox::Question, tr("Account Exists"),
                    tr("«%1» exists: open it instead?").arg(toQString(existing->name)),
                    QMessageBox::Open | QMessageBox::Save | QMessageBox::Cancel, editor);
    box.setObjectName(QStringLiteral("sameNameQuestion"));
    box.setInformativeText(
        existing->ref.empty()
            ? tr("Another account has this name.")
            : tr("The account with the reference %1 has this name.").arg(toQString(existing->ref)));
    box.button(QMessageBox::Open)->setText(tr("&Open Existing"));
    box.button(QMessageBox::Save)->setText(tr("Create &Anyway"));
    box.setDefaultButton(QMessageBox::Open);
    switch (box.exec()) {
    case QMessageBox::Open:
        emit openRequested(existing->id);
        return AccountEditor::Verdict::Close;
    case QMessageBox::Save:
        return AccountEditor::Verdict::Save;
    default:
        return AccountEditor::Verdict::Stay;
    }
}

AccountId NewAccountActions::create(const Account& account)
{
    Workspace& workspace = *m_workspace();
    const Account created = workspace.addAccount(account); // throws into the editor, which shows it
    m_undo->push(new NewAccountCommand(
        workspace, created, [this](AccountId id, bool exists) { showChanged(id, exists); },
        [this](const QString& failure) { reportFailure(failure); }));
    showChanged(created.id, true);
    emit message(tr("Account %1 created").arg(toQString(created.name)));
    emit openRequested(created.id);
    return created.id;
}

void NewAccountActions::showChanged(AccountId id, bool exists)
{
    // Exceptions must not cross the event loop: a failed read is reported, not fatal.
    try {
        m_view->reload();
        if (exists)
            m_view->selectAccounts({id});
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
    }
    emit accountChanged(id, exists);
}

void NewAccountActions::reportFailure(const QString& text)
{
    if (m_interactive())
        QMessageBox::warning(m_window, tr("Not Created"), text);
    emit message(text);
}

} // namespace keystone::gui
