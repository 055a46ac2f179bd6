// One section of the dashboard as a table: rows of text, each opening an account
// (and, for a follow-up, that follow-up in it), overdue rows marked in the one
// overdue colour. DashboardView fills it from the app's Dashboard data, so the
// five sections share one model class and one look.
#pragma once

#include "domain/Ids.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <vector>

namespace keystone::gui {

class DashboardSectionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Item
    {
        AccountId accountId = 0;
        FollowUpId followUpId = 0; // 0: the row is not a follow-up
        QStringList cells;         // one per header
        bool overdue = false;      // red, and the emphasised column in bold
        int emphasisedColumn = -1; // bold whether overdue or not (a state such as "Due today")
        QString toolTip;
    };
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    static constexpr int FollowUpIdRole = Qt::UserRole + 2;
    static constexpr int OverdueRole = Qt::UserRole + 3;

    explicit DashboardSectionModel(QStringList headers, QObject* parent = nullptr);

    void setItems(std::vector<Item> items);
    // The row's item; `row` must be valid.
    const Item& itemAt(int row) const { return m_items.at(static_cast<std::size_t>(row)); }
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<Item> m_items;
};

} // namespace keystone::gui
