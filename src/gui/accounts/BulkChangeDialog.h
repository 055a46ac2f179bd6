// One small dialog for the list's bulk changes: a new manager, a new status, or
// tags to add and remove, for the selected accounts. OK runs `apply`; a
// ValidationError it throws is shown under the field it names and the dialog stays
// open with everything typed kept.
#pragma once

#include "app/Workspace.h"

#include <QDialog>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace Ui {
class BulkChangeDialog;
}

namespace keystone::gui {

class BulkChangeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode
    {
        Owner,
        Status,
        Tags
    };
    BulkChangeDialog(Mode mode, int accounts, const std::vector<Manager>& managers, QWidget* parent = nullptr);
    ~BulkChangeDialog() override;

    void setApply(std::function<void()> apply) { m_apply = std::move(apply); }

    // Nothing chosen yet is impossible: the owner combo starts on "Nobody".
    std::optional<ManagerId> owner() const;
    void setOwner(std::optional<ManagerId> owner);
    AccountStatus status() const;
    void setStatus(AccountStatus status);
    std::vector<std::string> tagsToAdd() const;
    std::vector<std::string> tagsToRemove() const;
    void setTags(const QString& add, const QString& remove);

    void accept() override;

private:
    std::unique_ptr<Ui::BulkChangeDialog> m_ui;
    Mode m_mode;
    std::function<void()> m_apply;
};

} // namespace keystone::gui
