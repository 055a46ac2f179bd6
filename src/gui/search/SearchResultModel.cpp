#include "gui/search/SearchResultModel.h"

#include "gui/common/Labels.h"

namespace keystone::gui {

namespace {

QString kindText(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Account:
        return SearchResultModel::tr("Account");
    case SearchKind::Contact:
        return SearchResultModel::tr("Contact");
    case SearchKind::Interaction:
        return SearchResultModel::tr("Interaction");
    case SearchKind::Dossier:
        return SearchResultModel::tr("Dossier");
    }
    return {};
}

} // namespace

SearchResultModel::SearchResultModel(QObject* parent) : QAbstractTableModel(parent) {}

void SearchResultModel::setHits(std::vector<SearchHit> hits, QHash<AccountId, QString> accountNames)
{
    beginResetModel();
    m_hits = std::move(hits);
    m_accountNames = std::move(accountNames);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& hit = m_hits[static_cast<std::size_t>(index.row())];
    if (role == AccountIdRole)
        return static_cast<qlonglong>(hit.accountId);
    if (role == Qt::ToolTipRole && index.column() == Snippet)
        return toQString(hit.snippet);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Kind:
        return kindText(hit.kind);
    case Title:
        return toQString(hit.title);
    case Account:
        return hit.kind == SearchKind::Account ? toQString(hit.title) : m_accountNames.value(hit.accountId);
    case Snippet:
        return toQString(hit.snippet).simplified();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Kind:
        return tr("Found in");
    case Title:
        return tr("Title");
    case Account:
        return tr("Account");
    case Snippet:
        return tr("Text");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
