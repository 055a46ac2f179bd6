#include "gui/followups/FollowUpsView.h"

#include "gui/common/Labels.h"
#include "gui/common/TableViews.h"
#include "gui/followups/OpenFollowUpModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QShowEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace keystone::gui {

namespace {
constexpr qlonglong kAllManagers = -1;
constexpr qlonglong kNobody = 0;
} // namespace

FollowUpsView::FollowUpsView(QWidget* parent)
    : QWidget(parent), m_model(new OpenFollowUpModel(this)), m_manager(new QComboBox(this)),
      m_count(new QLabel(this)), m_done(new QPushButton(tr("Mark &Done"), this)),
      m_open(new QPushButton(tr("&Open Account"), this)), m_table(new QTableView(this)), m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("followUpsView"));
    m_manager->setObjectName(QStringLiteral("managerFilter"));
    m_count->setObjectName(QStringLiteral("followUpCount"));
    m_done->setObjectName(QStringLiteral("doneButton"));
    m_done->setToolTip(tr("Mark the selected follow-up done (Ctrl+D)"));
    m_open->setObjectName(QStringLiteral("openButton"));
    m_table->setObjectName(QStringLiteral("openFollowUpTable"));
    m_empty->setObjectName(QStringLiteral("followUpsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No open follow-ups. Next steps added with an interaction appear here."));
    m_manager->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* managerLabel = new QLabel(tr("&Manager:"), this);
    managerLabel->setBuddy(m_manager);
    auto* bar = new QHBoxLayout;
    bar->addWidget(managerLabel);
    bar->addWidget(m_manager);
    bar->addSpacing(12);
    bar->addWidget(m_count, 1);
    bar->addWidget(m_done);
    bar->addWidget(m_open);

    m_table->setModel(m_model);
    makeCompact(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);

    connect(m_manager, &QComboBox::activated, this, &FollowUpsView::reload);
    connect(m_done, &QPushButton::clicked, this, &FollowUpsView::markSelectedDone);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_table->currentIndex().isValid())
            emit accountActivated(m_table->currentIndex().data(OpenFollowUpModel::AccountIdRole).toLongLong());
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit accountActivated(index.data(OpenFollowUpModel::AccountIdRole).toLongLong());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FollowUpsView::updateButtons);
    updateButtons();
}

void FollowUpsView::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    fillManagers();
    reload();
}

void FollowUpsView::fillManagers()
{
    m_manager->clear();
    m_manager->addItem(tr("All managers"), kAllManagers);
    if (!m_workspace)
        return;
    for (const auto& m : m_workspace->store().managers().list())
        m_manager->addItem(m.active ? toQString(m.name) : tr("%1 (left)").arg(toQString(m.name)),
                           static_cast<qlonglong>(m.id));
    m_manager->addItem(tr("Nobody"), kNobody);
}

void FollowUpsView::reload()
{
    if (m_workspace && !isVisible()) {
        m_stale = true;
        return;
    }
    readNow();
}

void FollowUpsView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        readNow();
}

void FollowUpsView::readNow()
{
    m_stale = false;
    const FollowUpId selected = m_table->currentIndex().isValid()
                                    ? m_model->rowAt(m_table->currentIndex().row()).followUp.id
                                    : 0;
    std::vector<FollowUpListRow> rows;
    if (m_workspace) {
        const qlonglong manager = m_manager->currentData().toLongLong();
        rows = m_workspace->openFollowUps();
        if (manager != kAllManagers)
            std::erase_if(rows, [manager](const FollowUpListRow& r) { return r.managerId.value_or(kNobody) != manager; });
    }
    const Date today = m_workspace ? m_workspace->clock().today() : Date();
    const auto overdue = std::count_if(rows.begin(), rows.end(),
                                       [today](const FollowUpListRow& r) { return r.followUp.isOverdue(today); });
    const int total = static_cast<int>(rows.size());
    m_model->setRows(std::move(rows), today);
    m_count->setText(overdue > 0 ? tr("%n open, %1 overdue", nullptr, total).arg(overdue)
                                 : tr("%n open", nullptr, total));
    m_table->setVisible(total > 0);
    m_empty->setVisible(total == 0);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rowAt(row).followUp.id == selected) {
            m_table->setCurrentIndex(m_model->index(row, 0));
            break;
        }
    }
    if (total > 0) {
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_model->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c) + 12, 360));
    }
    updateButtons();
}

void FollowUpsView::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid();
    m_done->setEnabled(selected);
    m_open->setEnabled(selected);
}

bool FollowUpsView::markSelectedDone()
{
    const QModelIndex current = m_table->currentIndex();
    if (!m_workspace || !current.isValid())
        return false;
    const int row = current.row();
    FollowUp after;
    try {
        after = m_workspace->setFollowUpDone(m_model->rowAt(row).followUp.id, true);
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Follow-up Not Changed"), QString::fromUtf8(e.what()));
        return false;
    }
    reload();
    // The next one down is the natural next to look at.
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
    emit followUpDone(after);
    return true;
}

} // namespace keystone::gui
