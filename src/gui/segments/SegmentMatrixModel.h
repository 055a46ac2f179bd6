// The 3x3 ABC-XYZ matrix as a heat map: rows A, B, C, columns X, Y, Z; each cell
// shows its accounts and its share of the classified total, coloured by the share,
// with the cell's suggested way of working (docs/segmentation.md) as its tooltip.
#pragma once

#include "analytics/Segmentation.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QString>

namespace keystone::gui {

// "Protect and develop: …" for "AX"; empty for anything else.
QString cellSuggestion(const QString& cell);
// "AX" for the matrix position (row 0..2 = A..C, column 0..2 = X..Z).
QString cellName(int row, int column);

class SegmentMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { CellRole = Qt::UserRole + 1, AccountsRole, ShareRole, SuggestionRole };

    explicit SegmentMatrixModel(QObject* parent = nullptr);

    void setResult(const analytics::SegmentResult& result);
    void clear();
    // The cell whose accounts are listed, drawn bold and underlined; (-1, -1) for none.
    void setChosen(int row, int column);
    const analytics::CellSummary& summary(int row, int column) const;
    // The heat colour of a share (0..1): pale for nothing, deep for the largest cell.
    QColor heatColor(double share) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::array<analytics::CellSummary, 9> m_cells;
    analytics::SegmentParameters m_parameters;
    double m_largestShare = 0;
    bool m_hasResult = false;
    int m_chosen = -1; // row * 3 + column
};

} // namespace keystone::gui
