#include "gui/account/InteractionTableModel.h"

#include "gui/common/Labels.h"

namespace keystone::gui {

InteractionTableModel::InteractionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void InteractionTableModel::setInteractions(std::vector<Interaction> interactions)
{
    beginResetModel();
    m_interactions = std::move(interactions);
    endResetModel();
}

int InteractionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_interactions.size());
}

int InteractionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InteractionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& i = m_interactions[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && !i.summary.empty())
        return toQString(i.summary);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case When: return formatDateTime(i.occurredAt);
    case Kind: return interactionKindLabel(i.kind);
    case Subject: return toQString(i.subject);
    case Sentiment: return sentimentLabel(i.sentiment);
    case Outcome: return toQString(i.outcome);
    case ColumnCount: break;
    }
    return {};
}

QVariant InteractionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case When: return tr("When");
    case Kind: return tr("Kind");
    case Subject: return tr("Subject");
    case Sentiment: return tr("Sentiment");
    case Outcome: return tr("Outcome");
    case ColumnCount: break;
    }
    return {};
}

} // namespace keystone::gui
