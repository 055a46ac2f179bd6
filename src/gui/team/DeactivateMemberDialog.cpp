#include "gui/team/DeactivateMemberDialog.h"

#include "gui/common/Labels.h"
#include "ui_DeactivateMemberDialog.h"

#include <QPushButton>

namespace keystone::gui {

DeactivateMemberDialog::DeactivateMemberDialog(const Manager& member, std::int64_t accounts,
                                               const std::vector<Manager>& team, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::DeactivateMemberDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deactivateMemberDialog"));
    setWindowTitle(tr("Deactivate %1").arg(toQString(member.name)));
    m_ui->introLabel->setText(tr("%1 still owns %Ln account(s). Choose who takes them over, with the open "
                                 "follow-ups on them.",
                                 nullptr, static_cast<int>(accounts))
                                  .arg(toQString(member.name)));
    for (const auto& m : team)
        if (m.active && m.id != member.id)
            m_ui->handOverCombo->addItem(tr("%1 · %2").arg(toQString(m.name), toQString(m.email)),
                                         static_cast<qlonglong>(m.id));
    m_ui->handOverError->hide();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand Over and &Deactivate"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(m_ui->handOverCombo->count() > 0);
    if (m_ui->handOverCombo->count() == 0)
        showProblem(tr("No other active member can take the accounts over: add one first."));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DeactivateMemberDialog::~DeactivateMemberDialog() = default;

std::optional<ManagerId> DeactivateMemberDialog::handOverTo() const
{
    if (m_ui->handOverCombo->currentIndex() < 0)
        return std::nullopt;
    return static_cast<ManagerId>(m_ui->handOverCombo->currentData().toLongLong());
}

void DeactivateMemberDialog::setHandOverTo(ManagerId id)
{
    m_ui->handOverCombo->setCurrentIndex(m_ui->handOverCombo->findData(static_cast<qlonglong>(id)));
}

void DeactivateMemberDialog::showProblem(const QString& text)
{
    m_ui->handOverError->setText(text);
    m_ui->handOverError->show();
}

} // namespace keystone::gui
