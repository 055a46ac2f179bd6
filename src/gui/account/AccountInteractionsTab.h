// An account tab's Interactions (ui/AccountInteractionsTab.ui): the quick entry
// that logs one (with its next step), and the history below it, narrowed by kind
// and by person. A logged interaction opens in the InteractionEditor (Edit, Enter,
// a double click) and is deleted with Delete; both are handed on through `edited`.
#pragma once

#include "gui/account/AccountEditingTab.h"

#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class AccountInteractionsTab;
}

namespace keystone::gui {

class InteractionEditor;
class InteractionEntry;
class InteractionFilterModel;
class InteractionTableModel;
class MessageBar;

class AccountInteractionsTab : public AccountEditingTab
{
    Q_OBJECT
public:
    AccountInteractionsTab(Workspace& workspace, AccountEdits edits, QWidget* parent = nullptr);
    ~AccountInteractionsTab() override;

    void showInteractions(const std::vector<Interaction>& interactions, const std::vector<Contact>& contacts);
    InteractionEntry* entry() const { return m_entry; }
    InteractionFilterModel* filter() const { return m_filter; }

    // The interaction selected in the history, if any.
    std::optional<InteractionId> selectedInteraction() const;
    // Selects it in the history (shown whatever the filters); false when it is not this account's.
    bool selectInteraction(InteractionId id);
    // Opens the editor (window-modal, not blocking) for the selected interaction, else none.
    InteractionEditor* editSelectedInteraction();
    // Asks (when interactive), deletes the selected interaction and records it; false
    // when nothing was deleted.
    bool deleteSelectedInteraction();

signals:
    // The caller records it for undo.
    void logged(const keystone::LoggedInteraction& logged);

private:
    void logInteraction(Interaction interaction, std::optional<FollowUp> nextStep);
    void saveInteraction(const Interaction& interaction);
    void updateButtons();
    void setUpFilters();
    void applyFilters();
    void showFilters(const std::vector<Contact>& contacts);
    void updateCount();

    std::unique_ptr<Ui::AccountInteractionsTab> m_ui;
    InteractionEntry* m_entry;
    MessageBar* m_messages;
    InteractionTableModel* m_interactions;
    InteractionFilterModel* m_filter;
    std::vector<Contact> m_contacts; // for the editor
};

} // namespace keystone::gui
