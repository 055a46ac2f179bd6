#include "gui/account/AccountFollowUpsTab.h"

#include "gui/account/AccountTables.h"
#include "gui/followups/FollowUpTableModel.h"
#include "ui_AccountFollowUpsTab.h"

#include <QMessageBox>

namespace keystone::gui {

AccountFollowUpsTab::AccountFollowUpsTab(Workspace& workspace, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::AccountFollowUpsTab>()), m_workspace(workspace),
      m_followUps(new FollowUpTableModel(FollowUpTableModel::Scope::OneAccount, this))
{
    m_ui->setupUi(this);
    setUpTable(m_ui->followUpTable, m_followUps);
    connect(m_ui->doneButton, &QPushButton::clicked, this, &AccountFollowUpsTab::doneRequested);
    connect(m_ui->followUpTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountFollowUpsTab::updateDoneButton);
    connect(m_followUps, &QAbstractItemModel::modelReset, this, &AccountFollowUpsTab::updateDoneButton);
}

AccountFollowUpsTab::~AccountFollowUpsTab() = default;

void AccountFollowUpsTab::showFollowUps(const std::vector<FollowUp>& followUps)
{
    m_followUps->setFollowUps(followUps, m_workspace.clock().today());
    m_ui->followUpsEmpty->setVisible(followUps.empty());
    m_ui->followUpTable->setVisible(!followUps.empty());
    m_ui->doneButton->setVisible(!followUps.empty());
    fitColumns(m_ui->followUpTable);
}

void AccountFollowUpsTab::updateDoneButton()
{
    const QModelIndex current = m_ui->followUpTable->currentIndex();
    m_ui->doneButton->setEnabled(current.isValid() && !m_followUps->followUpAt(current.row()).done);
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
        QMessageBox::warning(this, tr("Follow-up Not Changed"), QString::fromUtf8(e.what()));
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
