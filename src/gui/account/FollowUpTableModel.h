// The follow-ups of one account by due date; overdue ones stand out, because a
// late commitment is how key accounts are lost.
#pragma once

#include "domain/FollowUp.h"

#include <QAbstractTableModel>
#include <vector>

namespace keystone::gui {

class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Due,
        State,
        Title,
        Kind,
        ColumnCount
    };

    explicit FollowUpTableModel(QObject* parent = nullptr);
    void setFollowUps(std::vector<FollowUp> followUps, Date today);
    // The follow-up shown in `row`, which must be valid.
    const FollowUp& followUpAt(int row) const { return m_followUps.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:

    std::vector<FollowUp> m_followUps;
    Date m_today;
};

} // namespace keystone::gui
