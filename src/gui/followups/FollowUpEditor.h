// Creates or changes one follow-up or commitment (ui/FollowUpEditor.ui): its kind,
// title, due date, owner (an active member, the current user for a new one) and the
// interaction it comes from. Opened to reschedule, it asks for the new date and why
// (the reason is kept in the history it shows); opened to reassign, only the owner
// can change. A new one without an account asks for that too. As in the record
// editors, problems show under the field they name and the dialog stays open until
// `Saver` succeeds, so nothing typed is lost.
#pragma once

#include "app/Workspace.h"
#include "gui/account/RecordEditor.h"

#include <functional>
#include <memory>
#include <string>

namespace Ui {
class FollowUpEditor;
}

namespace keystone::gui {

class FollowUpEditor : public RecordEditor
{
    Q_OBJECT
public:
    enum class Mode
    {
        New,
        Edit,
        Reschedule,
        Reassign
    };
    // Writes what the form holds; `reason` only when rescheduling. Throws to keep the dialog open.
    using Saver = std::function<void(const FollowUp& followUp, const std::string& reason)>;

    // The workspace must outlive the dialog; it is read for members, accounts, interactions
    // and the history (throws what the app layer throws).
    FollowUpEditor(Workspace& workspace, Mode mode, Saver saver, QWidget* parent = nullptr);
    ~FollowUpEditor() override;

    // A follow-up with accountId 0 (only when new) makes the editor ask for the account.
    void setFollowUp(const FollowUp& followUp);
    FollowUp followUp() const;
    QString reason() const;
    Mode mode() const { return m_mode; }
    bool isModified() const override;

public slots:
    void accept() override;

private:
    void fillAccounts();
    void fillOwners(std::optional<ManagerId> owner);
    void fillInteractions(AccountId account, std::optional<InteractionId> chosen);
    void fillHistory(FollowUpId id);
    AccountId chosenAccount() const;
    void updateState();

    std::unique_ptr<Ui::FollowUpEditor> m_ui;
    Workspace& m_workspace;
    Mode m_mode;
    Saver m_saver;
    FollowUp m_original;
    bool m_asksAccount = false;
};

} // namespace keystone::gui
