// The movement between two saved snapshots as a from-to table: rows are the older
// snapshot's cells, columns the newer one's, each with a last "—" for accounts
// absent from that snapshot. Off the diagonal: the accounts that moved; on it:
// the accounts that stayed. Downward moves of A accounts are drawn in red.
#pragma once

#include "analytics/Segmentation.h"

#include <QAbstractTableModel>
#include <QString>
#include <array>
#include <map>
#include <string>

namespace keystone::gui {

// An A account that moved to B or C, to a less regular class, or out of the segmentation.
bool isADowngrade(const std::string& from, const std::string& to);

class TransitionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kSize = 10; // nine cells and "absent"

    explicit TransitionMatrixModel(QObject* parent = nullptr);

    // `olderCells`: accounts per cell in the older snapshot, for those that stayed.
    void setDiff(const analytics::SnapshotDiff& diff, const std::map<std::string, int>& olderCells);
    void clear();
    // Accounts that went from `from` to `to` ("-" for absent); the stays on the diagonal.
    int count(const std::string& from, const std::string& to) const;
    static std::string keyAt(int section); // "AX" ... "CZ", "-"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::array<std::array<int, kSize>, kSize> m_counts{};
};

} // namespace keystone::gui
