// The Segments screen's Matrix tab: the ABC-XYZ matrix as a heat map, the accounts of
// the chosen cell (or of none: the unclassified) and the suggested way of working there.
#pragma once

#include "domain/Ids.h"

#include <QWidget>
#include <memory>

namespace Ui {
class SegmentMatrixTab;
}

namespace keystone::gui {

class ReportList;
class SegmentMatrixModel;
struct SegmentsAnswer;

class SegmentMatrixTab : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentMatrixTab(QWidget* parent = nullptr);
    ~SegmentMatrixTab() override;

    SegmentMatrixModel* model() const { return m_matrix; }
    ReportList* cellList() const;
    // The cell whose accounts are listed ("AX"), "unclassified", or empty.
    QString listedCell() const { return m_listedCell; }
    // Shows an answer, which must outlive its use here, keeping the cell listed before
    // (AX at first); nullptr: nothing, and no cell listed.
    void showAnswer(const SegmentsAnswer* answer);
    void showCell(int row, int column);
    void showUnclassified();

signals:
    void accountActivated(keystone::AccountId id);

private:
    std::unique_ptr<Ui::SegmentMatrixTab> m_ui;
    SegmentMatrixModel* m_matrix;
    const SegmentsAnswer* m_answer = nullptr;
    QString m_listedCell;
};

} // namespace keystone::gui
