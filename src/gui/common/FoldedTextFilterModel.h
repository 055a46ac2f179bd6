// What the accounts list's and the Contacts screen's filters share: the text typed,
// folded for every script (so "иванов" finds "Иванов") and split into words that must
// all occur in a row's precomputed search key, and the sort that falls back from a
// column's key to the name and then the id. Each subclass adds its own criteria and
// the columns that sort in their vocabulary's order.
#pragma once

#include <QSortFilterProxyModel>
#include <cstdint>
#include <string>
#include <vector>

namespace keystone::gui {

class FoldedTextFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FoldedTextFilterModel(QObject* parent = nullptr);

    // Filters again only when the folded text changed.
    void setText(const QString& text);

protected:
    // The source row's folded search key, and its sort key in a column.
    virtual const std::string& searchKey(int sourceRow) const = 0;
    virtual const std::string& sortKey(int sourceRow, int column) const = 0;

    // Whether every word typed occurs in the row's search key.
    bool matchesText(int sourceRow) const;
    // By the column's sort key; equal keys by the name column's, then by id, so the
    // order is stable and total.
    bool lessByKeys(int leftRow, int rightRow, int column, int nameColumn, std::int64_t leftId,
                    std::int64_t rightId) const;

private:
    std::string m_text;               // folded
    std::vector<std::string> m_words; // m_text split at spaces
};

} // namespace keystone::gui
