#include "gui/segments/TransitionMatrixModel.h"

#include "gui/common/Labels.h"
#include "gui/segments/SegmentMatrixModel.h"

#include <QBrush>
#include <QFont>
#include <algorithm>

namespace keystone::gui {

namespace {

int sectionOf(const std::string& cell)
{
    if (cell.size() == 2 && cell[0] >= 'A' && cell[0] <= 'C' && cell[1] >= 'X' && cell[1] <= 'Z')
        return (cell[0] - 'A') * 3 + (cell[1] - 'X');
    return TransitionMatrixModel::kSize - 1;
}

} // namespace

bool isADowngrade(const std::string& from, const std::string& to)
{
    if (from.size() != 2 || from[0] != 'A')
        return false;
    if (to.size() != 2)
        return true; // no longer classified
    return to[0] > from[0] || to[1] > from[1];
}

TransitionMatrixModel::TransitionMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

std::string TransitionMatrixModel::keyAt(int section)
{
    if (section < 0 || section >= kSize - 1)
        return "-";
    return toStdString(cellName(section / 3, section % 3));
}

void TransitionMatrixModel::clear()
{
    beginResetModel();
    m_counts = {};
    endResetModel();
}

void TransitionMatrixModel::setDiff(const analytics::SnapshotDiff& diff, const std::map<std::string, int>& olderCells)
{
    beginResetModel();
    m_counts = {};
    std::array<int, kSize> leaving{};
    for (const auto& t : diff.transitions) {
        const int from = sectionOf(t.from);
        m_counts[static_cast<std::size_t>(from)][static_cast<std::size_t>(sectionOf(t.to))] += t.accounts;
        leaving[static_cast<std::size_t>(from)] += t.accounts;
    }
    for (const auto& [cell, accounts] : olderCells) {
        const int s = sectionOf(cell);
        if (s < kSize - 1)
            m_counts[static_cast<std::size_t>(s)][static_cast<std::size_t>(s)] =
                std::max(0, accounts - leaving[static_cast<std::size_t>(s)]);
    }
    endResetModel();
}

int TransitionMatrixModel::count(const std::string& from, const std::string& to) const
{
    return m_counts[static_cast<std::size_t>(sectionOf(from))][static_cast<std::size_t>(sectionOf(to))];
}

int TransitionMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kSize;
}

int TransitionMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : kSize;
}

QVariant TransitionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int n = m_counts[static_cast<std::size_t>(index.row())][static_cast<std::size_t>(index.column())];
    const std::string from = keyAt(index.row());
    const std::string to = keyAt(index.column());
    const bool stays = index.row() == index.column() && index.row() < kSize - 1;
    switch (role) {
    case Qt::DisplayRole:
        if (index.row() == kSize - 1 && index.column() == kSize - 1)
            return QString();
        return n == 0 ? QString() : QString::number(n);
    case Qt::UserRole:
        return n;
    case Qt::ToolTipRole:
        if (stays)
            return tr("%Ln account(s) stayed in %1", nullptr, n).arg(toQString(from));
        return tr("%Ln account(s) from %1 to %2", nullptr, n)
            .arg(from == "-" ? tr("not classified") : toQString(from), to == "-" ? tr("not classified") : toQString(to));
    case Qt::ForegroundRole:
        if (n > 0 && isADowngrade(from, to))
            return QBrush(overdueColor());
        return {};
    case Qt::FontRole:
        if (n > 0 && (isADowngrade(from, to) || stays)) {
            QFont font;
            font.setBold(isADowngrade(from, to));
            font.setItalic(stays);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return stays ? QVariant(QBrush(QColor(0xee, 0xee, 0xee))) : QVariant();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant TransitionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section >= kSize)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == kSize - 1)
        return orientation == Qt::Vertical ? tr("new") : tr("gone");
    return toQString(keyAt(section));
}

} // namespace keystone::gui
