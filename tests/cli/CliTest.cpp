#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

struct Cli
{
    TempDir dir;
    std::string db = (dir / "k.db").string();

    ProcessResult operator()(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", db});
        // A guard: a command that ignored --db would fail on this path, not touch a real database.
        return runProcess(KEYSTONE_CLI, args, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    }
    nlohmann::json json(std::vector<std::string> args) const
    {
        const auto r = (*this)(std::move(args));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return nlohmann::json::parse(r.out); // the whole of stdout must be the JSON document
    }
    void sql(const std::string& statement) const
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, statement.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
};

} // namespace

TEST_CASE_METHOD(Cli, "Help is on every level and never touches a database")
{
    auto r = (*this)({"--help"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("Usage: keystone-cli") && Catch::Contains("accounts") &&
                          Catch::Contains("demo") && Catch::Contains("backup"));
    r = (*this)({"accounts", "--help"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("list") && Catch::Contains("show") && Catch::Contains("add"));
    r = (*this)({"accounts", "list", "--help"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("--status"));
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE_METHOD(Cli, "Bad usage exits with 2 and one message on stderr")
{
    auto r = (*this)({});
    CHECK(r.exitCode == 2);
    CHECK(r.out.empty());
    r = (*this)({"frobnicate"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown command 'frobnicate'"));
    r = (*this)({"accounts", "list", "--colour"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown option --colour"));
    r = (*this)({"demo", "--accounts", "many"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("--accounts expects a whole number"));
    r = (*this)({"accounts", "add", "--name", "X", "--status", "sleepy"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("prospect, active, at_risk, lost, won_back"));
}

TEST_CASE_METHOD(Cli, "Commands on a missing database say so instead of creating one")
{
    auto r = (*this)({"accounts", "list"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("no such database file"));
    CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE_METHOD(Cli, "init, demo, list and show work end to end")
{
    auto r = (*this)({"init"});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("created"));
    r = (*this)({"demo", "--accounts", "40", "--seed", "7"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("40 accounts"));

    const auto all = json({"accounts", "list", "--format", "json", "--columns", "id,ref,name,status,country"});
    REQUIRE(all.size() == 40);
    std::set<std::string> countries;
    for (const auto& a : all) {
        CHECK(a["id"].is_number_integer());
        CHECK(a["ref"].get<std::string>().rfind("C0", 0) == 0);
        countries.insert(a["country"].get<std::string>());
    }
    CHECK(countries.count("Russia") + countries.count("Israel") + countries.count("China") >= 2);

    const auto lost = json({"accounts", "list", "--format", "json", "--status", "lost"});
    for (const auto& a : lost)
        CHECK(a["status"] == "lost");

    const std::string ref = all[0]["ref"];
    r = (*this)({"accounts", "show", ref});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains(all[0]["name"].get<std::string>()) && Catch::Contains("Contacts ("));
    r = (*this)({"accounts", "show", "NOPE-1"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("no account has the id or reference 'NOPE-1'"));

    r = (*this)({"demo"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("empty database"));
}

TEST_CASE_METHOD(Cli, "accounts add validates and refuses duplicates")
{
    REQUIRE((*this)({"init"}).exitCode == 0);
    auto r = (*this)({"accounts", "add", "--name", "ООО Юэцин", "--ref", "17850", "--tags", "vip, north",
                      "--kinds", "anchor,expert", "--country", "Russia"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(std::stoll(r.out) > 0); // stdout is just the id
    r = (*this)({"accounts", "add", "--name", "Someone else", "--ref", "17850"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("ref") && Catch::Contains("17850"));
    r = (*this)({"accounts", "add", "--name", "Orphan", "--owner", "nobody@example.com"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("owner"));

    const auto list = json({"accounts", "list", "--format", "json", "--columns", "name,tags,kinds"});
    REQUIRE(list.size() == 1);
    CHECK(list[0]["name"] == "ООО Юэцин");
    CHECK(list[0]["tags"] == "vip,north");
    CHECK(list[0]["kinds"] == "anchor,expert");

    const auto hits = json({"search", "ооо", "юэцин", "--format", "json"});
    REQUIRE(hits.size() == 1);
    CHECK(hits[0]["title"] == "ООО Юэцин");
}

TEST_CASE_METHOD(Cli, "check reports problems with exit 1, backup writes a copy")
{
    REQUIRE((*this)({"init"}).exitCode == 0); // only init creates a database
    REQUIRE((*this)({"demo", "--accounts", "5"}).exitCode == 0);
    auto r = (*this)({"check"});
    CHECK(r.exitCode == 0);
    CHECK(r.out == "ok\n");

    const std::string copy = (dir / "copy.db").string();
    r = (*this)({"backup", copy});
    CHECK(r.exitCode == 0);
    CHECK(std::filesystem::exists(copy));
    r = (*this)({"backup", copy});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("already exists"));

    // One account's count of lines kept beside its packed monthly totals is off by one.
    sql("UPDATE sale_totals SET lines = lines + 1 WHERE account_id = (SELECT min(account_id) FROM sale_totals)");
    r = (*this)({"check"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains("line count") && Catch::Contains("not the sum of its monthly totals"));
    CHECK_THAT(r.err, Catch::Contains("check found 1 problem"));
}

TEST_CASE_METHOD(Cli, "A database from a newer version is refused")
{
    REQUIRE((*this)({"init"}).exitCode == 0);
    sql("PRAGMA user_version = 42");
    const auto r = (*this)({"accounts", "list"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("schema version 42") && Catch::Contains("newer Keystone"));
}

namespace {
std::string writeText(const TempDir& dir, const std::string& name, const std::string& text)
{
    const auto path = dir / name;
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}
} // namespace

TEST_CASE_METHOD(Cli, "Import sales: all or nothing by default then --skip-invalid with a rejects file")
{
    REQUIRE((*this)({"init"}).exitCode == 0);
    const auto file = writeText(dir, "sales.csv",
                                "Kunde;Datum;Betrag\nK-1;31.01.2024;1.234,50\nK-2;31.02.2024;10\nK-1;01.02.2024;-4,5\n");
    auto r = (*this)({"import", "sales", file, "--date-format", "%d.%m.%Y", "--decimal-comma"});
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("1 of 3 rows are invalid") && Catch::Contains("nothing was imported") &&
                          Catch::Contains("sales.csv:3: Datum '31.02.2024'"));
    CHECK(json({"accounts", "list", "--format", "json"}).empty());

    const auto json1 = json({"import", "sales", file, "--date-format", "%d.%m.%Y", "--decimal-comma",
                             "--skip-invalid", "--format", "json"});
    CHECK(json1["created"] == 2);
    CHECK(json1["rejected"] == 1);
    CHECK(json1["accounts_created"] == 1);
    CHECK(json1["total"] == "1230.00");
    CHECK(json1["columns"]["account"] == "Kunde");
    CHECK(std::filesystem::exists(dir / "sales.rejects.csv"));

    r = (*this)({"import", "sales", file, "--skip-invalid"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("--again"));

    const auto batches = json({"import", "batches", "--format", "json"});
    REQUIRE(batches.size() == 1);
    CHECK(batches[0]["created"] == 2);
    r = (*this)({"import", "undo", "1"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("removed 2 sale lines") && Catch::Contains("1 accounts"));
    CHECK(json({"import", "batches", "--format", "json"}).empty());
    CHECK((*this)({"import", "undo", "1"}).exitCode == 1);
    CHECK((*this)({"import", "sales", file, "--map", "nonsense"}).exitCode == 2);
    CHECK((*this)({"import", "sales", file, "--encoding", "ebcdic"}).exitCode == 2);
}

TEST_CASE_METHOD(Cli, "Export accounts as CSV for Excel and read it back")
{
    REQUIRE((*this)({"init"}).exitCode == 0);
    REQUIRE((*this)({"accounts", "add", "--name", "=HYPERLINK(\"x\")", "--ref", "F-1"}).exitCode == 0);
    REQUIRE((*this)({"accounts", "add", "--name", "Юэцин; Ltd", "--ref", "F-2", "--headcount", "1500"}).exitCode == 0);
    auto r = (*this)({"export", "accounts", "--columns", "ref,name,headcount"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "ref,name,headcount\r\nF-1,\"'=HYPERLINK(\"\"x\"\")\",\r\nF-2,Юэцин; Ltd,1500\r\n");
    r = (*this)({"export", "accounts", "--columns", "ref,name", "--raw"});
    CHECK_THAT(r.out, Catch::Contains("F-1,\"=HYPERLINK(\"\"x\"\")\""));
    const auto out = (dir / "excel.csv").string();
    r = (*this)({"export", "accounts", "--columns", "ref,name,headcount", "--excel", "--locale", "ru_RU", "-o", out});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.empty());
    std::ifstream in(out, std::ios::binary);
    std::string text(std::filesystem::file_size(out), '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    CHECK(text.rfind("\xEF\xBB\xBFref;name;headcount\r\n", 0) == 0);
    CHECK_THAT(text, Catch::Contains("F-2;\"Юэцин; Ltd\";1500\r\n"));
    r = (*this)({"export", "accounts", "--columns", "help"});
    CHECK_THAT(r.out, Catch::Contains("owner_email"));
    r = (*this)({"export", "accounts", "--columns", "ref,colour"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("unknown column 'colour'"));
    r = (*this)({"export", "accounts", "--where", "status=active", "--columns", "ref", "--format", "json"});
    CHECK(nlohmann::json::parse(r.out).size() == 2);
    r = (*this)({"accounts", "list", "--format", "csv", "--columns", "ref"});
    CHECK(r.out == "ref\r\nF-1\r\nF-2\r\n");
}

TEST_CASE_METHOD(Cli, "export writes CSV to a file as it does to standard output and no file for an error")
{
    REQUIRE((*this)({"init"}).exitCode == 0);
    REQUIRE((*this)({"demo", "--accounts", "12"}).exitCode == 0);
    for (const std::string kind : {"accounts", "contacts", "interactions", "sales"}) {
        INFO(kind);
        const auto file = (dir / (kind + ".csv")).string();
        auto r = (*this)({"export", kind});
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.size() > 200);
        REQUIRE((*this)({"export", kind, "-o", file}).exitCode == 0);
        std::ifstream in(file, std::ios::binary);
        std::string text(std::filesystem::file_size(file), '\0');
        in.read(text.data(), static_cast<std::streamsize>(text.size()));
        CHECK(text == r.out);
        // The table and JSON formats still gather their rows: one row per CSV line.
        const auto rows = json({"export", kind, "--format", "json"});
        CHECK(rows.size() + 1 == static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')));

        const auto bad = (dir / (kind + "-bad.csv")).string();
        r = (*this)({"export", kind, "--columns", "colour", "-o", bad});
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("unknown column 'colour'"));
        r = (*this)({"export", kind, "--columns", "colour"});
        CHECK(r.exitCode == 1);
        CHECK(r.out.empty());
        r = (*this)({"export", kind, "--where", "cell=AX", "-o", bad});
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("segment --save"));
        CHECK_FALSE(std::filesystem::exists(bad));
    }
    std::set<std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        files.insert(entry.path().filename().string());
    CHECK(files.count("accounts.csv") == 1);
    for (const auto& f : files)
        CHECK(f.find("-bad") == std::string::npos); // no temporary file left either
}

TEST_CASE_METHOD(Cli, "accounts handover moves a manager's accounts, prints what moved, and can dry-run")
{
    REQUIRE((*this)({"init"}).exitCode == 0);
    sql("INSERT INTO managers(name, name_key, email) VALUES ('Анна', 'анна', 'anna@example.com'),"
        " ('Ben', 'ben', 'ben@example.com')");
    REQUIRE((*this)({"accounts", "add", "--name", "Северсталь", "--ref", "S-1", "--owner", "anna@example.com"})
                .exitCode == 0);
    REQUIRE((*this)({"accounts", "add", "--name", "Acme", "--ref", "A-1", "--owner", "anna@example.com"})
                .exitCode == 0);
    REQUIRE((*this)({"accounts", "add", "--name", "Bens", "--ref", "B-1", "--owner", "ben@example.com"})
                .exitCode == 0);
    sql("INSERT INTO follow_ups(account_id, title, notes, due_date, owner_id, kind, done, created_at)"
        " SELECT id, 'Send the offer', '', 20790, 1, 'commitment', 0, 0 FROM accounts WHERE ref = 'S-1'");
    const auto owners = [this] {
        std::map<std::string, std::string> byRef;
        for (const auto& row : json({"accounts", "list", "--format", "json", "--columns", "ref,owner"}))
            byRef[row["ref"]] = row["owner"];
        return byRef;
    };

    auto r = (*this)({"accounts", "handover", "--from", "anna@example.com", "--to", "ben@example.com", "--dry-run"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "account\tA-1\tAcme\naccount\tS-1\tСеверсталь\ncommitment\t2026-12-03\tSend the offer\tСеверсталь\n");
    CHECK_THAT(r.err, Catch::Contains("would hand over 2 account(s) and 1 open follow-up(s)"));
    CHECK(owners()["S-1"] == "Анна");

    r = (*this)({"accounts", "handover", "--from", "anna@example.com", "--to", "ben@example.com", "--accounts",
                 "S-1,B-1"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("accounts") && Catch::Contains("B-1"));

    r = (*this)({"accounts", "handover", "--from", "Анна", "--to", "ben@example.com", "--accounts", "S-1"});
    REQUIRE(r.exitCode == 0);
    CHECK(owners() == std::map<std::string, std::string>{
                          {"A-1", "Анна"}, {"B-1", "Ben"}, {"S-1", "Ben"}});
}
