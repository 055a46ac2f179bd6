// Quick entry of an interaction in the account's Interactions tab: kind, time
// (shown in local time, kept in UTC), the people who took part, subject, summary
// and an optional next step that becomes a follow-up. It only gathers and checks
// the values; the account workspace writes them.
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

signals:
    // The user asked to add; accountId is left for the receiver to set.
    void submitted(const keystone::Interaction& interaction, const std::optional<keystone::FollowUp>& nextStep);

public:
    // Whether something was typed that is not logged yet (a subject, a summary or a next step).
    bool hasUnsavedInput() const;
    // Logs what is typed, as Add does; the form empties once the interaction is written.
    void logInput() { submit(); }

private:
    void submit();

    std::unique_ptr<Ui::InteractionEntry> m_ui;
};

} // namespace keystone::gui
