// Open follow-ups and commitments across accounts, by due date so that overdue
// ones come first, marked as the account's own Follow-ups tab marks them. The
// model holds every open follow-up read and shows those of one manager (or all),
// so choosing a manager never reads the database again.
#pragma once

#include "app/Workspace.h"

#include <QAbstractTableModel>
#include <vector>

namespace keystone::gui {

class OpenFollowUpModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Due,
        State,
        Title,
        Kind,
        Account,
        Manager,
        ColumnCount
    };
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    // Manager choices: every follow-up, or those of nobody (neither the follow-up nor
    // its account has a manager); any other value is a manager's id.
    static constexpr qlonglong AllManagers = -1;
    static constexpr qlonglong Nobody = 0;

    explicit OpenFollowUpModel(QObject* parent = nullptr);
    // Every open follow-up read, in the order to show them.
    void setRows(std::vector<FollowUpListRow> rows, Date today);
    // Shows the follow-ups of one manager, Nobody or AllManagers.
    void setManager(qlonglong manager);
    // Takes a follow-up out (it was marked done), without reading again.
    void removeFollowUp(FollowUpId id);
    // The row shown in `row`, which must be valid.
    const FollowUpListRow& rowAt(int row) const { return m_rows.at(m_shown.at(static_cast<std::size_t>(row))); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void choose();

    std::vector<FollowUpListRow> m_rows;
    std::vector<std::size_t> m_shown; // indexes into m_rows of the manager chosen
    qlonglong m_manager = AllManagers;
    Date m_today;
};

} // namespace keystone::gui
