// What one kind of import does with the rows the pipeline (app/Import.cpp) hands it, and the
// lookups the kinds share: accounts by reference, managers by e-mail or name, an account's contacts.
// A new kind is a subclass in a file of its own and a line in ImportKinds.cpp.
#pragma once

#include "app/Import.h"
#include "app/import/ImportRow.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace keystone::imports {

enum class Outcome { Created, Updated, Unchanged };

class KindImporter
{
public:
    KindImporter(Workspace& workspace, const ImportOptions& options, ImportSummary& summary);
    virtual ~KindImporter();
    KindImporter(const KindImporter&) = delete;
    KindImporter& operator=(const KindImporter&) = delete;

    // What the kind needs besides its required fields when one of two columns will do
    // (accounts: ref or name), for resolveColumns' message; "" when the columns suffice.
    virtual std::string missingAlternatives(const ColumnMap& columns) const;
    // The columns of the import pass, before its first row.
    virtual void setColumns(const ColumnMap& columns);
    // The pre-scan of a kind that reads the file twice (ImportKindEntry::learnsFirst): the keys the
    // file defines, so that a row may name a record further down the file.
    virtual void learn(Row& row);
    // Called once the transaction is open and the batch recorded, before the first row.
    virtual void startWriting();
    // Parses, validates and (unless it has problems) writes one row.
    virtual void process(Row& row) = 0;
    // Writes what is pending (lines held back, links between rows) at the end of the file.
    virtual void finish();

    void setBatch(std::optional<BatchId> batch) { m_batch = batch; }

protected:
    // A link from a written row to a record named by its key, set once the whole file is written.
    struct Link
    {
        std::int64_t id;
        AccountId accountId;
        std::string key;
        std::int64_t line;
    };

    void count(Outcome outcome);
    void recordCreated(ImportedRecord kind, std::int64_t id);

    std::optional<Account> findAccount(const std::string& ref);
    // The account the row's "account" field names; a problem on the row when there is none.
    std::optional<Account> requiredAccount(Row& row);
    std::optional<ManagerId> manager(Row& row, const Column& field);
    std::vector<Contact>& contactsOf(AccountId id);
    // By e-mail first, then by name (both folded).
    std::optional<Contact> findContact(AccountId accountId, const std::string& emailOrName);

    Workspace& m_ws;
    Store& m_store;
    const ImportOptions& m_options;
    ImportSummary& m_summary;
    std::optional<BatchId> m_batch;
    std::unordered_map<std::string, Account> m_accountCache;

private:
    std::unordered_map<std::string, ManagerId> m_managerCache;
    std::unordered_map<AccountId, std::vector<Contact>> m_contactCache;
};

} // namespace keystone::imports
