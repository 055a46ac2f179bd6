// Exports through the app layer that an import reads back: round trips, --where and segments.
#include "AppFixture.h"
#include "app/Analytics.h"
#include "app/DemoGenerator.h"
#include "app/Export.h"
#include "app/Import.h"
#include "app/TableExport.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::test;

TEST_CASE("Export then import round-trips accounts contacts and interactions without loss")
{
    TempDir dir;
    Workspace source(dir / "demo.db", kClock);
    DemoGenerator(source.store(), {12, 2, 3}).run();
    csv::WriterOptions raw;
    raw.protectFormulas = false;
    for (auto kind : {ImportKind::Accounts, ImportKind::Contacts, ImportKind::Interactions}) {
        const auto file = dir / (std::string(importKindName(kind)) + ".csv");
        exportCsv(exportTable(source, kind, {}, {}), file, raw);
        auto o = options(kind, file);
        o.again = true;
        const auto s = importCsv(source, o);
        INFO(importKindName(kind));
        CHECK(s.rejected == 0);
        CHECK(s.created == 0);
        CHECK(s.updated == 0);
        CHECK(s.unchanged == s.rows);
        CHECK(s.rows > 10);
    }

    // Into a new database that knows the same managers: the exports come out identical.
    Workspace target(dir / "copy.db", kClock);
    for (auto m : source.store().managers().list()) {
        m.id = 0;
        target.store().managers().create(m);
    }
    for (auto kind : {ImportKind::Accounts, ImportKind::Contacts, ImportKind::Interactions}) {
        const auto file = dir / (std::string(importKindName(kind)) + ".csv");
        importCsv(target, options(kind, file));
        const auto copy = dir / (std::string(importKindName(kind)) + ".copy.csv");
        exportCsv(exportTable(target, kind, {}, {}), copy, raw);
        INFO(importKindName(kind));
        const auto original = readCsv(file);
        const auto copied = readCsv(copy);
        REQUIRE(copied.size() == original.size());
        for (std::size_t i = 0; i < original.size(); ++i)
            CHECK(copied[i] == original[i]);
    }
}

TEST_CASE("Export filters with --where and chooses columns by name")
{
    TempDir dir;
    Workspace ws(dir / "demo.db", kClock);
    DemoGenerator(ws.store(), {20, 2, 4}).run();
    const auto all = exportTable(ws, ImportKind::Accounts, {}, {"ref", "status", "country"});
    CHECK(all.headers == std::vector<std::string>{"ref", "status", "country"});
    const auto filter = parseWhere(ws, ImportKind::Accounts, "status=active and country=" + all.rows[0][2].text);
    const auto some = exportTable(ws, ImportKind::Accounts, filter, {"ref", "status", "country"});
    REQUIRE_FALSE(some.rows.empty());
    CHECK(some.rows.size() < all.rows.size());
    for (const auto& row : some.rows) {
        CHECK(row[1].text == "active");
        CHECK(row[2].text == all.rows[0][2].text);
    }
    const auto visits = exportTable(ws, ImportKind::Interactions, parseWhere(ws, ImportKind::Interactions, "kind=visit"),
                                    {"kind"});
    REQUIRE_FALSE(visits.rows.empty());
    for (const auto& row : visits.rows)
        CHECK(row[0].text == "visit");
    CHECK_THROWS_WITH(parseWhere(ws, ImportKind::Accounts, "colour=red"), Catch::Contains("unknown key 'colour'"));
    CHECK_THROWS_WITH(parseWhere(ws, ImportKind::Accounts, "cell=AQ"), Catch::Contains("a cell such as AX"));
    CHECK_THROWS_WITH(exportTable(ws, ImportKind::Accounts, parseWhere(ws, ImportKind::Accounts, "cell=ax"), {}),
                      Catch::Contains("segment --save"));
    CHECK_THROWS_WITH(parseWhere(ws, ImportKind::Accounts, "status=sleepy"), Catch::Contains("expected one of"));
    CHECK_THROWS_WITH(exportTable(ws, ImportKind::Sales, {}, {"amount", "colour"}),
                      Catch::Contains("unknown column 'colour'"));
}

TEST_CASE("Export by segment cell takes the accounts of the latest saved segmentation")
{
    TempDir dir;
    Workspace ws(dir / "demo.db", kClock);
    DemoGenerator(ws.store(), {40, 3, 2}).run();
    Analytics analytics(ws.store(), kClock);
    const auto result = analytics.segment(analytics.parameters({}));
    analytics.save(result);
    std::set<std::string> expected;
    for (const auto& row : result.rows)
        if (row.cell() == "AZ")
            expected.insert(row.ref);
    REQUIRE_FALSE(expected.empty());
    const auto table = exportTable(ws, ImportKind::Accounts, parseWhere(ws, ImportKind::Accounts, "cell=AZ"), {"ref"});
    std::set<std::string> got;
    for (const auto& row : table.rows)
        got.insert(row[0].text);
    CHECK(got == expected);
}
