// Hand-over of a manager's accounts (all of them, or the selected ones) to another
// manager with their open follow-ups. The counts of what will move are shown before
// anything is written; Hand Over runs `commit` (which writes and records the undo
// step), after which the dialog offers the printable summary for the new manager.
#pragma once

#include "app/AccountBulk.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class HandOverDialog;
}

class QPushButton;

namespace keystone::gui {

class HandOverDialog : public QDialog
{
    Q_OBJECT
public:
    using Commit = std::function<void(const HandOverPlan& plan)>;

    // `selection`: the accounts selected in the list (may be empty).
    HandOverDialog(Workspace& workspace, std::vector<AccountId> selection, Commit commit, QWidget* parent = nullptr);
    ~HandOverDialog() override;

    void setFrom(ManagerId id);
    void setTo(ManagerId id);
    void setSelectionOnly(bool on);
    // What Hand Over would move now; nothing when the choice is not valid.
    const std::optional<HandOverPlan>& plan() const { return m_plan; }
    // The counts line, and the message under "To", as shown.
    QString countsText() const;
    QString toError() const;
    bool isDone() const { return m_done; }
    QPushButton* summaryButton() const;
    // The summary's HTML for the plan handed over (also before: then as things are now).
    QString summaryHtml() const;

    // Hand Over (Enter): writes, then offers the summary; an error stays in the dialog.
    void accept() override;

private:
    void refresh();
    void showSummary();

    std::unique_ptr<Ui::HandOverDialog> m_ui;
    Workspace& m_workspace;
    std::vector<AccountId> m_selection;
    Commit m_commit;
    std::optional<HandOverPlan> m_plan;
    bool m_done = false;
};

} // namespace keystone::gui
