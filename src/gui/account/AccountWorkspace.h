// One account opened in its own tab: a tab each for the overview (with revenue by
// month), dossier, people (table and organisation chart), interactions,
// follow-ups, sales, and tenders and competitors (AccountOverviewTab ...
// AccountTendersTab). This container reads the account through
// Workspace::details, shows it in every tab, reads again whenever a tab writes,
// and hands the tabs' edits on to the main window's undo stack.
#pragma once

#include "app/AccountEditing.h"
#include "app/Workspace.h"
#include "gui/account/AccountDossierTab.h"
#include "gui/account/AccountEditCommand.h"
#include "gui/account/AccountFollowUpsTab.h"
#include "gui/account/AccountInteractionsTab.h"
#include "gui/account/AccountOverviewTab.h"
#include "gui/account/AccountPeopleTab.h"
#include "gui/account/AccountSalesTab.h"
#include "gui/account/AccountTendersTab.h"

#include <QWidget>
#include <array>
#include <memory>
#include <optional>

namespace Ui {
class AccountWorkspace;
}

namespace keystone::gui {

class AccountEditingTab;
class AccountEditor;
class ContactEditor;
class DossierEditor;
class InteractionEntry;
class InteractionFilterModel;
class OrgChart;
class PresenceEditor;
class PresenceTableModel;
class RevenueChart;
class SaleTableModel;
class TenderEditor;
class TenderTableModel;

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
    DossierEditor* dossierEditor() const { return m_dossier->editor(); }
    bool hasUnsavedChanges() const;

    // Reads everything again; unsaved dossier edits are kept.
    void reload();
    // Shows `dossier` as saved (after an undo or redo elsewhere).
    void showSavedDossier(const Dossier& dossier);
    // Asks whether to save, discard or stay when the dossier has unsaved changes;
    // true when the tab may close.
    bool confirmClose();
    InteractionEntry* interactionEntry() const { return m_interactions->entry(); }
    AccountInteractionsTab* interactionsTab() const { return m_interactions; }
    // Marks the follow-up selected in the Follow-ups tab done; false when none open is selected.
    bool markSelectedFollowUpDone();
    // Shows the Follow-ups tab with the follow-up selected.
    void showFollowUp(FollowUpId id);
    // Shows the People tab with the contact selected.
    void showContact(ContactId id);

    // Questions (remove this tender?) are asked only when interactive; tests turn them off.
    void setInteractive(bool interactive);
    // Opens the editor of the account's own fields (window-modal, not blocking).
    AccountEditor* editAccount() { return m_overview->editAccount(); }
    // Opens the contact editor (window-modal, not blocking) for a new person or the given one.
    ContactEditor* addContact() { return m_people->addContact(); }
    ContactEditor* editContact(ContactId id) { return m_people->editContact(id); }
    // The person selected in the table or the chart.
    std::optional<ContactId> selectedContact() const { return m_people->selectedContact(); }
    void selectContact(ContactId id) { m_people->selectContact(id); }
    // Marks the person as having left, or back; undoable. False when it failed.
    bool setContactLeft(ContactId id, bool left) { return m_people->setContactLeft(id, left); }
    OrgChart* orgChart() const { return m_people->orgChart(); }

    SaleTableModel* saleModel() const { return m_sales->model(); }
    RevenueChart* salesChart() const { return m_sales->chart(); }
    RevenueChart* overviewChart() const { return m_overview->chart(); }

    TenderEditor* addTender() { return m_tenders->addTender(); }
    TenderEditor* editSelectedTender() { return m_tenders->editSelectedTender(); }
    // Asks (when interactive), removes and records the removal; false when nothing was removed.
    bool removeSelectedTender() { return m_tenders->removeSelectedTender(); }
    PresenceEditor* addPresence() { return m_tenders->addPresence(); }
    PresenceEditor* editSelectedPresence() { return m_tenders->editSelectedPresence(); }
    bool removeSelectedPresence() { return m_tenders->removeSelectedPresence(); }
    TenderTableModel* tenderModel() const { return m_tenders->tenderModel(); }
    InteractionFilterModel* interactionFilter() const { return m_interactions->filter(); }
    PresenceTableModel* presenceModel() const { return m_tenders->presenceModel(); }
    // Ranks the account against all others by the importance score (docs/segmentation.md) and
    // shows the score with each factor's points. On demand: it reads every account's facts.
    void computeScore() { m_overview->computeScore(); }

signals:
    void titleChanged();
    // The dossier was written; the caller records it for undo.
    void dossierSaved(const keystone::Dossier& before, const keystone::Dossier& after);
    // An interaction was written from the quick entry; the caller records it for undo.
    void interactionLogged(const keystone::LoggedInteraction& logged);
    // A follow-up was marked done; the caller records it for undo.
    void followUpDone(const keystone::FollowUp& after);
    // The account, a person, tender or competitor's presence was written; the caller records it for undo.
    void edited(const keystone::gui::AccountEdit& edit);

private:
    void connectTabs();
    // The tabs that write edits at once and hand them on.
    std::array<AccountEditingTab*, 4> editingTabs() const;

    std::unique_ptr<Ui::AccountWorkspace> m_ui;
    Workspace& m_workspace;
    AccountId m_id;
    Account m_account;
    AccountOverviewTab* m_overview;
    AccountDossierTab* m_dossier;
    AccountPeopleTab* m_people;
    AccountInteractionsTab* m_interactions;
    AccountFollowUpsTab* m_followUps;
    AccountSalesTab* m_sales;
    AccountTendersTab* m_tenders;
};

} // namespace keystone::gui
