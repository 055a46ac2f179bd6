#include "app/import/SaleImporter.h"

namespace keystone::imports {

// Unfinished (an exception leaves the import): the BulkLoad drops what is pending with the transaction.
SaleImporter::~SaleImporter() = default;

const std::vector<ImportField>& SaleImporter::fields()
{
    static const std::vector<ImportField> fields = {
        {"account", "the account's reference (customer number)", true, accountRefSynonyms()},
        {"date", "the date of the sale: ISO 8601 or --date-format", true,
         {"date", "sale_date", "invoice_date", "order_date", "document_date", "datum", "belegdatum",
          "rechnungsdatum", "дата", "дата документа"}},
        {"amount", "the line's amount; else quantity x unit_price", false,
         {"amount", "total", "revenue", "net_amount", "line_total", "sales", "betrag", "umsatz", "сумма",
          "выручка"}},
        {"quantity", "quantity", false, {"quantity", "qty", "units", "menge", "anzahl", "количество", "кол-во"}},
        {"unit_price", "price of one unit", false,
         {"unit_price", "price", "preis", "einzelpreis", "цена"}},
        {"margin", "the line's margin", false,
         {"margin", "gross_margin", "profit", "marge", "deckungsbeitrag", "маржа", "прибыль"}},
        {"product", "product or article number", false,
         {"product", "sku", "item", "stock_code", "article", "artikel", "artikelnummer", "товар", "артикул",
          "номенклатура"}},
        {"document", "invoice or document number", false,
         {"document", "invoice", "invoice_no", "invoice_number", "document_no", "order_no", "beleg",
          "belegnummer", "rechnung", "rechnungsnummer", "документ", "номер документа"}},
        {"account_name", "name for an account created from this line (default: the reference)", false,
         {"account_name", "customer_name", "client_name", "company", "наименование клиента"}},
        {"country", "country for an account created from this line", false, {"country", "land", "страна"}},
    };
    return fields;
}

std::string SaleImporter::missingAlternatives(const ColumnMap& columns) const
{
    if (!columns.count("amount") && !(columns.count("quantity") && columns.count("unit_price")))
        return "amount (or quantity and unit_price)";
    return {};
}

void SaleImporter::setColumns(const ColumnMap& columns)
{
    const auto column = [&](std::string_view field) { return Column::resolve(columns, field); };
    m_columns = {.account = column("account"),
                 .date = column("date"),
                 .amount = column("amount"),
                 .quantity = column("quantity"),
                 .unitPrice = column("unit_price"),
                 .margin = column("margin"),
                 .product = column("product"),
                 .document = column("document"),
                 .accountName = column("account_name"),
                 .country = column("country")};
}

void SaleImporter::startWriting()
{
    if (!m_options.dryRun)
        m_bulkLoad.emplace(m_store.sales());
}

void SaleImporter::process(Row& row)
{
    const auto& c = m_columns;
    const std::string_view ref = row.required(c.account); // a view into the record
    SaleLine line;
    const auto date = row.date(c.date);
    if (row.trimmed(c.date).empty())
        row.problem(c.date, "a value is required");
    std::optional<Money> amount;
    if (row.has(c.amount)) {
        amount = row.money(c.amount);
        if (!amount && row.trimmed(c.amount).empty())
            row.problem(c.amount, "a value is required");
    }
    if (row.has(c.quantity)) {
        line.quantity = row.decimal(c.quantity, SaleLine::kQuantityDecimals);
        if (!line.quantity && !row.has(c.amount) && row.trimmed(c.quantity).empty())
            row.problem(c.quantity, "a value is required (or map an amount column)");
    }
    if (!row.has(c.amount) && row.has(c.unitPrice)) {
        const auto price = row.money(c.unitPrice);
        if (!price && row.trimmed(c.unitPrice).empty())
            row.problem(c.unitPrice, "a value is required (or map an amount column)");
        if (price && line.quantity) {
            amount = multiplyExact(*line.quantity, SaleLine::kQuantityDecimals, *price);
            if (!amount)
                row.problem(c.unitPrice, "quantity x unit_price needs more than " +
                                             std::to_string(Money::kDecimals) + " decimals or is too large");
        }
    }
    if (row.has(c.margin))
        line.margin = row.money(c.margin);
    line.product = row.trimmed(c.product);
    line.document = row.trimmed(c.document);
    std::optional<AccountId> accountId;
    if (!ref.empty())
        accountId = accountOf(row, ref);
    if (!row.ok() || !accountId || !date || !amount)
        return;
    line.accountId = *accountId;
    line.date = *date;
    line.amount = *amount;
    line.batchId = m_batch;
    row.problems(line.validate());
    if (!row.ok())
        return;
    m_summary.total += line.amount;
    ++m_summary.created;
    // A dry run stops here: the line is valid and counted. Writing it could fail only for a
    // reason no row can cause (its account is one of idsByRef's or was created above, and
    // validate() is what add() checks), and the rollback would take it back anyway; writing
    // was half of a dry run's time, inserting into the (account, date) index without a BulkLoad.
    if (m_options.dryRun)
        return;
    m_pending.push_back(std::move(line));
    if (m_pending.size() >= 50'000)
        flushSales();
}

// The account's id, creating the account for an unknown reference (unless --no-create).
std::optional<AccountId> SaleImporter::accountOf(Row& row, std::string_view ref)
{
    const auto& c = m_columns;
    // All references in one query on the first line, then a hash lookup per line:
    // findAccount's query (two statements prepared per new reference) and its copy of
    // the whole Account were over half of an import's time.
    if (!m_accountIds) {
        m_accountIds.emplace();
        for (const auto& [key, id] : m_store.accounts().idsByRef())
            m_accountIds->insert(key, id);
        for (const auto& [key, a] : m_accountCache) // none yet for a sale import; be safe
            m_accountIds->insert(key, a.id);
    }
    if (const AccountId* found = m_accountIds->find(ref))
        return *found;
    if (!m_options.createAccounts) {
        row.problem(c.account, "no account has the reference '" + std::string(ref) + "' (--no-create)");
        return std::nullopt;
    }
    Account created;
    created.ref = ref;
    created.name = row.trimmed(c.accountName);
    if (created.name.empty())
        created.name = ref;
    created.country = row.trimmed(c.country);
    row.problems(created.validate());
    if (!row.ok())
        return std::nullopt;
    m_store.accounts().create(created);
    recordCreated(ImportedRecord::Account, created.id);
    // The id only: a copy of every created Account was 20 MB at 50,000 accounts.
    m_accountIds->insert(ref, created.id);
    ++m_summary.accountsCreated;
    return created.id;
}

void SaleImporter::flushSales()
{
    if (m_pending.empty())
        return;
    m_store.sales().add(m_pending);
    m_pending.clear();
}

void SaleImporter::finish()
{
    flushSales();
    if (m_bulkLoad)
        m_bulkLoad->finish();
}

} // namespace keystone::imports
