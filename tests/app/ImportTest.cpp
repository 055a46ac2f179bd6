// CSV imports and exports through the app layer, on files written by the tests
// and on the real online-retail data set.
#include "Process.h"
#include "TempDir.h"
#include "app/Analytics.h"
#include "app/DemoGenerator.h"
#include "app/Export.h"
#include "app/Import.h"
#include "app/TableExport.h"
#include "interchange/CsvReader.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <set>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

std::filesystem::path writeFile(const TempDir& dir, const std::string& name, const std::string& content)
{
    const auto path = dir / name;
    std::ofstream out(path, std::ios::binary);
    out << content;
    return path;
}

std::vector<std::vector<std::string>> readCsv(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    csv::CsvReader reader(in, path.string());
    std::vector<std::vector<std::string>> rows{reader.header()};
    csv::Record r;
    while (reader.next(r))
        rows.push_back(r.fields);
    return rows;
}

ImportOptions options(ImportKind kind, const std::filesystem::path& file)
{
    ImportOptions o;
    o.kind = kind;
    o.file = file;
    return o;
}

Money totalOf(Store& store)
{
    Money total;
    store.sales().forEach({}, [&](const SaleLine& l) { total += l.amount; });
    return total;
}

} // namespace

TEST_CASE("Sales import: quantity x unit price exactly unknown references create accounts")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    Account known;
    known.name = "Known GmbH";
    known.ref = "K1";
    ws.addAccount(known);
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

TEST_CASE("Sales import with --no-create rejects unknown references")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

TEST_CASE("All or nothing: one bad row and nothing is written - the report lists the first 20 problems")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

TEST_CASE("Skip-invalid imports the rest and writes every rejected row unchanged with line and reason")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

TEST_CASE("A dry run validates and counts but writes nothing")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

// An account that was there before the import under test, with one sale line of 7.00 on 2023-06-01.
void addAccountWithSale(Workspace& ws, const char* name, const char* ref)
{
    Account a;
    a.name = name;
    a.ref = ref;
    ws.addAccount(a);
    SaleLine before;
    before.accountId = ws.store().accounts().findByRef(ref)->id;
    before.date = *Date::fromYmd(2023, 6, 1);
    before.amount = Money::fromMajor(7);
    std::vector<SaleLine> lines{before};
    ws.store().sales().add(lines);
}

} // namespace

TEST_CASE("A dry run of sales reports what the real import reports and writes nothing")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

TEST_CASE("Sales import: thousands of references of many lengths each land on their own account")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

TEST_CASE("The same file twice needs --again - undo removes exactly what the batch added")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

TEST_CASE("Undo keeps an account the batch created when it has gained other data")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

TEST_CASE("Mapping: unknown fields missing columns and missing required fields are clear errors")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
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

TEST_CASE("A malformed CSV file is an error naming line and column and nothing is written")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    const auto file = writeFile(dir, "q.csv", "account,date,amount\nA1,2024-01-05,10\nA2,\"2024-01-05,10\n");
    CHECK_THROWS_WITH(importCsv(ws, options(ImportKind::Sales, file)), Catch::Contains("q.csv:3:4"));
    CHECK(ws.store().accounts().count({}) == 0);
}

TEST_CASE("Accounts upsert by reference: the same file twice changes nothing")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    Manager irina{0, "Ирина Соколова", "irina@example.com", true};
    ws.store().managers().create(irina);
    const auto file = writeFile(dir, "a.csv",
                                "customer_no,Company,Country,Status,Owner,Tags,Parent\n"
                                "R-1,ООО «Юэцин»,Россия,active,irina@example.com,\"vip,east\",R-2\n"
                                "R-2,Юэцин Холдинг,Россия,prospect,Ирина Соколова,,\n"
                                ",שלום בע\"מ,Israel,,,,\n");
    const auto first = importCsv(ws, options(ImportKind::Accounts, file));
    CHECK(first.created == 3);
    const auto child = ws.store().accounts().findByRef("R-1");
    const auto parent = ws.store().accounts().findByRef("R-2");
    REQUIRE(child);
    REQUIRE(parent);
    CHECK(child->parentId == parent->id); // a parent further down the file
    CHECK(child->tags == std::vector<std::string>{"vip", "east"});
    CHECK(parent->status == AccountStatus::Prospect);
    CHECK(parent->ownerId == child->ownerId);

    auto again = options(ImportKind::Accounts, file);
    again.again = true;
    const auto second = importCsv(ws, again);
    CHECK(second.created == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == 3);
    CHECK(ws.store().accounts().count({}) == 3);

    const auto changed = writeFile(dir, "b.csv", "ref,country\nR-1,Казахстан\nR-2,Россия\n");
    const auto third = importCsv(ws, options(ImportKind::Accounts, changed));
    CHECK(third.updated == 1);
    CHECK(third.unchanged == 1);
    CHECK(ws.store().accounts().findByRef("R-1")->country == "Казахстан");
    CHECK(ws.store().accounts().findByRef("R-1")->name == "ООО «Юэцин»"); // unmapped fields stay
}

TEST_CASE("Contacts upsert by e-mail else name within the account - reports_to may point down the file")
{
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    Account a;
    a.name = "Acme";
    a.ref = "A1";
    ws.addAccount(a);
    const auto file = writeFile(dir, "c.csv",
                                "account,name,email,role,influence,reports_to,phones\n"
                                "A1,Dana Cohen,dana@acme.test,champion,4,boss@acme.test,\"work: +972 3 555 0101; "
                                "+972 50 555 0102\"\n"
                                "A1,Mark Boss,boss@acme.test,decision_maker,5,,\n"
                                "A1,Без Почты,,user,2,Mark Boss,\n");
    const auto s = importCsv(ws, options(ImportKind::Contacts, file));
    CHECK(s.created == 3);
    const auto contacts = ws.store().contacts().listForAccount(ws.store().accounts().findByRef("A1")->id);
    REQUIRE(contacts.size() == 3);
    const Contact* dana = nullptr;
    const Contact* boss = nullptr;
    const Contact* noMail = nullptr;
    for (const auto& c : contacts) {
        if (c.name == "Dana Cohen")
            dana = &c;
        else if (c.name == "Mark Boss")
            boss = &c;
        else
            noMail = &c;
    }
    REQUIRE((dana && boss && noMail));
    CHECK(dana->reportsTo == boss->id);
    CHECK(noMail->reportsTo == boss->id);
    CHECK(dana->role == DecisionRole::Champion);
    REQUIRE(dana->phones.size() == 2);
    CHECK(dana->phones[0] == Phone{"work", "+972 3 555 0101"});
    CHECK(dana->phones[1] == Phone{"", "+972 50 555 0102"});

    auto again = options(ImportKind::Contacts, file);
    again.again = true;
    const auto second = importCsv(ws, again);
    CHECK(second.created == 0);
    CHECK(second.unchanged == 3);

    const auto bad = writeFile(dir, "bad.csv", "account,name,email,influence\nA1,X,not-an-address,9\nZZ,Y,,\n");
    try {
        importCsv(ws, options(ImportKind::Contacts, bad));
        FAIL("invalid contacts were imported");
    } catch (const ImportRejected& e) {
        const auto& p = e.summary().problems;
        REQUIRE(p.size() == 3);
        CHECK(p[0].column == "influence");
        CHECK(p[1].column == "email");
        CHECK(p[2].column == "account");
        CHECK(p[2].line == 3);
    }
}

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
