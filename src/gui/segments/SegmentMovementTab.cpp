#include "gui/segments/SegmentMovementTab.h"

#include "app/Analytics.h"
#include "app/AnalyticsColumns.h"
#include "app/Workspace.h"
#include "gui/common/Labels.h"
#include "gui/common/ProblemText.h"
#include "gui/segments/ReportList.h"
#include "gui/segments/SegmentListColumns.h"
#include "gui/segments/TransitionMatrixModel.h"
#include "ui_SegmentMovementTab.h"

#include <QHeaderView>
#include <map>

namespace keystone::gui {

SegmentMovementTab::SegmentMovementTab(QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SegmentMovementTab>()),
      m_transitions(new TransitionMatrixModel(this))
{
    m_ui->setupUi(this);
    m_ui->transitionTable->setModel(m_transitions);
    m_ui->transitionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->transitionTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->transitionTable->setMaximumWidth(520);
    m_ui->moversList->setEmptyText(tr("No account changed cell."));
    connect(m_ui->moversList, &ReportList::accountActivated, this, &SegmentMovementTab::accountActivated);
    connect(m_ui->beforeCombo, &QComboBox::activated, this, &SegmentMovementTab::compareChosenSnapshots);
    connect(m_ui->afterCombo, &QComboBox::activated, this, &SegmentMovementTab::compareChosenSnapshots);
}

SegmentMovementTab::~SegmentMovementTab() = default;

ReportList* SegmentMovementTab::moversList() const
{
    return m_ui->moversList;
}

void SegmentMovementTab::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    clear();
}

void SegmentMovementTab::clear()
{
    m_transitions->clear();
    m_ui->moversList->setTable({}, {});
    m_ui->beforeCombo->clear();
    m_ui->afterCombo->clear();
    m_ui->movementInfo->clear();
    m_ui->downgradeLabel->clear();
}

void SegmentMovementTab::showSnapshots(const std::vector<SegmentSnapshot>& snapshots)
{
    const QVariant older = m_ui->beforeCombo->currentData();
    const QVariant newer = m_ui->afterCombo->currentData();
    m_ui->beforeCombo->clear();
    m_ui->afterCombo->clear();
    for (const auto& s : snapshots) {
        const QString text = tr("#%1 %2 (%3)").arg(s.id).arg(toQString(s.label), formatDateTime(s.takenAt));
        m_ui->beforeCombo->addItem(text, static_cast<qlonglong>(s.id));
        m_ui->afterCombo->addItem(text, static_cast<qlonglong>(s.id));
    }
    const int count = static_cast<int>(snapshots.size());
    m_ui->beforeCombo->setEnabled(count >= 2);
    m_ui->afterCombo->setEnabled(count >= 2);
    if (count < 2) {
        m_transitions->clear();
        m_ui->moversList->setTable({}, {});
        m_ui->downgradeLabel->clear();
        m_ui->movementInfo->setText(
            count == 0 ? tr("No saved snapshots yet. Save one now with Save Snapshot… above and another "
                            "later; this tab shows who moved between them.")
                       : tr("One saved snapshot: save another later with Save Snapshot… above to see who "
                            "moved."));
        return;
    }
    // The newest two by default (the list is newest first); else what was chosen before.
    const int olderIndex = older.isValid() ? m_ui->beforeCombo->findData(older) : -1;
    const int newerIndex = newer.isValid() ? m_ui->afterCombo->findData(newer) : -1;
    m_ui->beforeCombo->setCurrentIndex(olderIndex >= 0 ? olderIndex : 1);
    m_ui->afterCombo->setCurrentIndex(newerIndex >= 0 ? newerIndex : 0);
    compareChosenSnapshots();
}

std::optional<std::pair<SnapshotId, SnapshotId>> SegmentMovementTab::chosenSnapshots() const
{
    if (m_ui->beforeCombo->currentIndex() < 0 || m_ui->afterCombo->currentIndex() < 0 ||
        m_ui->beforeCombo->count() < 2)
        return std::nullopt;
    return std::pair{SnapshotId{m_ui->beforeCombo->currentData().toLongLong()},
                     SnapshotId{m_ui->afterCombo->currentData().toLongLong()}};
}

void SegmentMovementTab::compareChosenSnapshots()
{
    if (m_ui->beforeCombo->currentIndex() < 0 || m_ui->afterCombo->currentIndex() < 0)
        return;
    compareSnapshots(m_ui->beforeCombo->currentData().toLongLong(),
                     m_ui->afterCombo->currentData().toLongLong());
}

void SegmentMovementTab::compareSnapshots(SnapshotId older, SnapshotId newer)
{
    if (!m_workspace)
        return;
    m_ui->downgradeLabel->clear();
    try {
        const auto diff = Analytics(m_workspace->store(), m_workspace->clock()).diff(older, newer);
        std::map<std::string, int> olderCells;
        if (auto snapshot = m_workspace->store().snapshots().find(older))
            for (const auto& row : snapshot->rows)
                ++olderCells[row.cell];
        m_transitions->setDiff(diff, olderCells);
        Table moves = movesTable(diff);
        std::vector<AccountId> ids;
        std::vector<bool> emphasis;
        QStringList downgraded;
        for (const auto& m : diff.moves) {
            ids.push_back(m.accountId.value_or(0));
            const bool down = isADowngrade(m.from, m.to);
            emphasis.push_back(down);
            if (down)
                downgraded
                    << tr("%1 (%2 → %3)").arg(toQString(m.name), toQString(m.from), cellOrAbsent(m.to));
        }
        m_ui->moversList->setTable(moves, segmentListColumns(moves, false), ids);
        m_ui->moversList->model()->setEmphasis(std::move(emphasis));
        const int moved = static_cast<int>(diff.moves.size());
        m_ui->movementInfo->setText(tr("%Ln account(s) changed cell; %1 stayed. Rows: the older snapshot's "
                                       "cells; columns: the newer one's.",
                                       nullptr, moved)
                                        .arg(diff.unchanged));
        if (!downgraded.isEmpty())
            m_ui->downgradeLabel->setText(
                tr("%Ln A account(s) moved down: %1", nullptr, static_cast<int>(downgraded.size()))
                    .arg(downgraded.join(QStringLiteral("; "))));
    } catch (const std::exception& e) {
        m_transitions->clear();
        m_ui->moversList->setTable({}, {});
        m_ui->movementInfo->setText(
            tr("The snapshots cannot be compared: %1").arg(errorText(e)));
    }
}

} // namespace keystone::gui
