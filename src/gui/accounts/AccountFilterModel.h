// Filters and sorts the accounts list in memory: folded text (every word typed
// must occur in the name, reference or legal name; gui/common/FoldedTextFilterModel),
// status, manager, kind, segment cell, country and tag. Keys are precomputed by
// AccountTableModel, so a keystroke costs one substring search per account.
#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"
#include "gui/common/FoldedTextFilterModel.h"

#include <optional>
#include <string>
#include <vector>

namespace keystone::gui {

class AccountTableModel;

class AccountFilterModel : public FoldedTextFilterModel
{
    Q_OBJECT
public:
    explicit AccountFilterModel(QObject* parent = nullptr);

    void setAccounts(AccountTableModel* model);
    void setStatus(std::optional<AccountStatus> status);
    // Nothing: every manager; std::optional holding 0: accounts without a manager.
    void setOwner(std::optional<ManagerId> owner);
    void setKind(std::optional<KeyAccountKind> kind);
    // A cell of the latest saved segmentation ("AX"); empty: any.
    void setCell(const QString& cell);
    // Exact after folding, as `export --where country=` and `tag=`; empty: any.
    void setCountry(const QString& country);
    void setTag(const QString& tag);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    const std::string& searchKey(int sourceRow) const override;
    const std::string& sortKey(int sourceRow, int column) const override;

private:
    AccountTableModel* m_accounts = nullptr;
    std::optional<AccountStatus> m_status;
    std::optional<ManagerId> m_owner;
    std::optional<KeyAccountKind> m_kind;
    std::string m_cell;
    std::string m_country; // folded
    std::string m_tag;     // folded
};

} // namespace keystone::gui
