// Shows a ValidationError's problems beside the fields they name, in the labels
// a form reserves under each field; what names no field is returned to be shown
// elsewhere in the form.
#pragma once

#include "domain/Errors.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"

#include <QLabel>
#include <QSizePolicy>
#include <QStringList>
#include <map>
#include <string>
#include <vector>

namespace keystone::gui {

class FieldErrorLabels
{
public:
    void add(const std::string& field, QLabel* label)
    {
        // A form layout grows only expanding fields; a wrapping label that does not grow wraps at
        // the narrow width Qt guesses for it ("обязательное / поле").
        label->setSizePolicy(QSizePolicy::Expanding, label->sizePolicy().verticalPolicy());
        m_labels[field] = label;
    }

    void clear()
    {
        for (auto& [field, label] : m_labels) {
            label->clear();
            label->hide();
        }
    }

    // Clears, then shows each error under its field; returns the others as
    // "Field: problem". Both in the user's language (gui/common/ProblemText.h).
    QStringList show(const std::vector<FieldError>& errors)
    {
        clear();
        QStringList other;
        for (const auto& e : errors) {
            const auto it = m_labels.find(e.field);
            if (it == m_labels.end()) {
                other << errorText(e.field + ": " + e.message);
                continue;
            }
            QLabel* label = it->second;
            const QString text = problemText(e.message);
            label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
            label->show();
        }
        return other;
    }

    // The first label showing a problem, to put the focus on its field.
    QLabel* firstShown() const
    {
        for (const auto& [field, label] : m_labels)
            if (!label->isHidden())
                return label;
        return nullptr;
    }

private:
    std::map<std::string, QLabel*> m_labels;
};

} // namespace keystone::gui
