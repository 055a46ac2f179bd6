// Edits an account's own fields (ui/AccountEditor.ui): name, reference, legal
// name, status, kinds, manager, industry, place, web site, headcount, tags and
// parent. Save validates and shows problems under their field; Revert puts the
// saved values back; the title and a label mark unsaved changes, and closing
// with them asks first. `Saver` writes and throws ValidationError on problems.
// In the "new account" mode the form starts blank, Save reads Create, and a
// `Check` may stop the creation before it is written (a name already in use).
#pragma once

#include "domain/Account.h"
#include "domain/Manager.h"
#include "gui/account/RecordEditor.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class AccountEditor;
}

namespace keystone::gui {

class AccountEditor : public RecordEditor
{
    Q_OBJECT
public:
    using Saver = std::function<void(const Account& account)>;
    // What happens to a valid form before it is saved: saved, kept open, or closed unsaved.
    enum class Verdict { Save, Stay, Close };
    using Check = std::function<Verdict(const Account& account)>;

    AccountEditor(Saver saver, QWidget* parent = nullptr);
    ~AccountEditor() override;

    // `accounts` are the parents to choose from (the account itself and those below it are left out).
    void setAccount(const Account& account, const std::vector<Manager>& managers,
                    const std::vector<Account>& accounts);
    // A blank form that creates an account, owned by `owner` unless changed.
    void setNewAccount(std::optional<ManagerId> owner, const std::vector<Manager>& managers,
                       const std::vector<Account>& accounts, Check check);
    bool isNewAccount() const { return m_new; }
    // The account as the form has it; problems only the form can see (a headcount that
    // is not a number) come back in `problems`.
    Account account(std::vector<FieldError>* problems = nullptr) const;
    bool isModified() const override;

public slots:
    void accept() override;
    void revert();

private:
    void updateModified();

    std::unique_ptr<Ui::AccountEditor> m_ui;
    Saver m_saver;
    Account m_original;
    std::vector<Manager> m_managers;
    std::vector<Account> m_accounts;
    Check m_check;
    bool m_new = false;
};

} // namespace keystone::gui
