// Sale lines from a CSV file, the large import (half a million lines): each line names its account
// by reference, and an unknown reference creates the account unless --no-create was given. Lines are
// handed to storage 50,000 at a time through a BulkLoad; a dry run validates and counts them only.
#pragma once

#include "app/import/KindImporter.h"
#include "app/import/RefIds.h"

namespace keystone::imports {

class SaleImporter final : public KindImporter
{
public:
    using KindImporter::KindImporter;
    ~SaleImporter() override;
    static const std::vector<ImportField>& fields();

    std::string missingAlternatives(const ColumnMap& columns) const override;
    void setColumns(const ColumnMap& columns) override;
    void startWriting() override;
    void process(Row& row) override;
    void finish() override;

private:
    std::optional<AccountId> accountOf(Row& row, std::string_view ref);
    void flushSales();

    // The fields' columns, resolved once by setColumns: a sale line looks up none of them.
    struct Columns
    {
        Column account = "account", date = "date", amount = "amount", quantity = "quantity",
               unitPrice = "unit_price", margin = "margin", product = "product", document = "document",
               accountName = "account_name", country = "country";
    } m_columns;
    std::optional<RefIds> m_accountIds; // loaded by the first line
    std::vector<SaleLine> m_pending;
    // Gathers each account's lines into full chunks across the whole file and writes the monthly
    // totals every quarter million (account, month) pairs, rather than after every 50,000 lines.
    std::optional<SqliteSaleRepository::BulkLoad> m_bulkLoad;
};

} // namespace keystone::imports
