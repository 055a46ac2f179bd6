// Sale-line imports: amounts, references and the accounts they create, and a dry run that
// reports what the real import would.
#include "AppFixture.h"
#include "app/Import.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::test;

TEST_CASE_METHOD(WorkspaceFixture, "Sales import: quantity x unit price exactly unknown references create accounts")
{
    addAccount(ws, "Known GmbH", "K1");
    const auto file = writeFile(dir, "sales.csv",
                                "Kunde;Datum;Menge;Preis;Artikel;Beleg\n"
                                "K1;01.03.2024;3;0,333;A-1;R-1\n"
                                "K1;15.03.2024;-1;0,333;A-1;R-2\n"
                                "N7;02.04.2024;1 000;12,5;B-2;R-3\n");
    auto o = options(ImportKind::Sales, file);
    o.dateFormat.pattern = "%d.%m.%Y";
    o.decimalComma = true;
    const auto s = importCsv(ws, o);
    CHECK(s.rows == 3);
    CHECK(s.created == 3);
    CHECK(s.rejected == 0);
    CHECK(s.accountsCreated == 1);
    // 3 x 0.333 - 0.333 + 1000 x 12.5, with no rounding anywhere.
    CHECK(s.total == Money::fromUnits(125006660));
    CHECK(totalOf(ws.store()) == s.total);
    const auto created = ws.store().accounts().findByRef("N7");
    REQUIRE(created);
    CHECK(created->name == "N7");
    const auto lines = ws.store().sales().list({});
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].date == *Date::fromYmd(2024, 3, 1));
    CHECK(lines[0].quantity == 3000);
    CHECK(lines[0].product == "A-1");
    CHECK(lines[0].document == "R-1");
    CHECK(lines[0].batchId == s.batch);
    // The headers were recognised by their German names.
    CHECK(s.columns.size() == 6);
}

TEST_CASE_METHOD(WorkspaceFixture, "Sales import with --no-create rejects unknown references")
{
    const auto file = writeFile(dir, "s.csv", "account,date,amount\nX9,2024-01-05,10\n");
    auto o = options(ImportKind::Sales, file);
    o.createAccounts = false;
    try {
        importCsv(ws, o);
        FAIL("imported a line for an unknown account");
    } catch (const ImportRejected& e) {
        REQUIRE(e.summary().problems.size() == 1);
        CHECK(e.summary().problems[0].line == 2);
        CHECK(e.summary().problems[0].column == "account");
        CHECK(e.summary().problems[0].value == "X9");
        CHECK_THAT(e.summary().problems[0].reason, Catch::Contains("no account has the reference 'X9'"));
    }
    CHECK(ws.store().accounts().count({}) == 0);
}

namespace {

void checkSameSummary(const ImportSummary& dry, const ImportSummary& real)
{
    CHECK(dry.dryRun);
    CHECK_FALSE(dry.batch);
    CHECK(dry.sha256 == real.sha256);
    CHECK(dry.columns == real.columns);
    CHECK(dry.rows == real.rows);
    CHECK(dry.created == real.created);
    CHECK(dry.updated == real.updated);
    CHECK(dry.unchanged == real.unchanged);
    CHECK(dry.rejected == real.rejected);
    CHECK(dry.accountsCreated == real.accountsCreated);
    CHECK(dry.total == real.total);
    CHECK(dry.problemCount == real.problemCount);
    REQUIRE(dry.problems.size() == real.problems.size());
    for (std::size_t i = 0; i < dry.problems.size(); ++i) {
        CHECK(dry.problems[i].line == real.problems[i].line);
        CHECK(dry.problems[i].column == real.problems[i].column);
        CHECK(dry.problems[i].value == real.problems[i].value);
        CHECK(dry.problems[i].reason == real.problems[i].reason);
    }
}

// What a sale import could have written: lines, accounts, batches and monthly totals.
std::string salesState(Store& store)
{
    std::string out = std::to_string(store.sales().count({})) + " lines, " +
                      std::to_string(store.accounts().count({})) + " accounts, " +
                      std::to_string(store.importBatches().list().size()) + " batches, totals:";
    store.sales().forEachMonthlyTotal(std::nullopt, std::nullopt, [&](const MonthlyTotal& t) {
        out += " " + std::to_string(t.accountId) + "/" + std::to_string(t.month) + "=" + t.amount.toString() + "x" +
               std::to_string(t.lines);
    });
    return out;
}

} // namespace


