// The managed list of competitors (ui/CompetitorsDialog.ui), reached from
// Accounts > Competitors…: add one, correct or rename it (name, web site, notes),
// merge a duplicate into the one kept. Each write is one undo step on the window's
// stack; a name that folds to another competitor's is refused under the field.
#pragma once

#include "domain/Competitor.h"
#include "gui/account/FieldErrorLabels.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class CompetitorsDialog;
}

class QUndoStack;

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class RecordIds;

class CompetitorsDialog : public QDialog
{
    Q_OBJECT
public:
    // The workspace and the stack must outlive the dialog and the steps it pushes.
    CompetitorsDialog(Workspace& workspace, QUndoStack* undo, QWidget* parent = nullptr);
    ~CompetitorsDialog() override;

    // Reads the list again, keeping the choice where it can.
    void reload();
    // Chooses a competitor in the list (and shows it in the form).
    void select(CompetitorId id);
    CompetitorId selectedId() const;
    // The buttons: each returns whether something was written.
    bool addFromForm();
    bool saveSelected();
    // Merges the one chosen in the list into the one chosen under Keep.
    bool mergeSelected();

signals:
    // After any write, undo or redo: the account tabs' competitor names may be stale.
    void listChanged();

private:
    Competitor fromForm() const;
    void showSelected();
    void updateButtons();
    // Runs `write`; a ValidationError shows under the fields, anything else under the form.
    bool attempt(const std::function<void()>& write);
    void push(const QString& text, std::function<void()> undo, std::function<void()> redo);

    std::unique_ptr<Ui::CompetitorsDialog> m_ui;
    Workspace& m_workspace;
    QUndoStack* m_undo;
    std::shared_ptr<RecordIds> m_ids;
    FieldErrorLabels m_errors;
    std::vector<Competitor> m_competitors;
};

} // namespace keystone::gui
