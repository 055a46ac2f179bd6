// Deactivating a member who still owns accounts: names the active member who takes
// them (and the open follow-ups on them) over (ui/DeactivateMemberDialog.ui).
// Deactivated members are not offered: they can own nothing new.
#pragma once

#include "domain/Manager.h"

#include <QDialog>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace Ui {
class DeactivateMemberDialog;
}

namespace keystone::gui {

class DeactivateMemberDialog : public QDialog
{
    Q_OBJECT
public:
    DeactivateMemberDialog(const Manager& member, std::int64_t accounts, const std::vector<Manager>& team,
                           QWidget* parent = nullptr);
    ~DeactivateMemberDialog() override;

    std::optional<ManagerId> handOverTo() const;
    void setHandOverTo(ManagerId id);
    // Shows a problem of the deactivation under the hand-over field.
    void showProblem(const QString& text);

private:
    std::unique_ptr<Ui::DeactivateMemberDialog> m_ui;
};

} // namespace keystone::gui
