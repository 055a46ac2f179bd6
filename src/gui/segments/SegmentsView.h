// The Segments screen: the ABC-XYZ matrix as a heat map with each cell's accounts
// and suggested way of working, charts, risk and loss, movement between saved
// snapshots and concentration. The parameters at the top start from the analytics
// settings; everything is computed by SegmentsWorker on its own thread, and an
// answer to an older request never replaces a newer one.
#pragma once

#include "analytics/Segmentation.h"
#include "domain/Date.h"
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

    SegmentMatrixModel* matrixModel() const { return m_matrix; }
    TransitionMatrixModel* transitionModel() const { return m_transitions; }
    ReportList* cellList() const;
    ReportList* moversList() const;
    ReportList* riskList() const;
    ReportList* winBackList() const;
    // The cell whose accounts are listed ("AX"), "unclassified", or empty.
    QString listedCell() const { return m_listedCell; }
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
    void showSnapshots();
    void compareChosenSnapshots();
    void setBusy(bool busy);
    void showParameterError(const QString& text);

    std::unique_ptr<Ui::SegmentsView> m_ui;
    Workspace* m_workspace = nullptr;
    SegmentMatrixModel* m_matrix;
    TransitionMatrixModel* m_transitions;
    QThread* m_thread = nullptr;
    SegmentsWorker* m_worker = nullptr;
    std::unique_ptr<SegmentsAnswer> m_answer;
    QString m_listedCell;
    quint64 m_pending = 0; // the generation of the latest request sent
    quint64 m_shown = 0;   // the generation of the answer shown
    bool m_needsCompute = false;
};

} // namespace keystone::gui
