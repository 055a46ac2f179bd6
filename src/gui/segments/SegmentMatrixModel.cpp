#include "gui/segments/SegmentMatrixModel.h"

#include "gui/common/Labels.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <algorithm>

namespace keystone::gui {

QString cellName(int row, int column)
{
    if (row < 0 || row > 2 || column < 0 || column > 2)
        return {};
    return QString(QChar(u'A' + row)) + QChar(u'X' + column);
}

QString cellSuggestion(const QString& cell)
{
    if (cell == QLatin1String("AX"))
        return QCoreApplication::translate("SegmentSuggestion", "Protect and develop: a dedicated manager, frequent visits, long-term agreements, joint "
                  "planning. Losing one of these hurts most.");
    if (cell == QLatin1String("AY"))
        return QCoreApplication::translate("SegmentSuggestion", "Secure the volume: learn the cause of the swings (seasons, projects), agree on forecasts and "
                  "call-off contracts.");
    if (cell == QLatin1String("AZ"))
        return QCoreApplication::translate("SegmentSuggestion", "Big but unpredictable: find out why (tenders, projects, a competitor sharing the business); "
                  "keep an account plan and watch closely.");
    if (cell == QLatin1String("BX"))
        return QCoreApplication::translate("SegmentSuggestion", "Grow: cross-sell and up-sell to a reliable buyer; regular but lighter contact.");
    if (cell == QLatin1String("BY"))
        return QCoreApplication::translate("SegmentSuggestion", "Stabilise: standard terms, reminders ahead of their usual ordering times.");
    if (cell == QLatin1String("BZ"))
        return QCoreApplication::translate("SegmentSuggestion", "Qualify: is the potential real? Targeted offers, no heavy investment.");
    if (cell == QLatin1String("CX"))
        return QCoreApplication::translate("SegmentSuggestion", "Automate: small but steady; self-service, standard packages, keep the cost to serve low.");
    if (cell == QLatin1String("CY"))
        return QCoreApplication::translate("SegmentSuggestion", "Serve efficiently: catalogue and online ordering, occasional campaigns.");
    if (cell == QLatin1String("CZ"))
        return QCoreApplication::translate("SegmentSuggestion", "Serve at low cost: no dedicated effort, minimum order sizes, review whether they pay off.");
    return {};
}

SegmentMatrixModel::SegmentMatrixModel(QObject* parent) : QAbstractTableModel(parent)
{
    clear();
}

void SegmentMatrixModel::clear()
{
    beginResetModel();
    for (int i = 0; i < 9; ++i)
        m_cells[static_cast<std::size_t>(i)] = analytics::CellSummary{toStdString(cellName(i / 3, i % 3)), 0, {}, 0};
    m_parameters = {};
    m_largestShare = 0;
    m_hasResult = false;
    endResetModel();
}

void SegmentMatrixModel::setResult(const analytics::SegmentResult& result)
{
    beginResetModel();
    m_cells = result.cells;
    m_parameters = result.parameters;
    m_largestShare = 0;
    for (const auto& c : m_cells)
        m_largestShare = std::max(m_largestShare, c.share);
    m_hasResult = true;
    endResetModel();
}

const analytics::CellSummary& SegmentMatrixModel::summary(int row, int column) const
{
    return m_cells[static_cast<std::size_t>(row * 3 + column)];
}

QColor SegmentMatrixModel::heatColor(double share) const
{
    // From a pale to a deep teal, relative to the largest cell so that the
    // matrix reads at a glance whatever the spread.
    const double t = m_largestShare > 0 ? std::clamp(share / m_largestShare, 0.0, 1.0) : 0.0;
    const QColor pale(0xf2, 0xf7, 0xf7);
    const QColor deep(0x0b, 0x5d, 0x66);
    const auto mix = [t](int a, int b) { return static_cast<int>(a + (b - a) * t + 0.5); };
    return QColor(mix(pale.red(), deep.red()), mix(pale.green(), deep.green()), mix(pale.blue(), deep.blue()));
}

void SegmentMatrixModel::setChosen(int row, int column)
{
    const int chosen = row >= 0 && row < 3 && column >= 0 && column < 3 ? row * 3 + column : -1;
    if (chosen == m_chosen)
        return;
    const int before = m_chosen;
    m_chosen = chosen;
    for (int cell : {before, chosen})
        if (cell >= 0)
            emit dataChanged(index(cell / 3, cell % 3), index(cell / 3, cell % 3), {Qt::FontRole});
}

int SegmentMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 3;
}

int SegmentMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : 3;
}

QVariant SegmentMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& cell = summary(index.row(), index.column());
    const QString name = toQString(cell.cell);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (!m_hasResult)
            return name;
        return tr("%1\n%Ln account(s)\n%2% of the total", nullptr, cell.accounts)
            .arg(name, locale.toString(cell.share * 100, 'f', 1));
    case Qt::AccessibleTextRole:
        return tr("%1: %Ln account(s), %2% of the total", nullptr, cell.accounts)
            .arg(name, locale.toString(cell.share * 100, 'f', 1));
    case Qt::ToolTipRole:
    case SuggestionRole:
        return cellSuggestion(name);
    case Qt::BackgroundRole:
        return heatColor(cell.share);
    case Qt::ForegroundRole: {
        const QColor back = heatColor(cell.share);
        return back.lightnessF() < 0.55 ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::FontRole:
        if (index.row() * 3 + index.column() == m_chosen) {
            QFont font;
            font.setBold(true);
            font.setUnderline(true);
            return font;
        }
        return {};
    case CellRole:
        return name;
    case AccountsRole:
        return cell.accounts;
    case ShareRole:
        return cell.share;
    default:
        return {};
    }
}

QVariant SegmentMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0 || section > 2)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QLocale locale;
    if (orientation == Qt::Vertical) {
        const double a = m_parameters.abcA / 100.0;
        const double b = m_parameters.abcB / 100.0;
        switch (section) {
        case 0:
            return tr("A\nfirst %1%").arg(locale.toString(a, 'g', 4));
        case 1:
            return tr("B\nnext %1%").arg(locale.toString(b - a, 'g', 4));
        default:
            return tr("C\nlast %1%").arg(locale.toString(100 - b, 'g', 4));
        }
    }
    const double x = m_parameters.xyzX * 100;
    const double y = m_parameters.xyzY * 100;
    switch (section) {
    case 0:
        return tr("X steady\nCV ≤ %1%").arg(locale.toString(x, 'g', 4));
    case 1:
        return tr("Y fluctuating\nCV ≤ %1%").arg(locale.toString(y, 'g', 4));
    default:
        return tr("Z irregular\nCV > %1%").arg(locale.toString(y, 'g', 4));
    }
}

} // namespace keystone::gui
