#include "gui/accounts/HandOverDialog.h"

#include "gui/accounts/HandOverSummary.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "ui_HandOverDialog.h"

#include <QLocale>
#include <QPushButton>
#include <algorithm>

namespace keystone::gui {

HandOverDialog::HandOverDialog(Workspace& workspace, std::vector<AccountId> selection, Commit commit, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::HandOverDialog>()), m_workspace(workspace),
      m_selection(std::move(selection)), m_commit(std::move(commit))
{
    m_ui->setupUi(this);
    m_ui->toError->hide();
    m_ui->summaryButton->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Hand Over"));
    const auto managers = m_workspace.store().managers().list();
    for (const auto& m : managers) {
        const QString label = m.email.empty() ? toQString(m.name)
                                              : tr("%1 · %2").arg(toQString(m.name), toQString(m.email));
        m_ui->fromCombo->addItem(label, static_cast<qlonglong>(m.id));
        if (m.active) // a deactivated member can take nothing over
            m_ui->toCombo->addItem(label, static_cast<qlonglong>(m.id));
    }
    m_ui->selectionRadio->setText(tr("Only the %Ln selected account(s)", nullptr, static_cast<int>(m_selection.size())));
    m_ui->selectionRadio->setEnabled(!m_selection.empty());
    // From: the manager of the first selected account; the selection only when several are chosen.
    if (!m_selection.empty()) {
        if (const auto first = m_workspace.store().accounts().find(m_selection.front()); first && first->ownerId)
            m_ui->fromCombo->setCurrentIndex(
                std::max(0, m_ui->fromCombo->findData(static_cast<qlonglong>(*first->ownerId))));
        m_ui->selectionRadio->setChecked(m_selection.size() > 1);
    }
    // To: the first active member other than From (the combos differ: To offers active members only).
    if (m_ui->toCombo->count() > 1 && m_ui->toCombo->currentData() == m_ui->fromCombo->currentData())
        m_ui->toCombo->setCurrentIndex(m_ui->toCombo->currentIndex() == 0 ? 1 : 0);

    connect(m_ui->fromCombo, &QComboBox::currentIndexChanged, this, &HandOverDialog::refresh);
    connect(m_ui->toCombo, &QComboBox::currentIndexChanged, this, &HandOverDialog::refresh);
    connect(m_ui->allRadio, &QRadioButton::toggled, this, &HandOverDialog::refresh);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HandOverDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->summaryButton, &QPushButton::clicked, this, &HandOverDialog::showSummary);
    refresh();
}

HandOverDialog::~HandOverDialog() = default;

void HandOverDialog::setFrom(ManagerId id)
{
    m_ui->fromCombo->setCurrentIndex(m_ui->fromCombo->findData(static_cast<qlonglong>(id)));
}

void HandOverDialog::setTo(ManagerId id)
{
    m_ui->toCombo->setCurrentIndex(m_ui->toCombo->findData(static_cast<qlonglong>(id)));
}

void HandOverDialog::setSelectionOnly(bool on)
{
    (on ? m_ui->selectionRadio : m_ui->allRadio)->setChecked(true);
}

QString HandOverDialog::countsText() const
{
    return m_ui->countsLabel->text();
}

QString HandOverDialog::toError() const
{
    return m_ui->toError->isHidden() ? QString() : m_ui->toError->text();
}

QPushButton* HandOverDialog::summaryButton() const
{
    return m_ui->summaryButton;
}

void HandOverDialog::refresh()
{
    if (m_done)
        return;
    m_plan.reset();
    m_ui->toError->hide();
    auto* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    if (m_ui->fromCombo->currentIndex() < 0 || m_ui->toCombo->currentIndex() < 0) {
        m_ui->countsLabel->setText(tr("Hand-over needs at least two managers."));
        return;
    }
    const ManagerId from = m_ui->fromCombo->currentData().toLongLong();
    const ManagerId to = m_ui->toCombo->currentData().toLongLong();
    std::optional<std::vector<AccountId>> selection;
    if (m_ui->selectionRadio->isChecked())
        selection = m_selection;
    try {
        m_plan = AccountBulk(m_workspace).planHandOver(from, to, selection);
    } catch (const ValidationError& e) {
        QString message;
        for (const auto& f : e.errors())
            message += problemText(f.message);
        m_ui->toError->setText(message);
        m_ui->toError->show();
        m_ui->countsLabel->clear();
        return;
    } catch (const std::exception& e) {
        m_ui->countsLabel->setText(errorText(e));
        return;
    }
    const int accounts = static_cast<int>(m_plan->accounts.size());
    const int followUps = static_cast<int>(m_plan->followUps.size());
    QString text = tr("%1 and %2 will move from %3 to %4.")
                       .arg(tr("%Ln account(s)", nullptr, accounts), tr("%Ln open follow-up(s)", nullptr, followUps),
                            toQString(m_plan->from.name), toQString(m_plan->to.name));
    if (!m_plan->skipped.empty())
        text += QLatin1Char(' ') + tr("%Ln selected account(s) belong to another manager and stay.", nullptr,
                                      static_cast<int>(m_plan->skipped.size()));
    if (accounts == 0)
        text = tr("%1 has no accounts to hand over.").arg(toQString(m_plan->from.name));
    m_ui->countsLabel->setText(text);
    ok->setEnabled(accounts > 0);
}

void HandOverDialog::accept()
{
    if (m_done) {
        QDialog::accept();
        return;
    }
    if (!m_plan || m_plan->accounts.empty())
        return;
    try {
        m_commit(*m_plan);
    } catch (const std::exception& e) {
        // Stale (changed elsewhere meanwhile) or refused: say so here and look again.
        const QString message = errorText(e);
        refresh();
        m_ui->countsLabel->setText(message + QLatin1Char('\n') + m_ui->countsLabel->text());
        return;
    }
    m_done = true;
    m_ui->fromCombo->setEnabled(false);
    m_ui->toCombo->setEnabled(false);
    m_ui->allRadio->setEnabled(false);
    m_ui->selectionRadio->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->hide();
    m_ui->countsLabel->setText(
        tr("Handed over: %1 and %2 now belong to %3. Print the summary for them; Undo (Ctrl+Z) in the main "
           "window takes the hand-over back.")
            .arg(tr("%Ln account(s)", nullptr, static_cast<int>(m_plan->accounts.size())),
                 tr("%Ln open follow-up(s)", nullptr, static_cast<int>(m_plan->followUps.size())),
                 toQString(m_plan->to.name)));
    m_ui->summaryButton->show();
    m_ui->summaryButton->setDefault(true);
    m_ui->summaryButton->setFocus();
}

QString HandOverDialog::summaryHtml() const
{
    return m_plan ? handOverSummaryHtml(m_workspace, *m_plan) : QString();
}

void HandOverDialog::showSummary()
{
    if (!m_plan)
        return;
    previewSummary(this, summaryHtml(),
                   tr("Hand-over %1 to %2").arg(toQString(m_plan->from.name), toQString(m_plan->to.name)));
}

} // namespace keystone::gui
