#include "gui/account/TenderTableModel.h"

#include "gui/account/SaleTableModel.h"
#include "gui/common/Labels.h"

#include <QColor>
#include <QCoreApplication>

namespace keystone::gui {

QString tenderOutcomeLabel(TenderOutcome outcome)
{
    switch (outcome) {
    case TenderOutcome::Open:
        return QCoreApplication::translate("TenderTableModel", "Open");
    case TenderOutcome::Won:
        return QCoreApplication::translate("TenderTableModel", "Won");
    case TenderOutcome::Lost:
        return QCoreApplication::translate("TenderTableModel", "Lost");
    case TenderOutcome::Withdrawn:
        return QCoreApplication::translate("TenderTableModel", "Withdrawn");
    }
    return {};
}

TenderTableModel::TenderTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TenderTableModel::setTenders(std::vector<Tender> tenders, std::map<CompetitorId, QString> competitorNames,
                                  std::map<ReasonId, QString> reasonNames)
{
    beginResetModel();
    m_tenders = std::move(tenders);
    m_names = std::move(competitorNames);
    m_reasons = std::move(reasonNames);
    endResetModel();
}

int TenderTableModel::rowOf(TenderId id) const
{
    for (std::size_t i = 0; i < m_tenders.size(); ++i)
        if (m_tenders[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int TenderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tenders.size());
}

int TenderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenderTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Tender& t = m_tenders[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole && column == Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == Outcome) {
        if (t.outcome == TenderOutcome::Won)
            return QColor(0x1e, 0x7b, 0x34);
        if (t.outcome == TenderOutcome::Lost)
            return overdueColor();
    }
    if (role == Qt::ToolTipRole && column == Reason && !t.reason.empty())
        return toQString(t.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Title:
        return toQString(t.title);
    case DateColumn:
        return formatDate(t.date);
    case Value:
        return t.value ? formatMoney(*t.value) : QString();
    case Outcome:
        return tenderOutcomeLabel(t.outcome);
    case Reason: {
        // The managed reason, which losses are counted by, then the detail.
        const auto it = t.reasonId ? m_reasons.find(*t.reasonId) : m_reasons.end();
        const QString reason = it == m_reasons.end() ? QString() : it->second;
        if (reason.isEmpty() || t.reason.empty())
            return reason.isEmpty() ? toQString(t.reason) : reason;
        return tr("%1: %2").arg(reason, toQString(t.reason));
    }
    case Winner:
        if (t.winnerId) {
            const auto it = m_names.find(*t.winnerId);
            return it == m_names.end() ? QString() : it->second;
        }
        return QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TenderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Title:
        return tr("Tender");
    case DateColumn:
        return tr("Date");
    case Value:
        return tr("Value");
    case Outcome:
        return tr("Outcome");
    case Reason:
        return tr("Reason");
    case Winner:
        return tr("Won by");
    case ColumnCount:
        break;
    }
    return {};
}

PresenceTableModel::PresenceTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PresenceTableModel::setPresence(std::vector<std::pair<Competitor, CompetitorPresence>> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PresenceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PresenceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PresenceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& [c, p] = m_rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::ForegroundRole && column == Threat && p.threat == ThreatLevel::High)
        return overdueColor();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case CompetitorColumn:
        return toQString(c.name);
    case Threat:
        return threatLabel(p.threat);
    case Products:
        return toQString(p.products);
    case Strengths:
        return toQString(p.strengths);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant PresenceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case CompetitorColumn:
        return tr("Competitor");
    case Threat:
        return tr("Threat");
    case Products:
        return tr("Products");
    case Strengths:
        return tr("Strengths");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
