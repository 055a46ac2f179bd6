// Cancelling imports and exports from their progress callbacks: nothing is
// written, neither rows in the database nor a file on disk.
#include "TempDir.h"
#include "app/DemoGenerator.h"
#include "app/Export.h"
#include "app/Import.h"
#include "app/TableExport.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

struct Snapshot
{
    StoreCounts counts;
    std::int64_t saleLines = 0;
    Money salesTotal;
    std::size_t batches = 0;
};

Snapshot snapshot(Workspace& ws)
{
    Snapshot s;
    s.counts = ws.store().counts();
    ws.store().sales().forEach({}, [&](const SaleLine& l) {
        ++s.saleLines;
        s.salesTotal += l.amount;
    });
    s.batches = ws.store().importBatches().list().size();
    return s;
}

void requireSame(const Snapshot& a, const Snapshot& b)
{
    CHECK(a.counts.accounts == b.counts.accounts);
    CHECK(a.counts.contacts == b.counts.contacts);
    CHECK(a.counts.interactions == b.counts.interactions);
    CHECK(a.saleLines == b.saleLines);
    CHECK(a.salesTotal == b.salesTotal);
    CHECK(a.batches == b.batches);
}

std::string contentOf(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::string text;
    char buffer[4096];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0)
        text.append(buffer, static_cast<std::size_t>(in.gcount()));
    return text;
}

// The demo company's records of `kind` as the CSV an export writes: real rows that import back.
std::filesystem::path exportedCsv(Workspace& ws, ImportKind kind, const std::filesystem::path& file)
{
    exportCsv(exportTable(ws, kind, {}, {}), file, {});
    return file;
}

} // namespace

TEST_CASE("Cancelling a sales import half-way leaves the database unchanged")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    DemoGenerator(ws.store(), {20, 2, 4}).run();
    const auto file = exportedCsv(ws, ImportKind::Sales, dir / "sales.csv");
    const Snapshot before = snapshot(ws);
    REQUIRE(before.saleLines > 512); // two progress reports (every 256 rows) before the end

    ImportOptions o;
    o.kind = ImportKind::Sales;
    o.file = file;
    o.again = true; // the same lines once more: would double every total if it were written
    std::uint64_t cancelledAt = 0;
    std::uint64_t total = 0;
    o.progress = [&](std::uint64_t done, std::uint64_t all) {
        total = all;
        if (done * 2 < all)
            return true;
        cancelledAt = done;
        return false;
    };
    REQUIRE_THROWS_AS(importCsv(ws, o), Cancelled);
    CHECK(total == std::filesystem::file_size(file));
    CHECK(cancelledAt * 2 >= total);
    CHECK(cancelledAt < total); // stopped in the middle, not at the end
    requireSame(before, snapshot(ws));

    // Not cancelled, the same import does write: the cancellation was what kept it out.
    o.progress = [](std::uint64_t, std::uint64_t) { return true; };
    const auto summary = importCsv(ws, o);
    CHECK(summary.created == before.saleLines);
    CHECK(snapshot(ws).saleLines == 2 * before.saleLines);
}

TEST_CASE("Cancelling an accounts import in its second pass writes no account and no batch")
{
    TempDir dir;
    Workspace source(dir / "source.db", kClock);
    DemoGenerator(source.store(), {40, 1, 2}).run();
    const auto file = exportedCsv(source, ImportKind::Accounts, dir / "accounts.csv");

    Workspace target(dir / "target.db", kClock);
    const Snapshot before = snapshot(target);
    ImportOptions o;
    o.kind = ImportKind::Accounts;
    o.file = file;
    std::vector<std::uint64_t> seen;
    o.progress = [&](std::uint64_t done, std::uint64_t all) {
        seen.push_back(done);
        return done * 4 < all * 3; // stop once three quarters are read: inside the writing pass
    };
    REQUIRE_THROWS_AS(importCsv(target, o), Cancelled);
    REQUIRE(!seen.empty());
    CHECK(seen.back() * 2 > importProgressTotal(o)); // the second pass had begun
    requireSame(before, snapshot(target));
    CHECK(target.store().counts().accounts == 0);
}

