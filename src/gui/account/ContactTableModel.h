// The people at one account and their part in its decisions.
#pragma once

#include "domain/Contact.h"

#include <QAbstractTableModel>
#include <vector>

namespace keystone::gui {

class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Position,
        Role,
        Attitude,
        Influence,
        Email,
        Phone,
        ColumnCount
    };

    explicit ContactTableModel(QObject* parent = nullptr);
    void setContacts(std::vector<Contact> contacts);
    // The contact shown in `row`, which must be valid.
    const Contact& contactAt(int row) const { return m_contacts.at(static_cast<std::size_t>(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Contact> m_contacts;
};

} // namespace keystone::gui
