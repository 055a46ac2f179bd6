// Adding to a managed list (competitors, tender reasons) from the combo box that
// chooses from it, as the tender and presence editors' New… buttons do: the new
// entry is chosen at once, and a refusal (a name already there) shows under the field.
#pragma once

#include "domain/Errors.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"

#include <QComboBox>
#include <QLabel>
#include <QStringList>
#include <exception>

namespace keystone::gui {

// Adds through `add` and chooses the new entry in `choice`; a refusal shows under the field.
template <typename Record, typename Add>
inline bool addToChoice(const Add& add, const QString& name, QComboBox* choice, QLabel* error)
{
    try {
        const Record added = add(name.trimmed());
        choice->addItem(toQString(added.name), QVariant::fromValue<qlonglong>(added.id));
        choice->setCurrentIndex(choice->count() - 1);
        error->setVisible(false);
        return true;
    } catch (const ValidationError& e) {
        QStringList messages;
        for (const auto& f : e.errors())
            messages << problemText(f.message);
        error->setText(messages.join(QLatin1Char('\n')));
    } catch (const std::exception& e) {
        error->setText(errorText(e));
    }
    error->setVisible(true);
    return false;
}

} // namespace keystone::gui
