// Adds or edits a tender (ui/TenderEditor.ui). As in the contact editor, problems
// show under their field and the dialog stays open until `Saver` succeeds.
#pragma once

#include "domain/Competitor.h"
#include "domain/Tender.h"
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

    TenderEditor(Saver saver, QWidget* parent = nullptr);
    ~TenderEditor() override;

    // `competitors` are the winners to choose from.
    void setTender(const Tender& tender, const std::vector<Competitor>& competitors);
    // The tender as the form has it; the value field's own problem is in `valueProblem`.
    Tender tender(QString* valueProblem = nullptr) const;
    bool isModified() const override;

public slots:
    void accept() override;

private:
    void updateState();

    std::unique_ptr<Ui::TenderEditor> m_ui;
    Saver m_saver;
    Tender m_original;
};

} // namespace keystone::gui
