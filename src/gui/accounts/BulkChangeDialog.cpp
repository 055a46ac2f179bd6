#include "gui/accounts/BulkChangeDialog.h"

#include "domain/Text.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "ui_BulkChangeDialog.h"

#include <QPushButton>
#include <algorithm>

namespace keystone::gui {

namespace {

std::vector<std::string> tagList(const QString& text)
{
    const std::string utf8 = toStdString(text); // splitList's views must not outlive it
    std::vector<std::string> tags;
    for (auto tag : splitList(utf8))
        if (!trim(tag).empty())
            tags.emplace_back(trim(tag));
    return tags;
}

} // namespace

BulkChangeDialog::BulkChangeDialog(Mode mode, int accounts, const std::vector<Manager>& managers, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulkChangeDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->ownerCombo->addItem(tr("Nobody"), qlonglong{0});
    for (const auto& m : managers)
        if (m.active) // a deactivated member can own nothing new
            m_ui->ownerCombo->addItem(m.email.empty() ? toQString(m.name)
                                                  : tr("%1 · %2").arg(toQString(m.name), toQString(m.email)),
                                  static_cast<qlonglong>(m.id));
    for (const auto& entry : EnumKeys<AccountStatus>::table)
        m_ui->statusCombo->addItem(statusLabel(entry.value), static_cast<int>(entry.value));

    m_ui->form->setRowVisible(m_ui->ownerCombo, mode == Mode::Owner);
    m_ui->form->setRowVisible(m_ui->statusCombo, mode == Mode::Status);
    m_ui->form->setRowVisible(m_ui->addTagsEdit, mode == Mode::Tags);
    m_ui->form->setRowVisible(m_ui->removeTagsEdit, mode == Mode::Tags);
    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    switch (mode) {
    case Mode::Owner:
        setWindowTitle(tr("Change Manager"));
        m_ui->introLabel->setText(
            tr("Give the %Ln selected account(s) to another manager. Their follow-ups keep their owners; "
               "use Hand Over to move those too.",
               nullptr, accounts));
        ok->setText(tr("&Change Manager"));
        m_ui->ownerCombo->setFocus();
        break;
    case Mode::Status:
        setWindowTitle(tr("Change Status"));
        m_ui->introLabel->setText(tr("Set the status of the %Ln selected account(s).", nullptr, accounts));
        ok->setText(tr("&Change Status"));
        m_ui->statusCombo->setFocus();
        break;
    case Mode::Tags:
        setWindowTitle(tr("Edit Tags"));
        m_ui->introLabel->setText(
            tr("Add tags to the %Ln selected account(s), or remove tags from them. Case does not matter "
               "for removing.",
               nullptr, accounts));
        ok->setText(tr("&Apply"));
        m_ui->addTagsEdit->setFocus();
        break;
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BulkChangeDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BulkChangeDialog::~BulkChangeDialog() = default;

std::optional<ManagerId> BulkChangeDialog::owner() const
{
    const qlonglong id = m_ui->ownerCombo->currentData().toLongLong();
    return id == 0 ? std::nullopt : std::optional<ManagerId>(id);
}

void BulkChangeDialog::setOwner(std::optional<ManagerId> owner)
{
    m_ui->ownerCombo->setCurrentIndex(
        std::max(0, m_ui->ownerCombo->findData(static_cast<qlonglong>(owner.value_or(0)))));
}

AccountStatus BulkChangeDialog::status() const
{
    return static_cast<AccountStatus>(m_ui->statusCombo->currentData().toInt());
}

void BulkChangeDialog::setStatus(AccountStatus status)
{
    m_ui->statusCombo->setCurrentIndex(std::max(0, m_ui->statusCombo->findData(static_cast<int>(status))));
}

std::vector<std::string> BulkChangeDialog::tagsToAdd() const
{
    return tagList(m_ui->addTagsEdit->text());
}

std::vector<std::string> BulkChangeDialog::tagsToRemove() const
{
    return tagList(m_ui->removeTagsEdit->text());
}

void BulkChangeDialog::setTags(const QString& add, const QString& remove)
{
    m_ui->addTagsEdit->setText(add);
    m_ui->removeTagsEdit->setText(remove);
}

void BulkChangeDialog::accept()
{
    m_ui->errorLabel->hide();
    if (m_apply) {
        try {
            m_apply();
        } catch (const ValidationError& e) {
            // Beside the field concerned: the tag fields' row, else the dialog's only field.
            QString message;
            for (const auto& f : e.errors())
                message += (message.isEmpty() ? QString() : QStringLiteral("\n")) + problemText(f.message);
            m_ui->errorLabel->setText(message);
            m_ui->errorLabel->show();
            if (m_mode == Mode::Tags)
                m_ui->addTagsEdit->setFocus();
            return;
        } catch (const std::exception& e) {
            m_ui->errorLabel->setText(errorText(e));
            m_ui->errorLabel->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace keystone::gui
