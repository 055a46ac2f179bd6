#include "gui/accounts/AccountFilterModel.h"

#include "domain/Text.h"
#include "gui/accounts/AccountTableModel.h"
#include "gui/common/Labels.h"

#include <algorithm>

namespace keystone::gui {

AccountFilterModel::AccountFilterModel(QObject* parent) : FoldedTextFilterModel(parent) {}

void AccountFilterModel::setAccounts(AccountTableModel* model)
{
    m_accounts = model;
    setSourceModel(model);
}

void AccountFilterModel::setStatus(std::optional<AccountStatus> status)
{
    m_status = status;
    invalidateFilter();
}

void AccountFilterModel::setOwner(std::optional<ManagerId> owner)
{
    m_owner = owner;
    invalidateFilter();
}

void AccountFilterModel::setKind(std::optional<KeyAccountKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void AccountFilterModel::setCell(const QString& cell)
{
    auto value = toStdString(cell);
    if (value == m_cell)
        return;
    m_cell = std::move(value);
    invalidateFilter();
}

void AccountFilterModel::setCountry(const QString& country)
{
    auto folded = foldKey(trim(toStdString(country)));
    if (folded == m_country)
        return;
    m_country = std::move(folded);
    invalidateFilter();
}

void AccountFilterModel::setTag(const QString& tag)
{
    auto folded = foldKey(trim(toStdString(tag)));
    if (folded == m_tag)
        return;
    m_tag = std::move(folded);
    invalidateFilter();
}

bool AccountFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_accounts)
        return true;
    const auto& account = m_accounts->accountRow(sourceRow).account;
    if (m_status && account.status != *m_status)
        return false;
    if (m_owner && account.ownerId.value_or(0) != *m_owner)
        return false;
    if (m_kind && !account.kinds.has(*m_kind))
        return false;
    if (!m_cell.empty() && m_accounts->cell(sourceRow) != m_cell)
        return false;
    if (!m_country.empty() && m_accounts->countryKey(sourceRow) != m_country)
        return false;
    if (!m_tag.empty()) {
        const auto& tags = m_accounts->tagKeys(sourceRow);
        if (std::find(tags.begin(), tags.end(), m_tag) == tags.end())
            return false;
    }
    return matchesText(sourceRow);
}

const std::string& AccountFilterModel::searchKey(int sourceRow) const
{
    return m_accounts->searchKey(sourceRow);
}

const std::string& AccountFilterModel::sortKey(int sourceRow, int column) const
{
    return m_accounts->sortKey(sourceRow, static_cast<AccountTableModel::Column>(column));
}

bool AccountFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_accounts)
        return QSortFilterProxyModel::lessThan(left, right);
    const auto column = static_cast<AccountTableModel::Column>(left.column());
    const auto& a = m_accounts->accountRow(left.row()).account;
    const auto& b = m_accounts->accountRow(right.row()).account;
    if (column == AccountTableModel::Status && a.status != b.status)
        return a.status < b.status;
    if (column == AccountTableModel::Kinds && a.kinds != b.kinds)
        return a.kinds.bits() < b.kinds.bits();
    return lessByKeys(left.row(), right.row(), column, AccountTableModel::Name, a.id, b.id);
}

} // namespace keystone::gui
