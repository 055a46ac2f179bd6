// Opens a logged interaction with every field (ui/InteractionEditor.ui): kind,
// when, by whom, the account's people and our colleagues who took part, subject,
// notes, sentiment, outcome and the product it concerns. As in the other record
// editors, problems show under their field and the dialog stays open until `Saver`
// succeeds, so nothing typed is lost.
#pragma once

#include "domain/Contact.h"
#include "domain/Interaction.h"
#include "domain/Manager.h"
#include "gui/account/RecordEditor.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class InteractionEditor;
}

class QListWidget;

namespace keystone::gui {

class InteractionEditor : public RecordEditor
{
    Q_OBJECT
public:
    using Saver = std::function<void(const Interaction& interaction)>;

    InteractionEditor(Saver saver, QWidget* parent = nullptr);
    ~InteractionEditor() override;

    // `contacts` are the account's people, `team` every member; those who left or were
    // deactivated are offered only when the interaction already names them. `currentUser`
    // is "by" for an interaction that has no one yet and no id (a new one).
    void setInteraction(const Interaction& interaction, const std::vector<Contact>& contacts,
                        const std::vector<Manager>& team, std::optional<ManagerId> currentUser);
    // The interaction as the form has it.
    Interaction interaction() const;
    bool isModified() const override;

public slots:
    void accept() override;

private:
    void fillPeople(const std::vector<Contact>& contacts, const std::vector<Manager>& team);
    void updateState();
    bool productEnabled() const;
    void focusFirstProblem();

    std::unique_ptr<Ui::InteractionEditor> m_ui;
    Saver m_saver;
    Interaction m_original;
};

} // namespace keystone::gui