TEST_CASE_METHOD(WorkspaceFixture, "A dry run of sales reports what the real import reports and writes nothing")
{
    addAccountWithSale(ws, "Known GmbH", "K1");

    std::string content = "Kunde,Datum,Betrag,Marge,Artikel,Beleg,Company\n";
    for (int i = 0; i < 300; ++i) {
        const std::string ref = i % 7 == 0 ? "K1" : "N" + std::to_string(i % 23);
        char date[16];
        std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
        content += ref + "," + date + "," + std::to_string(i + 1) + "." + std::to_string(i % 100) + "," + std::to_string(i % 5) + ",P" +
                   std::to_string(i % 11) + ",D" + std::to_string(i / 3) + "," + (i % 2 ? "Firma " + ref : "") + "\n";
        if (i % 50 == 10)
            content += "N99,2024-02-30,1,,,,\n"; // no such day: its account is not created
        if (i % 50 == 20)
            content += ",2024-01-05,1,,,,\n"; // no account
        if (i % 50 == 30)
            content += "N98,2024-01-05,12.3.4,,,,\n"; // not an amount
        if (i % 50 == 40)
            content += "N97,2024-01-05,1\n"; // too few fields
    }
    const auto file = writeFile(dir, "s.csv", content);
    const auto start = salesState(ws.store());

    SECTION("with skip-invalid")
    {
        auto o = options(ImportKind::Sales, file);
        o.skipInvalid = true;
        o.dryRun = true;
        const auto dry = importCsv(ws, o);
        CHECK(dry.rows == 324);
        CHECK(dry.created == 300);
        CHECK(dry.rejected == 24);
        CHECK(dry.accountsCreated == 23);
        CHECK_FALSE(dry.rejectsFile);
        CHECK(salesState(ws.store()) == start);
        CHECK_FALSE(std::filesystem::exists(dir / "s.rejects.csv"));

        o.dryRun = false;
        const auto real = importCsv(ws, o);
        checkSameSummary(dry, real);
        CHECK(ws.store().sales().count({}) == 301);
        CHECK(totalOf(ws.store()) == real.total + Money::fromMajor(7));
    }
    SECTION("all or nothing")
    {
        auto o = options(ImportKind::Sales, file);
        o.dryRun = true;
        ImportSummary dry;
        try {
            importCsv(ws, o);
            FAIL("an invalid file was accepted");
        } catch (const ImportRejected& e) {
            dry = e.summary();
        }
        CHECK(salesState(ws.store()) == start);
        o.dryRun = false;
        try {
            importCsv(ws, o);
            FAIL("an invalid file was imported");
        } catch (const ImportRejected& e) {
            dry.dryRun = true;
            checkSameSummary(dry, e.summary());
        }
        CHECK(salesState(ws.store()) == start);
    }
}

TEST_CASE_METHOD(WorkspaceFixture,
                 "Sales import: thousands of references of many lengths each land on their own account")
{
    // References that differ in one byte, in length only, in case, and past 8 and 16 bytes.
    const auto refOf = [](int i) {
        const std::string base = std::to_string(i);
        switch (i % 5) {
        case 0:
            return base;
        case 1:
            return "R" + base;
        case 2:
            return "r" + std::to_string(i - 1); // case 1's reference in lower case
        case 3:
            return "CUSTOMER-" + base + "-" + base;
        default:
            return std::string(static_cast<std::size_t>(i % 23), 'x') + base;
        }
    };
    constexpr int kRefs = 2000;
    for (int i = 0; i < kRefs; i += 4) { // a quarter exist beforehand
        Account a;
        a.name = "Existing " + std::to_string(i);
        a.ref = refOf(i);
        ws.store().accounts().create(a);
    }
    std::string content = "account,date,amount\n";
    for (int round = 1; round <= 3; ++round)
        for (int i = 0; i < kRefs; ++i)
            if (round <= 1 + i % 3) // reference i has 1 + i % 3 lines
                content += refOf(i) + ",2024-0" + std::to_string(round) + "-10," + std::to_string(i) + "\n";
    const auto s = importCsv(ws, options(ImportKind::Sales, writeFile(dir, "s.csv", content)));
    CHECK(s.rejected == 0);
    CHECK(s.accountsCreated == kRefs - kRefs / 4);
    CHECK(ws.store().accounts().count({}) == kRefs);
    for (int i = 0; i < kRefs; ++i) {
        const auto account = ws.store().accounts().findByRef(refOf(i));
        REQUIRE(account);
        SaleQuery q;
        q.accountId = account->id;
        const auto lines = ws.store().sales().list(q);
        REQUIRE(lines.size() == static_cast<std::size_t>(1 + i % 3));
        for (const auto& l : lines)
            CHECK(l.amount == Money::fromMajor(i));
    }
}
