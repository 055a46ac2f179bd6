// CSV imports of accounts, contacts, interactions and sale lines: the use case the
// CLI's `import` and the GUI's File > Import share.
//
// An import is one transaction. By default any invalid row means nothing is
// written and the report lists the problems; with skipInvalid the valid rows are
// written and every rejected row goes, unchanged and with its line and reason, to
// a rejects file, so nothing is lost. Every written import is a recorded batch
// that `undoImport` removes exactly.
#pragma once

#include "app/Cancel.h"
#include "app/Workspace.h"
#include "interchange/CsvReader.h"
#include "interchange/ValueParsers.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace keystone {

enum class ImportKind { Accounts, Contacts, Interactions, Sales };

std::optional<ImportKind> importKindFromName(std::string_view name);
std::string_view importKindName(ImportKind kind);

// A field an import fills, and the headers it is recognised by without --map.
struct ImportField
{
    std::string key;
    std::string description;
    bool required = false;
    std::vector<std::string> synonyms; // matched case-insensitively, ignoring spaces, '_', '-' and '.'
};
const std::vector<ImportField>& importFields(ImportKind kind);
// For each column of `header`, the field it is read into when no mapping is given
// (its own name or a synonym), or "" for a column that is not read.
std::vector<std::string> suggestedFields(ImportKind kind, const std::vector<std::string>& header);

struct ImportOptions
{
    ImportKind kind = ImportKind::Sales;
    std::filesystem::path file;
    // The file whose bytes are read when they are not `file`'s own: the decrypted copy of an
    // encrypted file (app/DecryptedCopy). `file` still names the import, its batch and rejects.
    std::filesystem::path readFrom;
    std::vector<std::pair<std::string, std::string>> mapping; // field -> column header, from --map
    bool mappingOnly = false; // read only the mapped columns (no synonyms): the GUI's full mapping
    csv::ReaderOptions reader;
    csv::DateFormat dateFormat; // empty: ISO 8601
    bool decimalComma = false;
    bool skipInvalid = false;
    std::optional<std::filesystem::path> rejectsFile; // default: beside the input, NAME.rejects.csv
    bool dryRun = false;
    bool again = false;          // import a file whose SHA-256 matches an earlier batch
    bool createAccounts = true;  // sales: create accounts for unknown references
    // Called every few hundred rows with the input bytes read so far and the total
    // of importProgressTotal(); returning false cancels: Cancelled is thrown and
    // nothing is written (no batch, no rows, no rejects file).
    ProgressCallback progress;
};

// What `progress` counts up to: the file's size, twice for accounts and contacts
// (their files are read once to learn the references, then imported).
std::uint64_t importProgressTotal(const ImportOptions& options);

struct ImportProblem
{
    std::int64_t line = 0;
    std::string column; // the header of the column, or the field when no column holds it
    std::string value;
    std::string reason;
};

struct ImportSummary
{
    ImportKind kind = ImportKind::Sales;
    std::filesystem::path file;
    std::string sha256;
    std::optional<BatchId> batch; // none for a dry run
    bool dryRun = false;
    std::optional<ImportBatch> previous; // an earlier batch of the same file
    std::vector<std::pair<std::string, std::string>> columns; // field -> header used
    std::int64_t rows = 0;
    std::int64_t created = 0; // sales: lines imported
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t rejected = 0;
    std::int64_t accountsCreated = 0; // sales: accounts created for unknown references
    Money total;                      // sales: the sum of the imported amounts
    std::vector<ImportProblem> problems; // the first kMaxProblems
    std::int64_t problemCount = 0;
    std::optional<std::filesystem::path> rejectsFile;

    static constexpr std::size_t kMaxProblems = 20;
};

// The file has invalid rows and skipInvalid was not given: nothing was written.
class ImportRejected : public Error
{
public:
    explicit ImportRejected(ImportSummary summary);
    const ImportSummary& summary() const { return m_summary; }

private:
    ImportSummary m_summary;
};

// The same bytes were imported before and `again` was not given.
class AlreadyImported : public Error
{
public:
    explicit AlreadyImported(ImportBatch previous);
    const ImportBatch& previous() const { return m_previous; }

private:
    ImportBatch m_previous;
};

// Throws AlreadyImported, ImportRejected, csv::CsvError (a malformed file:
// nothing written), Cancelled (the progress callback said stop: nothing written), Error for a file that cannot be read or an unusable mapping.
ImportSummary importCsv(Workspace& workspace, const ImportOptions& options);

struct UndoSummary
{
    BatchId batch = 0;
    std::int64_t saleLines = 0;
    std::int64_t interactions = 0;
    std::int64_t contacts = 0;
    std::int64_t accounts = 0;
    // Accounts the batch created that have since gained other data; left in place.
    std::vector<std::string> accountsKept;
};

// Removes what the batch added, in one transaction, and forgets the batch.
// Updates the batch made to existing records are not reverted.
UndoSummary undoImport(Workspace& workspace, BatchId batch);

} // namespace keystone
