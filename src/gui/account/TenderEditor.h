// Adds or edits a tender (ui/TenderEditor.ui) and a competitor's presence at the
// account (ui/PresenceEditor.ui). As in the contact editor, problems show under
// their field and the dialog stays open until `Saver` succeeds.
#pragma once

#include "domain/Competitor.h"
#include "domain/Tender.h"
#include "gui/account/FieldErrorLabels.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class TenderEditor;
class PresenceEditor;
}

namespace keystone::gui {

class TenderEditor : public QDialog
{
    Q_OBJECT
public:
    using Saver = std::function<void(const Tender& tender)>;

    TenderEditor(Saver saver, QWidget* parent = nullptr);
    ~TenderEditor() override;

    void setTender(const Tender& tender, const std::vector<Competitor>& competitors);
    // The tender as the form has it; the value field's own problem is in `valueProblem`.
    Tender tender(QString* valueProblem = nullptr) const;
    bool isModified() const;
    void setInteractive(bool interactive) { m_interactive = interactive; }

public slots:
    void accept() override;
    void reject() override;

private:
    void updateState();

    std::unique_ptr<Ui::TenderEditor> m_ui;
    Saver m_saver;
    FieldErrorLabels m_errors;
    Tender m_original;
    bool m_interactive = true;
};

class PresenceEditor : public QDialog
{
    Q_OBJECT
public:
    using Saver = std::function<void(const CompetitorPresence& presence)>;

    PresenceEditor(Saver saver, QWidget* parent = nullptr);
    ~PresenceEditor() override;

    // `competitors` to choose from; an existing presence keeps its competitor.
    void setPresence(const CompetitorPresence& presence, const std::vector<Competitor>& competitors);
    CompetitorPresence presence() const;
    bool isModified() const;
    void setInteractive(bool interactive) { m_interactive = interactive; }

public slots:
    void accept() override;
    void reject() override;

private:
    std::unique_ptr<Ui::PresenceEditor> m_ui;
    Saver m_saver;
    FieldErrorLabels m_errors;
    CompetitorPresence m_original;
    bool m_interactive = true;
};

} // namespace keystone::gui
