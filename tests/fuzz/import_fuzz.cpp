// Fuzz target for the CSV importer (app/Import): the bytes are imported as each kind (accounts,
// contacts, interactions, sales) into a fresh database in memory, once refusing invalid rows and
// once skipping them to a rejects file. An import either succeeds or fails with one of Keystone's
// errors (keystone::Error, the rows' problems, or csv::CsvError); anything else is a bug. Whatever
// happened, the database must pass every check of `keystone-cli check` afterwards: an import never
// leaves it inconsistent (a record without its search entry, sale totals that do not add up).
#include "app/Import.h"
#include "app/Workspace.h"
#include "domain/Errors.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

namespace {

void fail(const std::string& what)
{
    std::fprintf(stderr, "import_fuzz: %s\n", what.c_str());
    std::abort();
}

const std::filesystem::path& scratch()
{
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("keystone-import-fuzz-" + std::to_string(getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace keystone;
    static const FixedClock clock(*DateTime::parseIso("2026-11-22T10:00:00Z"));
    const auto file = scratch() / "in.csv";
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    for (const auto kind : {ImportKind::Accounts, ImportKind::Contacts, ImportKind::Interactions, ImportKind::Sales})
        for (const bool skipInvalid : {false, true}) {
            Workspace ws(":memory:", clock);
            for (const char* ref : {"A1", "A2"}) { // what the seed files' rows refer to
                Account a;
                a.ref = ref;
                a.name = std::string("Account ") + ref;
                ws.store().accounts().create(a);
            }
            ImportOptions options;
            options.kind = kind;
            options.file = file;
            options.skipInvalid = skipInvalid;
            options.rejectsFile = scratch() / "rejects.csv";
            options.reader.maxRecordBytes = 4096;
            try {
                importCsv(ws, options);
            } catch (const Error&) {
                // a reported failure: nothing written, or the valid rows in one transaction
            } catch (const csv::CsvError&) {
                // a file that is not CSV the reader can read: nothing written
            } catch (const std::exception& e) {
                fail(std::string("an import failed with an unexpected exception: ") + e.what());
            }
            const auto problems = ws.check();
            if (!problems.empty())
                fail("the database fails its check after an import: " + problems.front());
        }
    return 0;
}
