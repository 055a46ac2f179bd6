// Adds or edits one person at an account (ui/ContactEditor.ui). Problems show in
// red under their field; the dialog stays open until the save succeeds, so
// nothing typed is lost. Writing is the owner's business: `Saver` writes the
// contact and throws ValidationError (shown beside the fields) or another error.
#pragma once

#include "domain/Contact.h"
#include "gui/account/RecordEditor.h"

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class ContactEditor;
}

namespace keystone::gui {

class ContactEditor : public RecordEditor
{
    Q_OBJECT
public:
    using Saver = std::function<void(const Contact& contact)>;

    ContactEditor(Saver saver, QWidget* parent = nullptr);
    ~ContactEditor() override;

    // Shows `contact` (id 0 for a new one); `colleagues` are the account's people,
    // among whom the manager is chosen (never the contact or anyone below them).
    void setContact(const Contact& contact, const std::vector<Contact>& colleagues);
    // The contact as the form has it.
    Contact contact() const;
    bool isModified() const override;

public slots:
    void accept() override;

private:
    void updateModified();

    std::unique_ptr<Ui::ContactEditor> m_ui;
    Saver m_saver;
    Contact m_original;
};

} // namespace keystone::gui
