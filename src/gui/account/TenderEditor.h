// Adds or edits a tender (ui/TenderEditor.ui). As in the contact editor, problems
// show under their field and the dialog stays open until `Saver` succeeds.
#pragma once

#include "domain/Competitor.h"
#include "domain/Tender.h"
#include "domain/TenderReason.h"
#include "gui/account/RecordEditor.h"

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class TenderEditor;
}

namespace keystone::gui {

class TenderEditor : public RecordEditor
{
    Q_OBJECT
public:
    using Saver = std::function<void(const Tender& tender)>;
    // Add to the managed lists on the spot and return the one stored; throw
    // ValidationError (a name already there) to keep the dialog open with the reason.
    using AddCompetitor = std::function<Competitor(const QString& name)>;
    using AddReason = std::function<TenderReason(const QString& name)>;

    TenderEditor(Saver saver, QWidget* parent = nullptr);
    ~TenderEditor() override;

    // `competitors` are the winners to choose from, `reasons` the managed win and loss reasons.
    void setTender(const Tender& tender, const std::vector<Competitor>& competitors,
                   const std::vector<TenderReason>& reasons = {});
    // Without them the New… buttons are hidden.
    void setListAdders(AddCompetitor addCompetitor, AddReason addReason);
    // What the New… buttons do once a name is typed: add it and choose it; false
    // (the problem shown under the field) when it cannot be added.
    bool addWinner(const QString& name);
    bool addReason(const QString& name);
    // The tender as the form has it; the value field's own problem is in `valueProblem`.
    Tender tender(QString* valueProblem = nullptr) const;
    bool isModified() const override;

public slots:
    void accept() override;

private:
    void updateState();

    std::unique_ptr<Ui::TenderEditor> m_ui;
    Saver m_saver;
    AddCompetitor m_addCompetitor;
    AddReason m_addReason;
    Tender m_original;
};

} // namespace keystone::gui
