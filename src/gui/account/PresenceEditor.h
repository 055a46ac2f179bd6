// Adds or edits a competitor's presence at the account (ui/PresenceEditor.ui): who,
// how great a threat, what they sell there and where they are strong. As in the
// tender editor, problems show under their field and the dialog stays open until
// `Saver` succeeds.
#pragma once

#include "domain/Competitor.h"
#include "gui/account/RecordEditor.h"

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class PresenceEditor;
}

namespace keystone::gui {

class PresenceEditor : public RecordEditor
{
    Q_OBJECT
public:
    using Saver = std::function<void(const CompetitorPresence& presence)>;
    // Adds to the managed list on the spot; throws ValidationError for a name already there.
    using AddCompetitor = std::function<Competitor(const QString& name)>;

    PresenceEditor(Saver saver, QWidget* parent = nullptr);
    ~PresenceEditor() override;

    // `competitors` to choose from; an existing presence keeps its competitor.
    void setPresence(const CompetitorPresence& presence, const std::vector<Competitor>& competitors);
    CompetitorPresence presence() const;
    // Without it the New… button is hidden.
    void setCompetitorAdder(AddCompetitor add);
    // What New… does once a name is typed: add the competitor and choose it; false (the
    // problem shown under the field) when it cannot be added.
    bool addCompetitor(const QString& name);
    bool isModified() const override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::PresenceEditor> m_ui;
    Saver m_saver;
    AddCompetitor m_addCompetitor;
    CompetitorPresence m_original;
};

} // namespace keystone::gui
