// One account opened in its own tab: overview (with revenue by month), dossier,
// people (table and organisation chart), interactions, follow-ups, sales, and
// tenders and competitors, all read through Workspace::details and
// AccountEditing. Edits of people, tenders and competitors are written at once
// and handed to the main window's undo stack through `edited`.
#pragma once

#include "app/AccountEditing.h"
#include "app/Workspace.h"
#include "gui/account/AccountEditCommand.h"

#include <QWidget>
#include <memory>

namespace Ui {
class AccountWorkspace;
}

namespace keystone::gui {

class AccountEditor;
class ContactEditor;
class ContactTableModel;
class OrgChart;
class PresenceEditor;
class PresenceTableModel;
class RevenueChart;
class SaleTableModel;
class TenderEditor;
class TenderTableModel;
class DossierEditor;
class FollowUpTableModel;
class InteractionEntry;
class MessageBar;
class InteractionFilterModel;
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

    // Questions (remove this tender?) are asked only when interactive; tests turn them off.
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Opens the editor of the account's own fields (window-modal, not blocking).
    AccountEditor* editAccount();
    // Opens the contact editor (window-modal, not blocking) for a new person or the given one.
    ContactEditor* addContact();
    ContactEditor* editContact(ContactId id);
    // The person selected in the table or the chart.
    std::optional<ContactId> selectedContact() const;
    void selectContact(ContactId id);
    // Marks the person as having left, or back; undoable. False when it failed.
    bool setContactLeft(ContactId id, bool left);
    OrgChart* orgChart() const { return m_orgChart; }

    SaleTableModel* saleModel() const { return m_sales; }
    RevenueChart* salesChart() const { return m_salesChart; }
    RevenueChart* overviewChart() const { return m_overviewChart; }

    TenderEditor* addTender();
    TenderEditor* editSelectedTender();
    // Asks (when interactive), removes and records the removal; false when nothing was removed.
    bool removeSelectedTender();
    PresenceEditor* addPresence();
    PresenceEditor* editSelectedPresence();
    bool removeSelectedPresence();
    TenderTableModel* tenderModel() const { return m_tenders; }
    InteractionFilterModel* interactionFilter() const { return m_interactionFilter; }
    PresenceTableModel* presenceModel() const { return m_presence; }
    // Ranks the account against all others by the importance score (docs/segmentation.md) and
    // shows the score with each factor's points. On demand: it reads every account's facts.
    void computeScore();

signals:
    void titleChanged();
    // The dossier was written; the caller records it for undo.
    void dossierSaved(const keystone::Dossier& before, const keystone::Dossier& after);
    // An interaction was written from the quick entry; the caller records it for undo.
    void interactionLogged(const keystone::LoggedInteraction& logged);
    // A follow-up was marked done; the caller records it for undo.
    void followUpDone(const keystone::FollowUp& after);
    // A person, tender or competitor's presence was written; the caller records it for undo.
    void edited(const keystone::gui::AccountEdit& edit);


private:
    void showOverview(const AccountDetails& d);
    // By value: `before` may be the editor's own saved copy, which the save replaces.
    void saveDossier(Dossier before, Dossier after);
    void logInteraction(Interaction interaction, std::optional<FollowUp> nextStep);
    void updateDoneButton();
    void setUpPeople();
    void showInteractionFilters(const std::vector<Contact>& contacts);
    void updateInteractionCount();
    void setUpSales();
    void setUpTenders();
    void showSales();
    void updatePeopleButtons();
    void updateTenderButtons();
    void saveAccount(const Account& account);
    void saveContact(const Contact& contact);
    void saveTender(const Tender& tender);
    void savePresence(const CompetitorPresence& presence);
    bool confirmRemove(const QString& question);
    void record(AccountEdit edit);

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
    InteractionFilterModel* m_interactionFilter = nullptr;
    AccountEditing m_editing;
    std::shared_ptr<RecordIds> m_ids;
    std::vector<Contact> m_people;
    std::vector<Competitor> m_competitorList;
    OrgChart* m_orgChart = nullptr;
    SaleTableModel* m_sales = nullptr;
    RevenueChart* m_salesChart = nullptr;
    RevenueChart* m_overviewChart = nullptr;
    std::vector<AccountMonth> m_months;
    TenderTableModel* m_tenders = nullptr;
    PresenceTableModel* m_presence = nullptr;
    bool m_interactive = true;
};

} // namespace keystone::gui
