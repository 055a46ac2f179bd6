// The real online-retail data set (../shared/data) imported as a user would:
// the figures the issue and docs/csv.md state are checked here.
#include "Process.h"
#include "TempDir.h"
#include "app/Analytics.h"
#include "app/Import.h"
#include "interchange/CsvReader.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

using namespace keystone;
using keystone::test::TempDir;

namespace {
const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));
}

TEST_CASE("The real online-retail data set imports: 406829 lines 135080 rejected exact total")
{
    TempDir dir;
    const auto csvFile = dir / "online-retail.csv";
    const auto unzip = keystone::test::runProcess(
        "/bin/sh", {"-c", "gzip -dc '" KEYSTONE_SHARED_DATA "/online-retail.csv.gz' > '" + csvFile.string() + "'"});
    REQUIRE(unzip.exitCode == 0);

    // The reference total: the sum of quantity x unit price over the lines that have a customer, computed
    // here independently of the importer with the reader and the exact decimal parser.
    Money expected;
    std::int64_t withCustomer = 0;
    {
        std::ifstream in(csvFile, std::ios::binary);
        csv::CsvReader reader(in, csvFile.string());
        csv::Record r;
        while (reader.next(r)) {
            if (r.fields[6].empty())
                continue;
            ++withCustomer;
            const auto quantity = csv::parseDecimal(r.fields[3], false, 3);
            const auto price = csv::parseMoney(r.fields[5], false);
            REQUIRE((quantity && price));
            expected += *multiplyExact(*quantity.value, 3, *price.value);
        }
    }
    REQUIRE(withCustomer == 406829);

    Workspace ws(dir / "k.db", kClock);
    ImportOptions o;
    o.kind = ImportKind::Sales;
    o.file = csvFile;
    o.mapping = {{"account", "CustomerID"}, {"date", "InvoiceDate"}, {"quantity", "Quantity"},
                 {"unit_price", "UnitPrice"}, {"product", "StockCode"}, {"document", "InvoiceNo"}};
    o.skipInvalid = true;
    const auto s = importCsv(ws, o);
    CHECK(s.rows == 541909);
    CHECK(s.created == 406829);
    CHECK(s.rejected == 135080);
    CHECK(s.accountsCreated == 4372);
    CHECK(s.total == expected);
    CHECK(s.total == Money::fromUnits(83000658140)); // 8,300,065.814
    Money stored;
    ws.store().sales().forEachMonthlyTotal(std::nullopt, std::nullopt,
                                           [&](const MonthlyTotal& t) { stored += t.amount; });
    CHECK(stored == expected);
    CHECK(ws.store().sales().count({}) == 406829);
    REQUIRE(s.rejectsFile);
    std::ifstream rejects(*s.rejectsFile, std::ios::binary);
    csv::CsvReader rejected(rejects, s.rejectsFile->string());
    std::int64_t rejectedRows = 0;
    csv::Record r;
    while (rejected.next(r)) {
        ++rejectedRows;
        CHECK(r.fields.size() == 10); // line, reason and the 8 original fields
    }
    CHECK(rejectedRows == 135080);
    CHECK(ws.store().check().empty());

    // The segmentation docs/segmentation.md records for this data set: 2010-12-01..2011-11-30, monthly,
    // revenue, default thresholds.
    Analytics analytics(ws.store(), kClock);
    SegmentRequest request;
    request.from = Date::fromYmd(2010, 12, 1);
    request.to = Date::fromYmd(2011, 11, 30);
    request.period = analytics::Period::Month;
    const auto result = analytics.segment(analytics.parameters(request));
    CHECK(result.rows.size() == 4277);
    CHECK(result.unclassified.size() == 95);
    std::map<std::string, int> cells;
    for (const auto& c : result.cells)
        cells[c.cell] = c.accounts;
    const std::map<std::string, int> expectedCells{{"AX", 32}, {"AY", 266}, {"AZ", 879},  {"BX", 0},   {"BY", 8},
                                                   {"BZ", 1440}, {"CX", 0},  {"CY", 0},   {"CZ", 1652}};
    CHECK(cells == expectedCells);
}
