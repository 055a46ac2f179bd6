// Exports stream rows into a sink: the CSV written as the rows are read is the CSV of the
// gathered table, filters and errors behave as before, and a stopped export leaves no file.
#include "TempDir.h"
#include "app/Analytics.h"
#include "app/DemoGenerator.h"
#include "app/Export.h"
#include "app/TableExport.h"
#include "interchange/AtomicFile.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

std::string streamed(Workspace& ws, ImportKind kind, const ExportFilter& filter,
                     const std::vector<std::string>& columns, const csv::WriterOptions& options = {})
{
    std::ostringstream out;
    CsvSink sink(out, options);
    exportRows(ws, kind, filter, columns, sink);
    sink.finish();
    return out.str();
}

std::string gathered(Workspace& ws, ImportKind kind, const ExportFilter& filter,
                     const std::vector<std::string>& columns, const csv::WriterOptions& options = {})
{
    std::ostringstream out;
    writeCsv(exportTable(ws, kind, filter, columns), out, options);
    return out.str();
}

// Counts what a sink hears.
class CountingSink final : public RowSink
{
public:
    void headers(const std::vector<std::string>&) override { ++headerCalls; }
    void row(const std::vector<Cell>&) override { ++rows; }
    int headerCalls = 0;
    int rows = 0;
};

std::vector<std::filesystem::path> filesIn(const TempDir& dir)
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        files.push_back(entry.path().filename());
    return files;
}

} // namespace

