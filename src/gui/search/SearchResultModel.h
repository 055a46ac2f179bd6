// The hits of a global search, best first: what was found (account, contact,
// interaction, dossier), its title, the account it belongs to and the text around the hit.
#pragma once

#include "domain/SearchIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace keystone::gui {

class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Kind,
        Title,
        Account,
        Snippet,
        ColumnCount
    };
    static constexpr int AccountIdRole = Qt::UserRole + 1;

    explicit SearchResultModel(QObject* parent = nullptr);
    // `accountNames` maps account ids to their names, for hits that are not accounts.
    void setHits(std::vector<SearchHit> hits, QHash<AccountId, QString> accountNames);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SearchHit> m_hits;
    QHash<AccountId, QString> m_accountNames;
};

} // namespace keystone::gui
