// One account's monthly sale totals packed into one value (table sale_totals, schema 5): what
// segmentation reads for 50,000 accounts x 36 months is 50,000 rows, not 1.2 million. The format is
// in docs/data-model.md; it is storage's own business, never seen above the repository.
#pragma once

#include "domain/SaleRepository.h"
#include "storage/Sqlite.h"

#include <string>
#include <string_view>
#include <vector>

namespace keystone::sale_totals {

// `months` in ascending month order, one entry per month, all of one account.
std::string encode(const std::vector<MonthlyTotal>& months);
// Replaces `out` with the months packed in `bytes` (accountId set to `account`). Throws
// DatabaseError (Corrupt) naming the account when the value is not one encode() wrote.
void decode(std::string_view bytes, AccountId account, std::vector<MonthlyTotal>& out);

// Reads a row of (account, month, amount, margin, lines, first day, last day).
void readRow(const sql::Statement& st, MonthlyTotal& t);

// Merges `month` into `months` (ascending): added to the month's totals, or inserted in order.
void add(std::vector<MonthlyTotal>& months, const MonthlyTotal& month);

} // namespace keystone::sale_totals