TEST_CASE("Streamed CSV exports are byte for byte the CSV of the gathered table for every kind")
{
    TempDir dir;
    Workspace ws(dir / "demo.db", kClock);
    DemoGenerator(ws.store(), {30, 2, 5}).run();
    // Parents: one later in the list than its child, one earlier, one archived (not listed).
    auto accounts = ws.store().accounts().list({});
    REQUIRE(accounts.size() == 30);
    Account early = accounts[2];
    Account late = accounts[25];
    Account archived = accounts[10];
    archived.ref.clear(); // a parent without a reference is named
    ws.store().accounts().update(archived);
    ws.store().accounts().remove(archived.id);
    const std::vector<std::pair<std::size_t, AccountId>> children = {
        {5, late.id}, {6, late.id}, {20, early.id}, {21, archived.id}};
    for (const auto& [child, parent] : children) {
        Account a = accounts[child];
        a.parentId = parent;
        a.tags = child == 5 ? std::vector<std::string>{"vip", "Северо-Запад", "שלום"} : std::vector<std::string>{};
        ws.store().accounts().update(a);
    }

    csv::WriterOptions excel = csv::excelProfile("ru_RU");
    excel.bom = true;
    for (auto kind : {ImportKind::Accounts, ImportKind::Contacts, ImportKind::Interactions, ImportKind::Sales}) {
        INFO(importKindName(kind));
        const auto text = streamed(ws, kind, {}, {});
        CHECK(text == gathered(ws, kind, {}, {}));
        CHECK(std::count(text.begin(), text.end(), '\n') >= 30);
        CHECK(streamed(ws, kind, {}, {}, excel) == gathered(ws, kind, {}, {}, excel));
    }
    std::vector<std::string> all;
    for (const auto& [key, description] : exportColumns(ImportKind::Accounts))
        all.push_back(key);
    ExportFilter withArchived;
    withArchived.accounts.includeArchived = true;
    CHECK(streamed(ws, ImportKind::Accounts, withArchived, all) == gathered(ws, ImportKind::Accounts, withArchived, all));
    const auto sales = parseWhere(ws, ImportKind::Sales, "from=2025-01-01 and to=2025-06-30");
    CHECK(streamed(ws, ImportKind::Sales, sales, {"account", "amount", "batch"}) ==
          gathered(ws, ImportKind::Sales, sales, {"account", "amount", "batch"}));

    // The parent column as listAccounts spells it: the parent's reference, else its name.
    const auto table = exportTable(ws, ImportKind::Accounts, withArchived, {"ref", "parent", "tags"});
    std::map<std::string, std::pair<std::string, std::string>> byRef;
    for (const auto& row : table.rows)
        byRef[row[0].text] = {row[1].text, row[2].text};
    CHECK(byRef[accounts[5].ref] == std::pair<std::string, std::string>{late.ref, "vip,Северо-Запад,שלום"});
    CHECK(byRef[accounts[6].ref].first == late.ref);
    CHECK(byRef[accounts[20].ref].first == early.ref);
    CHECK(byRef[accounts[21].ref].first == archived.name);
    CHECK(byRef[accounts[22].ref].first.empty());
    const auto rows = ws.listAccounts(withArchived.accounts);
    REQUIRE(rows.size() == table.rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        CHECK(rows[i].parentRef == table.rows[i][1].text);
}

TEST_CASE("A streamed export by segment cell writes the accounts of that cell only")
{
    TempDir dir;
    Workspace ws(dir / "demo.db", kClock);
    DemoGenerator(ws.store(), {40, 3, 2}).run();
    CountingSink nothing;
    CHECK_THROWS_WITH(exportRows(ws, ImportKind::Accounts, parseWhere(ws, ImportKind::Accounts, "cell=AZ"), {},
                                 nothing),
                      Catch::Contains("segment --save"));
    CHECK(nothing.headerCalls == 0);
    Analytics analytics(ws.store(), kClock);
    const auto result = analytics.segment(analytics.parameters({}));
    analytics.save(result);
    for (const auto& cell : std::vector<std::string>{"AX", "AZ", "CZ"}) {
        INFO(cell);
        std::set<std::string> expected;
        for (const auto& row : result.rows)
            if (row.cell() == cell)
                expected.insert(row.ref);
        const auto filter = parseWhere(ws, ImportKind::Accounts, "cell=" + cell);
        const auto text = streamed(ws, ImportKind::Accounts, filter, {"ref"});
        std::istringstream lines(text);
        std::string line;
        std::getline(lines, line);
        CHECK(line == "ref\r");
        std::set<std::string> got;
        while (std::getline(lines, line))
            got.insert(line.substr(0, line.size() - 1));
        CHECK(got == expected);
        for (auto kind : {ImportKind::Contacts, ImportKind::Sales}) {
            const auto where = parseWhere(ws, kind, "cell=" + cell);
            CHECK(streamed(ws, kind, where, {}) == gathered(ws, kind, where, {}));
        }
    }
}

TEST_CASE("An unknown column stops a streamed export before the sink hears anything and no file is made")
{
    TempDir dir;
    Workspace ws(dir / "demo.db", kClock);
    DemoGenerator(ws.store(), {12, 2, 3}).run();
    const auto before = filesIn(dir);
    for (auto kind : {ImportKind::Accounts, ImportKind::Contacts, ImportKind::Interactions, ImportKind::Sales}) {
        INFO(importKindName(kind));
        CountingSink sink;
        std::uint64_t progressCalls = 0;
        CHECK_THROWS_WITH(exportRows(ws, kind, {}, {"colour"}, sink,
                                     [&](std::uint64_t, std::uint64_t) {
                                         ++progressCalls;
                                         return true;
                                     }),
                          Catch::Contains("unknown column 'colour'"));
        CHECK(sink.headerCalls == 0);
        CHECK(sink.rows == 0);
        CHECK(progressCalls == 0);
        const auto file = dir / "out.csv";
        CHECK_THROWS_AS(writeFileAtomically(file,
                                            [&](std::ostream& out) {
                                                CsvSink csv(out, {});
                                                exportRows(ws, kind, {}, {"colour"}, csv);
                                            }),
                        Error);
        CHECK(filesIn(dir) == before);
    }
}

TEST_CASE("A streamed export cancelled half-way leaves no file and keeps an earlier one")
{
    TempDir dir;
    Workspace ws(dir / "demo.db", kClock);
    DemoGenerator(ws.store(), {20, 2, 4}).run();
    const auto before = filesIn(dir);
    std::uint64_t stoppedAt = 0;
    std::uint64_t accountCount = 0;
    const auto stopHalfWay = [&](std::uint64_t done, std::uint64_t all) {
        accountCount = all;
        if (done * 2 < all)
            return true;
        stoppedAt = done;
        return false;
    };
    const auto exportTo = [&](const std::filesystem::path& file) {
        writeFileAtomically(file, [&](std::ostream& out) {
            CsvSink sink(out, {});
            exportRows(ws, ImportKind::Interactions, {}, {}, sink, stopHalfWay);
            sink.finish();
        });
    };
    REQUIRE_THROWS_AS(exportTo(dir / "interactions.csv"), Cancelled);
    REQUIRE(accountCount > 2);
    CHECK(stoppedAt == (accountCount + 1) / 2);
    CHECK(filesIn(dir) == before);

    const auto earlier = dir / "earlier.csv";
    {
        std::ofstream out(earlier, std::ios::binary);
        out << "kept\n";
    }
    REQUIRE_THROWS_AS(exportTo(earlier), Cancelled);
    std::ifstream in(earlier, std::ios::binary);
    std::string content;
    CHECK(std::getline(in, content));
    CHECK(content == "kept");
    CHECK(!std::getline(in, content));

    // The sink's own progress (rows written) stops a stream too.
    std::ostringstream out;
    std::uint64_t reports = 0;
    CsvSink counted(out, {}, [&](std::uint64_t done, std::uint64_t all) {
        ++reports;
        CHECK(all == 0); // a stream does not know its length
        return done < 128;
    });
    CHECK_THROWS_AS(exportRows(ws, ImportKind::Interactions, {}, {}, counted), Cancelled);
    CHECK(reports == 2);
    CHECK(counted.rowsWritten() == 128);
}
