// Quick entry of an interaction in the account's Interactions tab: kind, time
// (shown in local time, kept in UTC), the people who took part, subject, summary,
// sentiment, outcome and an optional next step that becomes a follow-up (a task or
// a commitment). It only gathers and checks the values; the account workspace
// writes them.
#pragma once

#include "domain/Contact.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class InteractionEntry;
}

namespace keystone::gui {

class InteractionEntry : public QWidget
{
    Q_OBJECT
public:
    explicit InteractionEntry(QWidget* parent = nullptr);
    ~InteractionEntry() override;

    void setContacts(const std::vector<Contact>& contacts);
    // Empties the form for the next entry, the time set to `now`, a next step due a week later.
    void clear(DateTime now);
    // Checks the fields, showing problems under them; true when the values may be written.
    bool validate();
    // Something typed (subject, summary, outcome, next step) that has not been logged.
    bool hasUnsavedInput() const;
    // Logs what was typed, as Add Interaction does; true when nothing is left unlogged
    // (also when nothing was typed), false when a problem shows in the form.
    bool logInput();

signals:
    // The user asked to add; accountId is left for the receiver to set.
    void submitted(const keystone::Interaction& interaction, const std::optional<keystone::FollowUp>& nextStep);

private:
    void submit();

    std::unique_ptr<Ui::InteractionEntry> m_ui;
};

} // namespace keystone::gui