TEST_CASE("A cancelled import with skip-invalid leaves no rejects file")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    DemoGenerator(ws.store(), {12, 2, 3}).run();
    const auto file = exportedCsv(ws, ImportKind::Sales, dir / "sales.csv");
    {
        std::ofstream out(file, std::ios::app | std::ios::binary);
        out << "ACME-1,not a date,12.00,,,,\n"; // one invalid row at the end
    }
    const Snapshot before = snapshot(ws);
    ImportOptions o;
    o.kind = ImportKind::Sales;
    o.file = file;
    o.again = true;
    o.skipInvalid = true;
    o.progress = [](std::uint64_t done, std::uint64_t all) { return done < all; };
    REQUIRE_THROWS_AS(importCsv(ws, o), Cancelled);
    CHECK(!std::filesystem::exists(dir / "sales.rejects.csv"));
    requireSame(before, snapshot(ws));
}

TEST_CASE("A cancelled CSV export leaves no file and keeps an earlier one as it was")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    DemoGenerator(ws.store(), {20, 2, 4}).run();
    const Table contacts = exportTable(ws, ImportKind::Contacts, {}, {});
    REQUIRE(contacts.rows.size() > 64); // more than one progress report (every 64 rows)

    const auto fresh = dir / "contacts.csv";
    std::uint64_t stoppedAt = 0;
    const auto stopHalfWay = [&](std::uint64_t done, std::uint64_t all) {
        if (done * 2 < all)
            return true;
        stoppedAt = done;
        return false;
    };
    REQUIRE_THROWS_AS(exportCsv(contacts, fresh, {}, stopHalfWay), Cancelled);
    CHECK(stoppedAt > 0);
    CHECK(stoppedAt < contacts.rows.size());
    CHECK(!std::filesystem::exists(fresh));
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        CHECK(entry.path().filename().string().find("contacts") == std::string::npos); // no temporary left either

    const auto earlier = dir / "earlier.csv";
    {
        std::ofstream out(earlier, std::ios::binary);
        out << "kept\n";
    }
    REQUIRE_THROWS_AS(exportCsv(contacts, earlier, {}, stopHalfWay), Cancelled);
    CHECK(contentOf(earlier) == "kept\n");
}

TEST_CASE("Gathering an export's rows can be cancelled too")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    DemoGenerator(ws.store(), {12, 2, 3}).run();
    std::uint64_t calls = 0;
    REQUIRE_THROWS_AS(exportTable(ws, ImportKind::Interactions, {}, {},
                                  [&](std::uint64_t done, std::uint64_t) {
                                      ++calls;
                                      return done < 3;
                                  }),
                      Cancelled);
    CHECK(calls == 4);
    const Table all = exportTable(ws, ImportKind::Interactions, {}, {}, [](std::uint64_t, std::uint64_t) {
        return true;
    });
    CHECK(!all.rows.empty());
}

TEST_CASE("suggestedFields proposes fields by synonym and mappingOnly reads only the mapped columns")
{
    const std::vector<std::string> header{"Kundennummer", "Firma", "Bemerkung", "Land"};
    CHECK(suggestedFields(ImportKind::Accounts, header) == std::vector<std::string>{"ref", "name", "", "country"});
    CHECK(suggestedFields(ImportKind::Contacts, header) ==
          std::vector<std::string>{"account", "", "notes", ""});

    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    const auto file = dir / "kunden.csv";
    {
        std::ofstream out(file, std::ios::binary);
        out << "Kundennummer;Firma;Bemerkung;Land\nD-1;Erste GmbH;;Deutschland\n";
    }
    ImportOptions o;
    o.kind = ImportKind::Accounts;
    o.file = file;
    o.mapping = {{"ref", "Kundennummer"}, {"name", "Firma"}};
    o.mappingOnly = true; // the GUI's "(not imported)" for Land
    importCsv(ws, o);
    CHECK(ws.resolveAccount("D-1").country.empty());

    o.mappingOnly = false;
    o.again = true;
    const auto summary = importCsv(ws, o);
    CHECK(summary.updated == 1);
    CHECK(ws.resolveAccount("D-1").country == "Deutschland");
}
