// A read-only list over an app Table (app/Columns.h): the segments screen's
// accounts of a cell, risk, win-back and movement lists. The Table keeps the
// machine values that "export this list" writes; the model shows them for people
// (money in the locale, shares as percentages) and sorts numbers as numbers and
// text by its folded key (domain/Text.h), never by QString::toLower.
#pragma once

#include "app/Columns.h"
#include "domain/Ids.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>
#include <functional>
#include <string>
#include <vector>

namespace keystone::gui {

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind { Text, Money, Share, Number, Index, Count };
    struct ColumnSpec
    {
        QString title; // translated
        Kind kind = Kind::Text;
        // Shows a stored key ("at_risk") as words; the export keeps the key.
        std::function<QString(const std::string&)> label = {};
    };
    enum Roles { SortRole = Qt::UserRole + 1, AccountIdRole };

    explicit ReportTableModel(QObject* parent = nullptr);

    // One spec per column of `table`; `accountIds`, when given, has one id per row (0: none).
    void setTable(Table table, std::vector<ColumnSpec> columns, std::vector<AccountId> accountIds = {});
    // Rows drawn in red and bold (the A accounts that moved down, say); one flag per row.
    void setEmphasis(std::vector<bool> emphasis);
    const Table& table() const { return m_table; }
    // The folded text of the row's text columns, for filtering.
    const std::string& filterKey(int row) const { return m_keys[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Table m_table;
    std::vector<ColumnSpec> m_columns;
    std::vector<AccountId> m_ids;
    std::vector<bool> m_emphasis;
    std::vector<std::string> m_keys;      // per row
    std::vector<std::vector<QVariant>> m_sort; // per row, per column
};

// Every word typed must occur in the row's folded text.
class ReportFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReportFilterModel(QObject* parent = nullptr);
    void setReport(ReportTableModel* model);
    void setText(const QString& text);
    // The rows shown, in the order shown, with the source's keys and machine values.
    Table visibleTable() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    ReportTableModel* m_report = nullptr;
    std::vector<std::string> m_words;
};

} // namespace keystone::gui
