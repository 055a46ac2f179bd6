// Follow-ups and commitments as a table by due date, overdue ones in red,
// because a late commitment is how key accounts are lost. Two lists show it:
// - one account's Follow-ups tab: all its follow-ups, done ones greyed;
// - the Follow-ups screen: the open ones across accounts with their account and
//   manager, today's marked too. The model holds every row read and shows those
//   of one manager (or all), so choosing a manager never reads the database again.
#pragma once

#include "app/Workspace.h"

#include <QAbstractTableModel>
#include <vector>

namespace keystone::gui {

class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Due,
        State,
        Title,
        Kind,
        Account, // across accounts only, as is Manager
        Manager,
        ColumnCount
    };
    // What the list holds: one account's follow-ups (the columns up to Kind) or the
    // open ones across accounts (every column).
    enum class Scope
    {
        OneAccount,
        AcrossAccounts
    };
    static constexpr int AccountIdRole = Qt::UserRole + 1;
    // Manager choices: every follow-up, or those of nobody (neither the follow-up nor
    // its account has a manager); any other value is a manager's id.
    static constexpr qlonglong AllManagers = -1;
    static constexpr qlonglong Nobody = 0;

    explicit FollowUpTableModel(Scope scope, QObject* parent = nullptr);
    // One account's follow-ups, in the order to show them.
    void setFollowUps(const std::vector<FollowUp>& followUps, Date today);
    // Every open follow-up read, in the order to show them.
    void setRows(std::vector<FollowUpListRow> rows, Date today);
    // Shows the follow-ups of one manager, Nobody or AllManagers.
    void setManager(qlonglong manager);
    // Takes a follow-up out (it was marked done), without reading again.
    void removeFollowUp(FollowUpId id);
    // The row shown in `row`, which must be valid.
    const FollowUpListRow& rowAt(int row) const
    {
        return m_rows.at(m_shown.at(static_cast<std::size_t>(row)));
    }
    const FollowUp& followUpAt(int row) const { return rowAt(row).followUp; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant look(const FollowUp& f, int column, int role) const;
    void choose();

    Scope m_scope;
    std::vector<FollowUpListRow> m_rows;
    std::vector<std::size_t> m_shown; // indexes into m_rows of the manager chosen
    qlonglong m_manager = AllManagers;
    Date m_today;
};

} // namespace keystone::gui
