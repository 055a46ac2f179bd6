// The tenders of one account with outcome and reasons, and the competitors
// present at it with their threat.
#pragma once

#include "domain/Competitor.h"
#include "domain/Tender.h"

#include <QAbstractTableModel>
#include <map>
#include <vector>

namespace keystone::gui {

QString tenderOutcomeLabel(TenderOutcome outcome);

class TenderTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Title,
        DateColumn,
        Value,
        Outcome,
        Reason,
        Winner,
        ColumnCount
    };

    explicit TenderTableModel(QObject* parent = nullptr);
    // `competitorNames` names the winners, `reasonNames` the managed reasons.
    void setTenders(std::vector<Tender> tenders, std::map<CompetitorId, QString> competitorNames,
                    std::map<ReasonId, QString> reasonNames = {});
    const Tender& tenderAt(int row) const { return m_tenders[static_cast<std::size_t>(row)]; }
    int rowOf(TenderId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Tender> m_tenders;
    std::map<CompetitorId, QString> m_names;
    std::map<ReasonId, QString> m_reasons;
};

class PresenceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        CompetitorColumn,
        Threat,
        Products,
        Strengths,
        ColumnCount
    };

    explicit PresenceTableModel(QObject* parent = nullptr);
    void setPresence(std::vector<std::pair<Competitor, CompetitorPresence>> rows);
    const CompetitorPresence& presenceAt(int row) const { return m_rows[static_cast<std::size_t>(row)].second; }
    const Competitor& competitorAt(int row) const { return m_rows[static_cast<std::size_t>(row)].first; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<std::pair<Competitor, CompetitorPresence>> m_rows;
};

} // namespace keystone::gui
