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

    // One contact with its phones joined and its keys folded.
    struct Entry
    {
        ContactListing listing;
        QString phones; // "number, number"
        std::string searchKey;
        std::string keys[ColumnCount];
    };

    explicit ContactListModel(QObject* parent = nullptr);
    // Folds the keys: the costly part of a load, which a worker thread can do (it
    // touches no model).
    static std::vector<Entry> prepare(std::vector<ContactListing> contacts);
    void setEntries(std::vector<Entry> entries);
    void setContacts(std::vector<ContactListing> contacts) { setEntries(prepare(std::move(contacts))); }

    // `row` must be valid.
    const ContactListing& contactAt(int row) const { return m_rows.at(static_cast<std::size_t>(row)).listing; }
    // The row of a contact, -1 when it is not listed; no QVariant per row, for 275,000 of them.
    int rowOf(ContactId id) const;
    // Name, account, title, department, e-mail and phones, folded: what the filter matches.
    const std::string& searchKey(int row) const { return m_rows.at(static_cast<std::size_t>(row)).searchKey; }
    // The folded text a column sorts by.
    const std::string& sortKey(int row, Column column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString text(const Entry& row, Column column);

    std::vector<Entry> m_rows;
};

} // namespace keystone::gui
