// What the dialogs that edit one record (an account's own fields, a contact, a
// tender, a competitor's presence) share: problems show under the fields they
// name and the rest under the form; the dialog stays open until the save
// succeeds, so nothing typed is lost; unsaved edits are not dropped without
// asking. Each editor fills its form, reads it back and says what it saves.
#pragma once

#include "gui/account/FieldErrorLabels.h"

#include <QDialog>
#include <functional>
#include <initializer_list>
#include <utility>
#include <vector>

class QLabel;

namespace keystone::gui {

class RecordEditor : public QDialog
{
    Q_OBJECT
public:
    explicit RecordEditor(QWidget* parent = nullptr);

    // Whether the form differs from the record it was given.
    virtual bool isModified() const = 0;
    // Asks to discard unsaved edits before closing (off in tests).
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // Opens window-modal without blocking; the dialog deletes itself once closed.
    void openWindowModal(bool interactive);
    // Before the account's tab closes: saves as OK does; true when saved and closed.
    bool saveAndClose();
    // Closes without saving and without asking.
    void discard() { QDialog::reject(); }

public slots:
    void reject() override;

protected:
    // The form's labels: one under each field, named as ValidationError names it, and
    // `general` under the form for the rest; `discardQuestion` is asked before unsaved
    // edits are dropped.
    void setUpProblems(std::initializer_list<std::pair<const char*, QLabel*>> fields, QLabel* general,
                       QString discardQuestion);
    void clearProblems();
    // Shows `problems`; when there are none, runs `save` and closes. A ValidationError
    // from it shows beside the fields, any other error under the form.
    void submit(const std::vector<FieldError>& problems, const std::function<void()>& save);

private:
    FieldErrorLabels m_errors;
    QLabel* m_general = nullptr;
    QString m_discardQuestion;
    bool m_interactive = true;
};

} // namespace keystone::gui
