#include "gui/main/EditRecorder.h"

#include "gui/account/AccountWorkspace.h"
#include "gui/account/DossierSaveCommand.h"
#include "gui/account/FollowUpDoneCommand.h"
#include "gui/account/InteractionLogCommand.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/followups/FollowUpsView.h"
#include "gui/main/MainTabs.h"

#include <QTabWidget>
#include <QUndoStack>

namespace keystone::gui {

EditRecorder::EditRecorder(MainTabs& tabs, QUndoStack* undo, QObject* parent)
    : QObject(parent), m_tabs(tabs), m_undo(undo)
{
}

void EditRecorder::watch(AccountWorkspace* tab)
{
    const AccountId id = tab->accountId();
    connect(
        tab, &AccountWorkspace::dossierSaved, this,
        [this, id](const Dossier& before, const Dossier& after) { recordDossierSave(id, before, after); });
    connect(tab, &AccountWorkspace::interactionLogged, this, [this, tab](const LoggedInteraction& logged) {
        m_undo->push(new InteractionLogCommand(
            *m_tabs.workspace(), logged, tab->accountName(),
            [this](AccountId changed) { showAccountChanged(changed); },
            [this](const QString& message) { reportFailure(message); }));
        emit message(tr("Interaction added to %1").arg(tab->accountName()));
        emit changed();
    });
    connect(tab, &AccountWorkspace::followUpDone, this, &EditRecorder::recordFollowUpDone);
    // People, tenders and competitors edited in the tab (gui/account/AccountEditCommand.h).
    connect(tab, &AccountWorkspace::edited, this, &EditRecorder::recordEdit);
}

void EditRecorder::recordEdit(const AccountEdit& edit)
{
    m_undo->push(new AccountEditCommand(
        edit, [this](AccountId changed) { showAccountChanged(changed); },
        [this](const QString& message) { reportFailure(message); }));
    emit message(edit.text);
    // A follow-up changed anywhere shows on the Follow-ups screen and in its account's tab.
    reloadFollowUps();
    if (auto* tab = m_tabs.accountTab(edit.account); tab && tab != m_tabs.widget()->currentWidget())
        tab->reload();
    emit changed();
}

void EditRecorder::recordDossierSave(AccountId id, const Dossier& before, const Dossier& after)
{
    auto* tab = m_tabs.accountTab(id);
    const QString name = tab ? tab->accountName() : QString::number(id);
    m_undo->push(new DossierSaveCommand(
        *m_tabs.workspace(), before, after, name,
        [this, id](const Dossier& saved) { showDossierSaved(id, saved); },
        [this](const QString& message) { emit failed(tr("Dossier Not Saved"), message); }));
    emit message(tr("Dossier of %1 saved").arg(name));
}

void EditRecorder::recordFollowUpDone(const FollowUp& after)
{
    m_undo->push(new FollowUpDoneCommand(
        *m_tabs.workspace(), after, [this](AccountId changed) { showAccountChanged(changed); },
        [this](const QString& message) { reportFailure(message); }));
    emit message(tr("“%1” done").arg(toQString(after.title)));
    emit changed();
}

void EditRecorder::reloadFollowUps()
{
    // Exceptions must not cross the event loop: a failed read is reported, not fatal.
    try {
        m_tabs.followUps()->reload();
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
    }
}

void EditRecorder::showAccountChanged(AccountId id)
{
    // Exceptions must not cross the event loop: a failed read is reported, not fatal.
    try {
        m_tabs.followUps()->reload();
        if (auto* tab = m_tabs.accountTab(id)) {
            tab->reload();
            if (m_tabs.widget()->currentWidget() != m_tabs.followUps())
                m_tabs.widget()->setCurrentWidget(tab);
        }
        emit changed();
    } catch (const std::exception& e) {
        reportFailure(errorText(e));
    }
}

void EditRecorder::reportFailure(const QString& message)
{
    emit failed(tr("Not Changed"), message);
}

void EditRecorder::showDossierSaved(AccountId id, const Dossier& dossier)
{
    if (auto* tab = m_tabs.accountTab(id)) {
        tab->showSavedDossier(dossier);
        m_tabs.widget()->setCurrentWidget(tab);
    }
}

} // namespace keystone::gui
