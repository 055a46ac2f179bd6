#include "gui/common/FoldedTextFilterModel.h"

#include "gui/common/Labels.h"

namespace keystone::gui {

FoldedTextFilterModel::FoldedTextFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {}

void FoldedTextFilterModel::setText(const QString& text)
{
    FilterWords query = filterWords(text);
    if (query.folded == m_text)
        return;
    m_text = std::move(query.folded);
    m_words = std::move(query.words);
    invalidateFilter();
}

bool FoldedTextFilterModel::matchesText(int sourceRow) const
{
    const std::string& key = searchKey(sourceRow);
    for (const auto& word : m_words)
        if (key.find(word) == std::string::npos)
            return false;
    return true;
}

bool FoldedTextFilterModel::lessByKeys(int leftRow, int rightRow, int column, int nameColumn,
                                       std::int64_t leftId, std::int64_t rightId) const
{
    const int c = sortKey(leftRow, column).compare(sortKey(rightRow, column));
    if (c != 0)
        return c < 0;
    const int n = sortKey(leftRow, nameColumn).compare(sortKey(rightRow, nameColumn));
    return n != 0 ? n < 0 : leftId < rightId;
}

} // namespace keystone::gui
