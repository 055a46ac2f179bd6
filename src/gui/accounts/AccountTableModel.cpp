#include "gui/accounts/AccountTableModel.h"

#include "domain/Text.h"
#include "gui/common/Labels.h"

#include <QFont>
#include <QPalette>

namespace keystone::gui {

AccountTableModel::AccountTableModel(QObject* parent) : QAbstractTableModel(parent) {}

std::vector<AccountTableModel::Entry> AccountTableModel::prepare(std::vector<AccountListRow> rows,
                                                                 const std::map<AccountId, std::string>& cells)
{
    std::vector<Entry> entries;
    entries.reserve(rows.size());
    for (auto& r : rows) {
        Entry e;
        e.nameKey = foldKey(r.account.name);
        e.refKey = foldKey(r.account.ref);
        e.ownerKey = foldKey(r.ownerName);
        e.countryKey = foldKey(r.account.country);
        // The filter field matches any word of these, as the user guide says.
        e.searchKey = e.nameKey + '\n' + e.refKey + '\n' + foldKey(r.account.legalName) + '\n' + e.ownerKey + '\n' +
                      e.countryKey;
        for (const auto& tag : r.account.tags) {
            e.tagKeys.push_back(foldKey(trim(tag)));
            e.searchKey += '\n' + e.tagKeys.back();
        }
        if (const auto it = cells.find(r.account.id); it != cells.end())
            e.cell = it->second;
        e.row = std::move(r);
        entries.push_back(std::move(e));
    }
    return entries;
}

void AccountTableModel::setEntries(std::vector<Entry> entries)
{
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

void AccountTableModel::setRows(std::vector<AccountListRow> rows, const std::map<AccountId, std::string>& cells)
{
    setEntries(prepare(std::move(rows), cells));
}

const std::string& AccountTableModel::sortKey(int row, Column column) const
{
    const auto& e = m_rows[static_cast<std::size_t>(row)];
    switch (column) {
    case Reference:
        return e.refKey;
    case Owner:
        return e.ownerKey;
    case Country:
        return e.countryKey;
    default:
        return e.nameKey;
    }
}

std::string_view AccountTableModel::columnKey(Column column)
{
    switch (column) {
    case Name:
        return "name";
    case Reference:
        return "ref";
    case Status:
        return "status";
    case Owner:
        return "owner";
    case Kinds:
        return "kinds";
    case Country:
        return "country";
    case ColumnCount:
        break;
    }
    return {};
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& r = m_rows[static_cast<std::size_t>(index.row())].row;
    if (role == AccountIdRole)
        return QVariant::fromValue(static_cast<qlonglong>(r.account.id));
    if (role == Qt::ForegroundRole && r.account.isArchived())
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::FontRole && r.account.isArchived()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && r.account.isArchived() && index.column() == Name)
        return tr("%1 (archived)").arg(toQString(r.account.name));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (static_cast<Column>(index.column())) {
    case Name:
        return toQString(r.account.name);
    case Reference:
        return toQString(r.account.ref);
    case Status:
        return statusLabel(r.account.status);
    case Owner:
        return toQString(r.ownerName);
    case Kinds:
        return kindsLabel(r.account.kinds);
    case Country:
        return toQString(r.account.country);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Reference:
        return tr("Reference");
    case Status:
        return tr("Status");
    case Owner:
        return tr("Manager");
    case Kinds:
        return tr("Kinds");
    case Country:
        return tr("Country");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace keystone::gui
