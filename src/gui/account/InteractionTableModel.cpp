#include "gui/account/InteractionTableModel.h"

#include "gui/common/Labels.h"

#include <QFont>

namespace keystone::gui {

InteractionTableModel::InteractionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void InteractionTableModel::setInteractions(std::vector<Interaction> interactions, DateTime now)
{
    beginResetModel();
    m_interactions = std::move(interactions);
    m_now = now;
    endResetModel();
}

int InteractionTableModel::rowOf(InteractionId id) const
{
    for (std::size_t row = 0; row < m_interactions.size(); ++row)
        if (m_interactions[row].id == id)
            return static_cast<int>(row);
    return -1;
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
    const bool planned = i.occurredAt > m_now;
    if (role == Qt::FontRole && planned) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && !i.summary.empty())
        return toQString(i.summary);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case When:
        return planned ? tr("%1 (planned)").arg(formatDateTime(i.occurredAt)) : formatDateTime(i.occurredAt);
    case Summary:
        return toQString(i.summary).simplified();
    case Kind:
        return interactionKindLabel(i.kind);
    case Subject:
        return toQString(i.subject);
    case Sentiment:
        return sentimentLabel(i.sentiment);
    case Outcome:
        return toQString(i.outcome);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InteractionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case Subject:
        return tr("Subject");
    case Summary:
        return tr("Summary");
    case Sentiment:
        return tr("Sentiment");
    case Outcome:
        return tr("Outcome");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
