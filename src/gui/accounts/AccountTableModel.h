// The accounts list as a table: every account row loaded once from
// Workspace::listAccounts, with folded keys computed up front so that filtering and
// sorting in AccountFilterModel stay fast at tens of thousands of accounts.
#pragma once

#include "app/Workspace.h"

#include <QAbstractTableModel>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace keystone::gui {

class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Reference,
        Status,
        Owner,
        Kinds,
        Country,
        ColumnCount
    };
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1
    };

    // One row with its folded keys, computed once (on any thread) by prepare().
    struct Entry
    {
        AccountListRow row;
        std::string searchKey;
        std::string nameKey;
        std::string refKey;
        std::string ownerKey;
        std::string countryKey;
        std::vector<std::string> tagKeys;
        std::string cell;
    };

    explicit AccountTableModel(QObject* parent = nullptr);

    // Folds the keys of every row; touches no model, so a worker thread can run it.
    static std::vector<Entry> prepare(std::vector<AccountListRow> rows, const std::map<AccountId, std::string>& cells);
    void setEntries(std::vector<Entry> entries);
    // `cells`: each account's cell in the latest saved segmentation ("AX"), for the cell filter.
    void setRows(std::vector<AccountListRow> rows, const std::map<AccountId, std::string>& cells = {});
    const AccountListRow& accountRow(int row) const { return m_rows[static_cast<std::size_t>(row)].row; }
    // The folded text the filter matches: name, reference and legal name.
    const std::string& searchKey(int row) const { return m_rows[static_cast<std::size_t>(row)].searchKey; }
    // The account's folded tags, and its segment cell ("" when not classified).
    const std::vector<std::string>& tagKeys(int row) const { return m_rows[static_cast<std::size_t>(row)].tagKeys; }
    const std::string& cell(int row) const { return m_rows[static_cast<std::size_t>(row)].cell; }
    const std::string& countryKey(int row) const { return m_rows[static_cast<std::size_t>(row)].countryKey; }
    // The folded key a text column sorts by.
    const std::string& sortKey(int row, Column column) const;
    // The key of app/AccountColumns.h that a column shows, so exports share its definition.
    static std::string_view columnKey(Column column);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Entry> m_rows;
};

} // namespace keystone::gui
