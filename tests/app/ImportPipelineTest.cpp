// What every kind of import shares: all or nothing, skip-invalid and its rejects file, dry runs,
// batches and their undo, the mapping of columns, and malformed files.
#include "AppFixture.h"
#include "app/Import.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::test;

TEST_CASE_METHOD(WorkspaceFixture,
                 "All or nothing: one bad row and nothing is written - the report lists the first 20 problems")
{
    std::string content = "account,date,amount\nA1,2024-01-05,10.50\n";
    for (int i = 0; i < 25; ++i)
        content += "A2,2024-02-30,1\n"; // no such day
    content += "A3,2024-01-05,12.3.4\n";
    const auto file = writeFile(dir, "bad.csv", content);
    try {
        importCsv(ws, options(ImportKind::Sales, file));
        FAIL("an invalid file was imported");
    } catch (const ImportRejected& e) {
        const auto& s = e.summary();
        CHECK(s.rows == 27);
        CHECK(s.rejected == 26);
        CHECK(s.problemCount == 26);
        REQUIRE(s.problems.size() == ImportSummary::kMaxProblems);
        CHECK(s.problems[0].line == 3);
        CHECK(s.problems[0].column == "date");
        CHECK(s.problems[0].value == "2024-02-30");
        CHECK_THAT(std::string(e.what()), Catch::Contains("nothing was imported"));
    }
    CHECK(ws.store().accounts().count({}) == 0);
    CHECK(ws.store().sales().count({}) == 0);
    CHECK(ws.store().importBatches().list().empty());
}

TEST_CASE_METHOD(WorkspaceFixture,
                 "Skip-invalid imports the rest and writes every rejected row unchanged with line and reason")
{
    const auto file = writeFile(dir, "mixed.csv",
                                "account,date,amount,product\r\n"
                                "A1,2024-01-05,10.50,plain\r\n"
                                ",2024-01-06,3,\"no customer, \"\"quoted\"\"\r\nacross lines\"\r\n"
                                "A1,yesterday,1,=cmd()\r\n"
                                "A2,2024-01-07,1.00001,x\r\n"
                                "A1,2024-01-08,2\r\n");
    auto o = options(ImportKind::Sales, file);
    o.skipInvalid = true;
    const auto s = importCsv(ws, o);
    CHECK(s.rows == 5);
    CHECK(s.created == 1);
    CHECK(s.rejected == 4);
    REQUIRE(s.rejectsFile);
    CHECK(*s.rejectsFile == dir / "mixed.rejects.csv");
    const auto rejects = readCsv(*s.rejectsFile);
    REQUIRE(rejects.size() == 5);
    CHECK(rejects[0] == std::vector<std::string>{"line", "reason", "account", "date", "amount", "product"});
    CHECK(rejects[1][0] == "3");
    CHECK(rejects[1][1] == "account: a value is required");
    CHECK(rejects[1][5] == "no customer, \"quoted\"\r\nacross lines"); // unchanged, line break and all
    CHECK(rejects[2][0] == "5");
    CHECK_THAT(rejects[2][1], Catch::StartsWith("date: "));
    CHECK(rejects[2][5] == "=cmd()"); // no formula protection: the row goes back as it came
    CHECK(rejects[3][0] == "6");
    CHECK_THAT(rejects[3][1], Catch::StartsWith("amount: "));
    CHECK(rejects[4][0] == "7");
    CHECK_THAT(rejects[4][1], Catch::Contains("expected 4 fields"));
    CHECK(ws.store().sales().count({}) == 1);
    // Account A2 was only on a rejected line: it was not created.
    CHECK_FALSE(ws.store().accounts().findByRef("A2"));
}

TEST_CASE_METHOD(WorkspaceFixture, "A dry run validates and counts but writes nothing")
{
    const auto file = writeFile(dir, "s.csv", "account,date,amount\nA1,2024-01-05,10\nA2,2024-01-05,5\n");
    auto o = options(ImportKind::Sales, file);
    o.dryRun = true;
    const auto s = importCsv(ws, o);
    CHECK(s.created == 2);
    CHECK(s.accountsCreated == 2);
    CHECK_FALSE(s.batch);
    CHECK(ws.store().accounts().count({}) == 0);
    CHECK(ws.store().importBatches().list().empty());
}

