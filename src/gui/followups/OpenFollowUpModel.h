// Open follow-ups and commitments across accounts, by due date so that overdue
// ones come first, marked as the account's own Follow-ups tab marks them.
#pragma once

#include "app/Workspace.h"

#include <QAbstractTableModel>
#include <vector>

namespace keystone::gui {

class OpenFollowUpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Due,
        State,
        Title,
        Kind,
        Account,
        Manager,
        ColumnCount
    };
    static constexpr int AccountIdRole = Qt::UserRole + 1;

    explicit OpenFollowUpModel(QObject* parent = nullptr);
    void setRows(std::vector<FollowUpListRow> rows, Date today);
    // The row shown in `row`, which must be valid.
    const FollowUpListRow& rowAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FollowUpListRow> m_rows;
    Date m_today;
};

} // namespace keystone::gui
