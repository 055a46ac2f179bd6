#include "gui/account/SaleTableModel.h"

#include "gui/common/Labels.h"

#include <QLocale>
#include <cmath>

namespace keystone::gui {

namespace {

double quantityOf(const SaleLine& line)
{
    return static_cast<double>(*line.quantity) / std::pow(10.0, SaleLine::kQuantityDecimals);
}

} // namespace

SaleTableModel::SaleTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SaleTableModel::setLines(std::vector<SaleLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

Money SaleTableModel::total() const
{
    Money sum;
    for (const auto& l : m_lines)
        sum += l.amount;
    return sum;
}

int SaleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int SaleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SaleTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SaleLine& l = m_lines[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    const bool hasQuantity = l.quantity && *l.quantity != 0;
    if (role == Qt::TextAlignmentRole)
        return column >= Quantity ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == SortRole) {
        switch (column) {
        case DateColumn:
            return l.date.days();
        case Quantity:
            return hasQuantity ? quantityOf(l) : 0.0;
        case Price:
            return hasQuantity ? l.amount.toDouble() / quantityOf(l) : 0.0;
        case Amount:
            return QVariant::fromValue<qlonglong>(l.amount.units());
        default:
            role = Qt::DisplayRole;
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case DateColumn:
        return formatDate(l.date);
    case Document:
        return toQString(l.document);
    case Product:
        return toQString(l.product);
    case Quantity:
        return l.quantity ? QLocale().toString(quantityOf(l), 'g', 12) : QString();
    case Price:
        return hasQuantity ? QLocale().toString(l.amount.toDouble() / quantityOf(l), 'f', 2) : QString();
    case Amount:
        return formatMoney(l.amount);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SaleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case DateColumn:
        return tr("Date");
    case Document:
        return tr("Document");
    case Product:
        return tr("Product");
    case Quantity:
        return tr("Quantity");
    case Price:
        return tr("Price");
    case Amount:
        return tr("Amount");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
