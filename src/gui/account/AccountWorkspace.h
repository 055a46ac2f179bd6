// One account opened in its own tab: overview, dossier, people, interactions and
// follow-ups, all read through Workspace::details.
#pragma once

#include "app/Workspace.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AccountWorkspace;
}

namespace keystone::gui {

class ContactTableModel;
class DossierEditor;
class FollowUpTableModel;
class InteractionEntry;
class MessageBar;
class InteractionTableModel;

class AccountWorkspace : public QWidget
{
    Q_OBJECT
public:
    // Throws NotFoundError when the account does not exist. The workspace must outlive this widget.
    AccountWorkspace(Workspace& workspace, AccountId id, QWidget* parent = nullptr);
    ~AccountWorkspace() override;

    AccountId accountId() const { return m_id; }
    QString accountName() const;
    // The tab's title: the name, with a mark while the dossier has unsaved changes.
    QString title() const;
    DossierEditor* dossierEditor() const { return m_dossier; }
    bool hasUnsavedChanges() const;

    // Reads everything again; unsaved dossier edits are kept.
    void reload();
    // Shows `dossier` as saved (after an undo or redo elsewhere).
    void showSavedDossier(const Dossier& dossier);
    // Asks whether to save, discard or stay when the dossier has unsaved changes;
    // true when the tab may close.
    bool confirmClose();
    InteractionEntry* interactionEntry() const { return m_entry; }
    // Marks the follow-up selected in the Follow-ups tab done; false when none open is selected.
    bool markSelectedFollowUpDone();
    // Shows the Follow-ups tab with the follow-up selected.
    void showFollowUp(FollowUpId id);
    // Shows the People tab with the contact selected.
    void showContact(ContactId id);

signals:
    void titleChanged();
    // The dossier was written; the caller records it for undo.
    void dossierSaved(const keystone::Dossier& before, const keystone::Dossier& after);
    // An interaction was written from the quick entry; the caller records it for undo.
    void interactionLogged(const keystone::LoggedInteraction& logged);
    // A follow-up was marked done; the caller records it for undo.
    void followUpDone(const keystone::FollowUp& after);

private:
    void showOverview(const AccountDetails& d);
    // By value: `before` may be the editor's own saved copy, which the save replaces.
    void saveDossier(Dossier before, Dossier after);
    void logInteraction(Interaction interaction, std::optional<FollowUp> nextStep);
    void updateDoneButton();

    std::unique_ptr<Ui::AccountWorkspace> m_ui;
    Workspace& m_workspace;
    AccountId m_id;
    Account m_account;
    DossierEditor* m_dossier;
    InteractionEntry* m_entry;
    MessageBar* m_entryMessages = nullptr;
    ContactTableModel* m_contacts;
    InteractionTableModel* m_interactions;
    FollowUpTableModel* m_followUps;
};

} // namespace keystone::gui
