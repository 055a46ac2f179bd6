// The pipeline every kind of import shares: the file checked against earlier batches, read (twice
// for a kind that learns first), mapped to the kind's fields, one transaction, the batch recorded,
// each row handed to the kind's importer (app/import/), the rejected rows counted and written to the
// rejects file, and the transaction committed or rolled back.
#include "app/Import.h"

#include "app/Encryption.h"
#include "app/import/ImportKinds.h"
#include "app/import/RejectsFile.h"
#include "domain/Text.h"
#include "interchange/Sha256.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>
#include <memory>

namespace keystone {

namespace {

using imports::ColumnMap;
using imports::KindImporter;
using imports::Row;

const std::filesystem::path& inputOf(const ImportOptions& options)
{
    return options.readFrom.empty() ? options.file : options.readFrom;
}

std::ifstream openInput(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw Error(file.string() + ": cannot be opened for reading");
    return in;
}

ColumnMap resolveColumns(const KindImporter& importer, const std::vector<std::string>& header,
                         const ImportOptions& options)
{
    return imports::resolveColumns(importFields(options.kind), header, options,
                                   [&](const ColumnMap& map) { return importer.missingAlternatives(map); });
}

std::string summaryJson(const ImportSummary& s)
{
    nlohmann::ordered_json j;
    j["rows"] = s.rows;
    j["created"] = s.created;
    j["updated"] = s.updated;
    j["unchanged"] = s.unchanged;
    j["rejected"] = s.rejected;
    j["accounts_created"] = s.accountsCreated;
    j["total"] = s.total.toString();
    if (s.rejectsFile)
        j["rejects_file"] = escapeInvalidUtf8(s.rejectsFile->string());
    return j.dump();
}

// A rejected row's problems into the summary (the first kMaxProblems), joined into one reason.
std::string countRejected(ImportSummary& summary, std::vector<ImportProblem>& problems)
{
    ++summary.rejected;
    summary.problemCount += static_cast<std::int64_t>(problems.size());
    std::string reason;
    for (auto& p : problems) {
        reason += (reason.empty() ? "" : "; ") + (p.column.empty() ? "" : p.column + ": ") + p.reason;
        if (summary.problems.size() < ImportSummary::kMaxProblems)
            summary.problems.push_back(std::move(p));
    }
    return reason;
}

} // namespace

std::uint64_t importProgressTotal(const ImportOptions& options)
{
    std::error_code error;
    const auto size = std::filesystem::file_size(inputOf(options), error);
    if (error)
        return 0;
    const bool twoPasses = imports::importKind(options.kind).learnsFirst;
    return static_cast<std::uint64_t>(size) * (twoPasses ? 2 : 1);
}

ImportRejected::ImportRejected(ImportSummary summary)
    : Error(summary.file.string() + ": " + std::to_string(summary.rejected) + " of " +
            std::to_string(summary.rows) + " rows are invalid (" + std::to_string(summary.problemCount) +
            " problems); nothing was imported"),
      m_summary(std::move(summary))
{
}

AlreadyImported::AlreadyImported(ImportBatch previous)
    : Error(previous.fileName + ": the same content was imported as batch " + std::to_string(previous.id) + " on " +
            previous.importedAt.toIso() + "; give --again to import it once more, or undo that batch first"),
      m_previous(std::move(previous))
{
}

ImportSummary importCsv(Workspace& workspace, const ImportOptions& options)
{
    ImportSummary summary;
    summary.kind = options.kind;
    summary.file = options.file;
    summary.dryRun = options.dryRun;
    if (!std::filesystem::is_regular_file(inputOf(options)))
        throw Error(options.file.string() + ": no such file");
    if (options.readFrom.empty() && isEncryptedFile(options.file))
        throw Error(options.file.string() +
                    " is encrypted; its passphrase is needed to read it (nothing was imported)");
    // Of the content as read: an encrypted file imported again matches its earlier batch.
    summary.sha256 = sha256OfFile(inputOf(options));
    auto& store = workspace.store();
    summary.previous = store.importBatches().findBySha256(summary.sha256);
    if (summary.previous && !options.again && !options.dryRun)
        throw AlreadyImported(*summary.previous);

    const auto& kind = imports::importKind(options.kind);
    const std::unique_ptr<KindImporter> importer = kind.make(workspace, options, summary);

    // Progress over both passes; a false answer stops before anything is committed
    // (the transaction below rolls back as the exception leaves this function).
    const std::uint64_t progressTotal = importProgressTotal(options);
    std::uint64_t passStart = 0;
    const auto reportProgress = [&](std::uint64_t bytes) {
        if (options.progress && !options.progress(std::min(passStart + bytes, progressTotal), progressTotal))
            throw Cancelled(options.file.string() + ": the import was cancelled; nothing was imported");
    };
    constexpr std::int64_t kRowsPerProgress = 256;

    if (kind.learnsFirst) {
        auto in = openInput(inputOf(options));
        csv::CsvReader reader(in, options.file.string(), options.reader);
        const auto columns = resolveColumns(*importer, reader.header(), options);
        csv::Record record;
        std::int64_t learned = 0;
        while (reader.next(record)) {
            Row row(record, columns, reader.header(), options);
            importer->learn(row);
            if (++learned % kRowsPerProgress == 0)
                reportProgress(reader.bytesConsumed());
        }
        passStart = progressTotal / 2;
        reportProgress(0);
    }

    auto in = openInput(inputOf(options));
    csv::CsvReader reader(in, options.file.string(), options.reader);
    const auto header = reader.header();
    const auto columns = resolveColumns(*importer, header, options);
    for (const auto& [field, index] : columns)
        summary.columns.emplace_back(field, header[index]);
    importer->setColumns(columns);

    auto tx = store.transaction(kind.nesting);
    if (!options.dryRun) {
        ImportBatch batch;
        batch.kind = std::string(kind.name);
        batch.fileName = escapeInvalidUtf8(options.file.filename().string()); // shown and put in JSON
        batch.sha256 = summary.sha256;
        batch.importedAt = workspace.clock().now();
        store.importBatches().create(batch);
        summary.batch = batch.id;
        importer->setBatch(batch.id);
    }
    importer->startWriting();

    std::optional<imports::RejectsFile> rejects;
    if (options.skipInvalid && !options.dryRun) {
        auto path = options.rejectsFile.value_or(options.file.parent_path() /
                                                 (options.file.stem().string() + ".rejects.csv"));
        rejects.emplace(path, reader.delimiter(), header);
        summary.rejectsFile = path;
    }

    csv::Record record;
    std::int64_t sinceProgress = 0;
    while (reader.next(record)) {
        ++summary.rows;
        Row row(record, columns, header, options);
        if (record.fields.size() != header.size())
            row.recordProblem("expected " + std::to_string(header.size()) + " fields as in the header, found " +
                              std::to_string(record.fields.size()));
        else
            importer->process(row);
        if (!row.ok()) {
            const std::string reason = countRejected(summary, row.takeProblems());
            if (rejects)
                rejects->write(record, reason);
        }
        if (++sinceProgress == kRowsPerProgress) {
            sinceProgress = 0;
            reportProgress(reader.bytesConsumed());
        }
    }
    importer->finish();
    reportProgress(reader.bytesConsumed());

    if (summary.rejected > 0 && !options.skipInvalid)
        throw ImportRejected(std::move(summary)); // the transaction rolls back
    if (options.dryRun)
        return summary; // rolled back: nothing written
    store.importBatches().updateSummary(*summary.batch, summaryJson(summary));
    if (rejects) {
        if (summary.rejected > 0)
            rejects->commit();
        else
            summary.rejectsFile.reset();
    }
    tx.commit();
    return summary;
}

} // namespace keystone
