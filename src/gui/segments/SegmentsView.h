// The Segments screen: the parameters at the top and a tab per view of the answer
// (matrix, charts, risk, movement, concentration: gui/segments/Segment*Tab). The
// parameters start from the analytics settings; everything is computed by
// SegmentsWorker on its own thread, and an answer to an older request never
// replaces a newer one.
#pragma once

#include "analytics/Segmentation.h"
#include "domain/Ids.h"
#include "domain/SegmentSnapshotRepository.h"
#include "report/SegmentReport.h"

#include <QWidget>
#include <memory>
#include <optional>

class QInputDialog;
class QThread;
class QUndoStack;

namespace Ui {
class SegmentsView;
}

namespace keystone {
class Workspace;
}

namespace keystone::gui {

class ReportList;
class SegmentMatrixModel;
class SegmentsWorker;
class TransitionMatrixModel;
struct SegmentsAnswer;

class SegmentsView : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentsView(QWidget* parent = nullptr);
    ~SegmentsView() override;

    // The workspace to read (nullptr: nothing open); must outlive its use here. The
    // parameters go back to the settings' defaults; the first computation starts
    // when the screen is first shown, or with recompute().
    void setWorkspace(Workspace* workspace);
    // Checks the parameters (a problem is said under them, naming the field) and
    // computes on the worker; false when a parameter is wrong.
    bool recompute();
    void resetParameters();
    // True while a request waits for its answer.
    bool isBusy() const { return m_pending != m_shown; }
    // The answer shown; nullptr before the first.
    const SegmentsAnswer* answer() const { return m_answer.get(); }

    SegmentMatrixModel* matrixModel() const;
    TransitionMatrixModel* transitionModel() const;
    ReportList* cellList() const;
    ReportList* moversList() const;
    ReportList* riskList() const;
    ReportList* winBackList() const;
    // The cell whose accounts are listed ("AX"), "unclassified", or empty.
    QString listedCell() const;
    void showCell(int row, int column);
    void showUnclassified();
    // Compares two saved snapshots (the older first) in the Movement tab.
    void compareSnapshots(SnapshotId older, SnapshotId newer);

    // Where a saved snapshot goes so that Edit > Undo takes it back; must outlive the view.
    void setUndoStack(QUndoStack* undo) { m_undo = undo; }
    // Save Snapshot…: asks for the label (offering the default) in a window-modal
    // dialog that deletes itself; nullptr when nothing is open.
    QInputDialog* saveSnapshot();
    // Saves the segmentation of the parameters on screen as a snapshot labelled
    // `label` (empty: the default label). When the answer shown is of other
    // parameters (edited, not recomputed yet), it is computed first, on the worker,
    // and saved when it comes. False when a parameter is wrong (said under them).
    bool saveSnapshot(const QString& label);
    // Everything on screen that decides the segment report: the window, period,
    // measure, thresholds and the two snapshots compared in the Movement tab.
    report::SegmentReportOptions reportOptions() const;

signals:
    void accountActivated(keystone::AccountId id);
    // A snapshot was saved, or a save undone or redone: what reads snapshots and the
    // anchor flag (the accounts list, the account tabs) reads again.
    void snapshotsChanged();
    // A short message for the status bar ("Snapshot … saved").
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void stopWorker();
    void showAnswer(const SegmentsAnswer& answer);
    void showParameters(const analytics::SegmentParameters& parameters);
    void setBusy(bool busy);
    void showParameterError(const QString& text);
    // The request the fields make; recompute() checks it first.
    SegmentRequest requestOnScreen() const;
    // A problem with the fields, with the field to fix; empty when they may be used.
    QString fieldProblem(QWidget** wrong) const;
    // Whether the answer shown is of the parameters on screen.
    bool answerMatchesScreen() const;
    void writeSnapshot(const QString& label);
    void showSavedSnapshots();

    std::unique_ptr<Ui::SegmentsView> m_ui;
    Workspace* m_workspace = nullptr;
    QThread* m_thread = nullptr;
    SegmentsWorker* m_worker = nullptr;
    std::unique_ptr<SegmentsAnswer> m_answer;
    quint64 m_pending = 0; // the generation of the latest request sent
    quint64 m_shown = 0;   // the generation of the answer shown
    bool m_needsCompute = false;
    QUndoStack* m_undo = nullptr;
    std::optional<QString> m_labelWhenAnswered; // a save waiting for the answer to the parameters on screen
};

} // namespace keystone::gui
