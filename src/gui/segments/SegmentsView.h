// The Segments screen: the parameters at the top and a tab per view of the answer
// (matrix, charts, risk, movement, concentration: gui/segments/Segment*Tab). The
// parameters start from the analytics settings; everything is computed by
// SegmentsWorker on its own thread, and an answer to an older request never
// replaces a newer one.
#pragma once

#include "analytics/Segmentation.h"
#include "domain/Ids.h"
#include "domain/SegmentSnapshotRepository.h"

#include <QWidget>
#include <memory>
#include <optional>

class QThread;

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

signals:
    void accountActivated(keystone::AccountId id);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void stopWorker();
    void showAnswer(const SegmentsAnswer& answer);
    void showParameters(const analytics::SegmentParameters& parameters);
    void setBusy(bool busy);
    void showParameterError(const QString& text);

    std::unique_ptr<Ui::SegmentsView> m_ui;
    Workspace* m_workspace = nullptr;
    QThread* m_thread = nullptr;
    SegmentsWorker* m_worker = nullptr;
    std::unique_ptr<SegmentsAnswer> m_answer;
    quint64 m_pending = 0; // the generation of the latest request sent
    quint64 m_shown = 0;   // the generation of the answer shown
    bool m_needsCompute = false;
};

} // namespace keystone::gui
