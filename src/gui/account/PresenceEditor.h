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

    PresenceEditor(Saver saver, QWidget* parent = nullptr);
    ~PresenceEditor() override;

    // `competitors` to choose from; an existing presence keeps its competitor.
    void setPresence(const CompetitorPresence& presence, const std::vector<Competitor>& competitors);
    CompetitorPresence presence() const;
    bool isModified() const override;

public slots:
    void accept() override;

private:
    std::unique_ptr<Ui::PresenceEditor> m_ui;
    Saver m_saver;
    CompetitorPresence m_original;
};

} // namespace keystone::gui
