// The Segments screen's Movement tab: two saved snapshots compared, as a matrix of
// moves between cells and the list of accounts that moved, the A accounts that moved
// down named in red.
#pragma once

#include "domain/Ids.h"
#include "domain/SegmentSnapshotRepository.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace Ui {
class SegmentMovementTab;
}

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class ReportList;
class TransitionMatrixModel;

class SegmentMovementTab : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentMovementTab(QWidget* parent = nullptr);
    ~SegmentMovementTab() override;

    // The workspace the snapshots are read from (nullptr: nothing open); must outlive its use here.
    void setWorkspace(Workspace* workspace);
    TransitionMatrixModel* model() const { return m_transitions; }
    ReportList* moversList() const;
    // The saved snapshots (newest first) to choose from; compares the two chosen
    // before, else the newest two.
    void showSnapshots(const std::vector<SegmentSnapshot>& snapshots);
    // Compares two saved snapshots, the older first.
    void compareSnapshots(SnapshotId older, SnapshotId newer);
    // The two snapshots chosen (older, newer); nothing with fewer than two saved.
    std::optional<std::pair<SnapshotId, SnapshotId>> chosenSnapshots() const;
    void clear();

signals:
    void accountActivated(keystone::AccountId id);

private:
    void compareChosenSnapshots();

    std::unique_ptr<Ui::SegmentMovementTab> m_ui;
    Workspace* m_workspace = nullptr;
    TransitionMatrixModel* m_transitions;
};

} // namespace keystone::gui
