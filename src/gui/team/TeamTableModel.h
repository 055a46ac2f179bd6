// The team as a table: every member, active or not, with their role and how many
// accounts (archived ones too) each owns, for the Team dialog.
#pragma once

#include "domain/Manager.h"

#include <QAbstractTableModel>
#include <cstdint>
#include <optional>
#include <vector>

namespace keystone::gui {

class TeamTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Email,
        Role,
        Active,
        Accounts,
        ColumnCount
    };
    struct Row
    {
        Manager member;
        std::int64_t accounts = 0;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(std::vector<Row> rows);
    const Row& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // The row of the member, or -1.
    int rowOf(ManagerId id) const;

    // What the user reads for a role.
    static QString roleLabel(ManagerRole role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace keystone::gui
