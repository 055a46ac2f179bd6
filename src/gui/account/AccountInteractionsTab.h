// An account tab's Interactions (ui/AccountInteractionsTab.ui): the quick entry
// that logs one (with its next step), and the history below it, narrowed by kind
// and by person.
#pragma once

#include "app/Workspace.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class AccountInteractionsTab;
}

namespace keystone::gui {

class InteractionEntry;
class InteractionFilterModel;
class InteractionTableModel;
class MessageBar;

class AccountInteractionsTab : public QWidget
{
    Q_OBJECT
public:
    AccountInteractionsTab(Workspace& workspace, AccountId id, QWidget* parent = nullptr);
    ~AccountInteractionsTab() override;

    void showInteractions(const std::vector<Interaction>& interactions, const std::vector<Contact>& contacts);
    InteractionEntry* entry() const { return m_entry; }
    InteractionFilterModel* filter() const { return m_filter; }

signals:
    // An interaction was written: everything shown is read again.
    void written();
    // The caller records it for undo.
    void logged(const keystone::LoggedInteraction& logged);

private:
    void logInteraction(Interaction interaction, std::optional<FollowUp> nextStep);
    void setUpFilters();
    void applyFilters();
    void showFilters(const std::vector<Contact>& contacts);
    void updateCount();

    std::unique_ptr<Ui::AccountInteractionsTab> m_ui;
    Workspace& m_workspace;
    AccountId m_id;
    InteractionEntry* m_entry;
    MessageBar* m_messages;
    InteractionTableModel* m_interactions;
    InteractionFilterModel* m_filter;
};

} // namespace keystone::gui
