// The sale lines of one account: date, document, product, quantity, price and
// amount. The sort role gives numbers and day numbers, so a proxy sorts them as
// such, not as text.
#pragma once

#include "domain/SaleLine.h"

#include <QAbstractTableModel>
#include <vector>

namespace keystone::gui {

class SaleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        Document,
        Product,
        Quantity,
        Price,
        Amount,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SaleTableModel(QObject* parent = nullptr);
    void setLines(std::vector<SaleLine> lines);
    const SaleLine& lineAt(int row) const { return m_lines[static_cast<std::size_t>(row)]; }
    // The sum of every line's amount, exact.
    Money total() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SaleLine> m_lines;
};

} // namespace keystone::gui
