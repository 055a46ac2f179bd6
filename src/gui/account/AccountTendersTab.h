// An account tab's Tenders and Competitors (ui/AccountTendersTab.ui): the
// tenders the account runs or ran, and the competitors present there, each list
// with its editor. Adding, editing and removing in either list is written at once
// and handed on through `edited`; the two differ only in their records and words.
#pragma once

#include "gui/account/AccountEditingTab.h"

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace Ui {
class AccountTendersTab;
}

class QPushButton;
class QTableView;

namespace keystone::gui {

class PresenceEditor;
class PresenceTableModel;
class TenderEditor;
class TenderTableModel;

class AccountTendersTab : public AccountEditingTab
{
    Q_OBJECT
public:
    AccountTendersTab(Workspace& workspace, AccountEdits edits, QWidget* parent = nullptr);
    ~AccountTendersTab() override;

    // Also reads the competitors to choose from again.
    void showTenders(const std::vector<Tender>& tenders,
                     const std::vector<std::pair<Competitor, CompetitorPresence>>& presence);
    TenderEditor* addTender();
    TenderEditor* editSelectedTender();
    // Asks (when interactive), removes and records the removal; false when nothing was removed.
    bool removeSelectedTender();
    PresenceEditor* addPresence();
    PresenceEditor* editSelectedPresence();
    bool removeSelectedPresence();
    TenderTableModel* tenderModel() const { return m_tenders; }
    PresenceTableModel* presenceModel() const { return m_presence; }

private:
    void connectList(QTableView* table, QPushButton* add, QPushButton* edit, QPushButton* remove,
                     const std::function<void()>& onAdd, const std::function<void()>& onEdit,
                     const std::function<void()>& onRemove);
    void updateButtons();
    TenderEditor* openTender(const Tender& tender);
    PresenceEditor* openPresence(const CompetitorPresence& presence);
    void saveTender(const Tender& tender);
    void savePresence(const CompetitorPresence& presence);
    // Asks `question`, removes `gone` and records it as `editText`; a failure shows in a box titled
    // `failedTitle`.
    template <typename Record>
    bool removeRecord(const Record& gone, const QString& question, const QString& failedTitle,
                      const QString& editText);

    std::unique_ptr<Ui::AccountTendersTab> m_ui;
    TenderTableModel* m_tenders;
    PresenceTableModel* m_presence;
    // Adds to the managed list from an editor's New… button and records it.
    Competitor addCompetitor(const QString& name);
    TenderReason addReason(const QString& name);

    std::vector<Competitor> m_competitors;
    std::vector<TenderReason> m_reasons;
};

} // namespace keystone::gui
