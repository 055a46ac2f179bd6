// Every contact across accounts for the Contacts screen, with the keys that
// filtering and sorting need folded once at load (domain/Text.h, every script),
// so a keystroke or a click on a header never folds text again.
#pragma once

#include "domain/ContactRepository.h"

#include <QAbstractTableModel>
#include <string>
#include <vector>

namespace keystone::gui {

class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Account,
        Title,
        Role,
        Attitude,
        Email,
        Phone,
        Left,
        ColumnCount
    };
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    static constexpr int ContactIdRole = Qt::UserRole + 2;

    explicit ContactListModel(QObject* parent = nullptr);
    void setContacts(std::vector<ContactListing> contacts);

    // `row` must be valid.
    const ContactListing& contactAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)).listing; }
    // Name, account, title, department, e-mail and phones, folded: what the filter matches.
    const std::string& searchKey(int row) const { return m_rows.at(static_cast<std::size_t>(row)).searchKey; }
    // The folded text a column sorts by.
    const std::string& sortKey(int row, Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ContactListing listing;
        QString phones; // "number, number"
        std::string searchKey;
        std::string keys[ColumnCount];
    };
    QString text(const Row& row, Column column) const;

    std::vector<Row> m_rows;
};

} // namespace keystone::gui
