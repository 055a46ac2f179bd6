// The segment report's facts against the app's analytics, and its pages as PDF.
#include "ReportFixture.h"
#include "domain/Errors.h"
#include "report/PdfOutput.h"
#include "report/SegmentReport.h"

#include <QBuffer>
#include <QPdfWriter>
#include <catch2/catch.hpp>

#include <fstream>
#include <set>

using namespace keystone;
using namespace keystone::test;

TEST_CASE("The segment report's cells equal the analytics result on the demo database", "[report]")
{
    DemoDatabase db;
    Workspace ws(db.path(), fixedClock());
    report::SegmentReportOptions options;
    options.request = fixedWindow();
    const auto data = report::collectSegmentReport(ws, options);

    Analytics analytics(ws.store(), ws.clock());
    const auto expected = analytics.segment(analytics.parameters(fixedWindow()));
    REQUIRE(expected.rows.size() > 10);
    REQUIRE(data.result.rows.size() == expected.rows.size());
    std::set<AccountId> listed;
    int nonEmpty = 0;
    for (std::size_t i = 0; i < 9; ++i) {
        const auto& cell = data.cells[i];
        INFO(cell.summary.cell);
        CHECK(cell.summary.cell == expected.cells[i].cell);
        CHECK(cell.summary.accounts == expected.cells[i].accounts);
        CHECK(cell.summary.share == Approx(expected.cells[i].share));
        CHECK(cell.summary.total == expected.cells[i].total);
        // The cell's list holds exactly its accounts, largest first, adding up to its total.
        CHECK(static_cast<int>(cell.rows.size()) == expected.cells[i].accounts);
        Money sum;
        for (std::size_t r = 0; r < cell.rows.size(); ++r) {
            CHECK(cell.rows[r].cell() == cell.summary.cell);
            if (r > 0)
                CHECK(cell.rows[r - 1].total >= cell.rows[r].total);
            sum += cell.rows[r].total;
            CHECK(listed.insert(cell.rows[r].accountId).second);
        }
        CHECK(sum == cell.summary.total);
        nonEmpty += cell.rows.empty() ? 0 : 1;
    }
    CHECK(listed.size() == expected.rows.size());
    CHECK(nonEmpty >= 5); // the demo fills most cells
    CHECK(data.asOf == *Date::fromYmd(2026, 6, 15));
    CHECK(data.databaseName == "demo.db");
    // Risk and win-back are the analytics' own lists as of the report's date.
    CHECK(data.risk.size() == analytics.risk(data.asOf).size());
    CHECK(data.winBack.size() == analytics.winBack(data.asOf).size());
    CHECK_FALSE(data.movement); // no snapshots saved yet
}

TEST_CASE("The segment report compares the two latest snapshots unless told which", "[report]")
{
    DemoDatabase db;
    Workspace ws(db.path(), fixedClock());
    Analytics analytics(ws.store(), ws.clock());
    SegmentRequest earlier;
    earlier.from = Date::fromYmd(2024, 12, 1);
    earlier.to = Date::fromYmd(2025, 11, 30);
    const auto first = analytics.save(analytics.segment(analytics.parameters(earlier)), "earlier").snapshot.id;
    const auto second = analytics.save(analytics.segment(analytics.parameters(fixedWindow())), "later").snapshot.id;

    report::SegmentReportOptions options;
    options.request = fixedWindow();
    auto data = report::collectSegmentReport(ws, options);
    REQUIRE(data.movement);
    CHECK(data.movement->before.id == first);
    CHECK(data.movement->after.id == second);
    const auto diff = analytics.diff(first, second);
    CHECK(data.movement->diff.moves.size() == diff.moves.size());
    CHECK(data.movement->diff.unchanged == diff.unchanged);
    CHECK(data.movement->diff.moves.size() + static_cast<std::size_t>(diff.unchanged) > 0);

    options.compare = std::pair{second, first};
    data = report::collectSegmentReport(ws, options);
    CHECK(data.movement->before.label == "later");
    CHECK(data.movement->after.label == "earlier");

    options.compare = std::pair{first, second + 40};
    CHECK_THROWS_AS(report::collectSegmentReport(ws, options), NotFoundError);
}

TEST_CASE("The segment report prints on several pages with repeated table headers", "[report]")
{
    // Enough accounts that the cell lists run over more than one page.
    DemoDatabase db(90);
    Workspace ws(db.path(), fixedClock());
    report::SegmentReportOptions options;
    options.request = fixedWindow();
    const auto data = report::collectSegmentReport(ws, options);

    const auto pdf = db / "segments.pdf";
    const int pages = report::writePdf(pdf, QStringLiteral("Segment report"), [&](QPagedPaintDevice& device) {
        return report::printSegmentReport(data, device);
    });
    REQUIRE(pages >= 4);
    CHECK(pdfPages(pdf) == pages);
    const std::string all = pdfText(pdf);
    CHECK(all.find("Page 1 of " + std::to_string(pages)) != std::string::npos);
    CHECK(all.find("Page " + std::to_string(pages) + " of " + std::to_string(pages)) != std::string::npos);
    CHECK(all.find("demo.db") != std::string::npos);
    CHECK(all.find("2025-06-01 to 2026-05-31") != std::string::npos);

    // Every page after the first that lists cell accounts starts its table again with the header.
    int firstListPage = 0;
    int continued = 0;
    for (int page = 2; page <= pages; ++page) {
        std::string text = pdfText(pdf, page);
        if (!firstListPage) {
            if (text.find("Accounts per cell") == std::string::npos)
                continue;
            firstListPage = page;
            REQUIRE(text.find("Accounts not classified") == std::string::npos);
            continue;
        }
        const auto end = text.find("Accounts not classified");
        text = text.substr(0, end);
        if (text.find("C0100") != std::string::npos) {
            INFO("page " << page);
            // No account row comes before a header row on the page.
            const auto header = text.find("Rank Reference Account");
            REQUIRE(header != std::string::npos);
            CHECK(text.find("C0100") > header);
            ++continued;
        }
        if (end != std::string::npos)
            break;
    }
    CHECK(firstListPage > 0);
    CHECK(continued >= 1);
}
