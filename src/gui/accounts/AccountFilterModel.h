// Filters and sorts the accounts list in memory: folded text (every word typed
// must occur in the name, reference or legal name), status and manager. Keys are precomputed by
// AccountTableModel, so a keystroke costs one substring search per account.
#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QSortFilterProxyModel>
#include <optional>
#include <string>
#include <vector>

namespace keystone::gui {

class AccountTableModel;

class AccountFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AccountFilterModel(QObject* parent = nullptr);

    void setAccounts(AccountTableModel* model);
    void setText(const QString& text);
    void setStatus(std::optional<AccountStatus> status);
    // Nothing: every manager; std::optional holding 0: accounts without a manager.
    void setOwner(std::optional<ManagerId> owner);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    AccountTableModel* m_accounts = nullptr;
    std::string m_text;               // folded
    std::vector<std::string> m_words; // m_text split at spaces
    std::optional<AccountStatus> m_status;
    std::optional<ManagerId> m_owner;
};

} // namespace keystone::gui
