#include "gui/account/AccountFollowUpsTab.h"

#include "gui/account/AccountTables.h"
#include "gui/common/ProblemText.h"
#include "gui/followups/FollowUpActions.h"
#include "gui/followups/FollowUpTableModel.h"
#include "ui_AccountFollowUpsTab.h"

#include <QMessageBox>
#include <QToolButton>

namespace keystone::gui {

AccountFollowUpsTab::AccountFollowUpsTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AccountFollowUpsTab>()), m_workspace(workspace),
      m_followUps(new FollowUpTableModel(FollowUpTableModel::Scope::OneAccount, this)),
      m_actions(new FollowUpActions(this, [this] {
          const QModelIndex current = m_ui->followUpTable->currentIndex();
          return current.isValid() ? std::optional<FollowUp>(m_followUps->followUpAt(current.row())) : std::nullopt;
      }))
{
    m_ui->setupUi(this);
    setUpTable(m_ui->followUpTable, m_followUps);
    m_actions->setWorkspace(&workspace);
    // Marking done keeps the path (and the undo step) the window's Ctrl+D takes.
    m_actions->setDoneHandler([this] { emit doneRequested(); });
    m_actions->attach(m_ui->followUpTable);
    const std::pair<QToolButton*, FollowUpActions::Action> buttons[] = {
        {m_ui->newFollowUpButton, FollowUpActions::New},   {m_ui->editFollowUpButton, FollowUpActions::Edit},
        {m_ui->rescheduleButton, FollowUpActions::Reschedule}, {m_ui->reassignButton, FollowUpActions::Reassign},
        {m_ui->deleteFollowUpButton, FollowUpActions::Delete}, {m_ui->reopenButton, FollowUpActions::Reopen}};
    for (const auto& [button, action] : buttons)
        button->setDefaultAction(m_actions->action(action));
    connect(m_actions, &FollowUpActions::edited, this, [this](const AccountEdit& edit) {
        emit edited(edit);
        emit written();
    });
    connect(m_ui->doneButton, &QPushButton::clicked, this, &AccountFollowUpsTab::doneRequested);
    connect(m_ui->followUpTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountFollowUpsTab::updateDoneButton);
    connect(m_followUps, &QAbstractItemModel::modelReset, this, &AccountFollowUpsTab::updateDoneButton);
}

AccountFollowUpsTab::~AccountFollowUpsTab() = default;

void AccountFollowUpsTab::setAccount(AccountId id)
{
    m_actions->setAccount(id);
}

void AccountFollowUpsTab::showFollowUps(const std::vector<FollowUp>& followUps)
{
    m_followUps->setFollowUps(followUps, m_workspace.clock().today());
    m_ui->followUpsEmpty->setVisible(followUps.empty());
    m_ui->followUpTable->setVisible(!followUps.empty());
    for (QWidget* button : {static_cast<QWidget*>(m_ui->doneButton), static_cast<QWidget*>(m_ui->editFollowUpButton),
                            static_cast<QWidget*>(m_ui->rescheduleButton), static_cast<QWidget*>(m_ui->reassignButton),
                            static_cast<QWidget*>(m_ui->deleteFollowUpButton), static_cast<QWidget*>(m_ui->reopenButton)})
        button->setVisible(!followUps.empty());
    fitColumns(m_ui->followUpTable);
}

void AccountFollowUpsTab::updateDoneButton()
{
    const QModelIndex current = m_ui->followUpTable->currentIndex();
    m_ui->doneButton->setEnabled(current.isValid() && !m_followUps->followUpAt(current.row()).done);
    m_actions->updateState();
}

std::optional<FollowUp> AccountFollowUpsTab::markSelectedDone()
{
    const QModelIndex current = m_ui->followUpTable->currentIndex();
    if (!current.isValid() || m_followUps->followUpAt(current.row()).done)
        return std::nullopt;
    const FollowUpId id = m_followUps->followUpAt(current.row()).id;
    FollowUp after;
    try {
        after = m_workspace.setFollowUpDone(id, true);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Follow-up Not Changed"), errorText(e));
        return std::nullopt;
    }
    emit written();
    return after;
}

void AccountFollowUpsTab::select(FollowUpId id)
{
    for (int row = 0; row < m_followUps->rowCount(); ++row) {
        if (m_followUps->followUpAt(row).id == id) {
            m_ui->followUpTable->setCurrentIndex(m_followUps->index(row, 0));
            break;
        }
    }
    updateDoneButton();
}

} // namespace keystone::gui