TEST_CASE_METHOD(WorkspaceFixture, "The same file twice needs --again - undo removes exactly what the batch added")
{
    addAccountWithSale(ws, "Existing", "E1");

    const auto file = writeFile(dir, "s.csv", "account,date,amount\nE1,2024-01-05,10\nN1,2024-01-05,5\n");
    const auto first = importCsv(ws, options(ImportKind::Sales, file));
    CHECK_THROWS_AS(importCsv(ws, options(ImportKind::Sales, file)), AlreadyImported);
    auto again = options(ImportKind::Sales, file);
    again.again = true;
    const auto second = importCsv(ws, again);
    CHECK(second.accountsCreated == 0);
    CHECK(ws.store().sales().count({}) == 5);

    const auto undoSecond = undoImport(ws, *second.batch);
    CHECK(undoSecond.saleLines == 2);
    CHECK(undoSecond.accounts == 0);
    const auto undoFirst = undoImport(ws, *first.batch);
    CHECK(undoFirst.saleLines == 2);
    CHECK(undoFirst.accounts == 1); // N1, which the first batch created
    CHECK(ws.store().sales().count({}) == 1);
    CHECK(totalOf(ws.store()) == Money::fromMajor(7));
    CHECK(ws.store().accounts().findByRef("E1"));
    CHECK_FALSE(ws.store().accounts().findByRef("N1"));
    CHECK(ws.store().check().empty());
    // Forgotten batches no longer block the file.
    CHECK_NOTHROW(importCsv(ws, options(ImportKind::Sales, file)));
    CHECK_THROWS_AS(undoImport(ws, 999), NotFoundError);
}

TEST_CASE_METHOD(WorkspaceFixture, "Undo keeps an account the batch created when it has gained other data")
{
    const auto file = writeFile(dir, "s.csv", "account,date,amount\nN1,2024-01-05,5\n");
    const auto s = importCsv(ws, options(ImportKind::Sales, file));
    Contact c;
    c.accountId = ws.store().accounts().findByRef("N1")->id;
    c.name = "Someone Added Later";
    ws.store().contacts().create(c);
    const auto u = undoImport(ws, *s.batch);
    CHECK(u.saleLines == 1);
    CHECK(u.accounts == 0);
    CHECK(u.accountsKept == std::vector<std::string>{"N1"});
    CHECK(ws.store().accounts().findByRef("N1"));
}

TEST_CASE_METHOD(WorkspaceFixture,
                 "Mapping: unknown fields missing columns and missing required fields are clear errors")
{
    const auto file = writeFile(dir, "s.csv", "Customer No,When,Value\nA1,2024-01-05,10\n");
    CHECK_THROWS_WITH(importCsv(ws, options(ImportKind::Sales, file)),
                      Catch::Contains("no column for the required field(s) date, amount (or quantity and "
                                      "unit_price)") &&
                          Catch::Contains("The header has: Customer No, When, Value"));
    auto o = options(ImportKind::Sales, file);
    o.mapping = {{"date", "When"}, {"amount", "Value"}};
    const auto s = importCsv(ws, o);
    CHECK(s.created == 1);
    o.again = true;
    o.mapping = {{"when", "When"}};
    CHECK_THROWS_WITH(importCsv(ws, o), Catch::Contains("'when' is not a field of sales imports"));
    o.mapping = {{"date", "Datum"}};
    CHECK_THROWS_WITH(importCsv(ws, o), Catch::Contains("the header has no column 'Datum'"));
}

TEST_CASE_METHOD(WorkspaceFixture, "A malformed CSV file is an error naming line and column and nothing is written")
{
    const auto file = writeFile(dir, "q.csv", "account,date,amount\nA1,2024-01-05,10\nA2,\"2024-01-05,10\n");
    CHECK_THROWS_WITH(importCsv(ws, options(ImportKind::Sales, file)), Catch::Contains("q.csv:3:4"));
    CHECK(ws.store().accounts().count({}) == 0);
}
