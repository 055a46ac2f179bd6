// The columns of the accounts list.
#pragma once

#include "app/Columns.h"
#include "app/Workspace.h"

namespace keystone {

const std::vector<Column<AccountListRow>>& accountColumns();
// The columns shown when none are chosen.
std::vector<std::string_view> defaultAccountColumnKeys();

} // namespace keystone
