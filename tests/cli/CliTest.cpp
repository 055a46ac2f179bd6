#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
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

    sql("UPDATE sale_months SET amount = amount + 1 WHERE (account_id, month) = "
        "(SELECT account_id, month FROM sale_months LIMIT 1)");
    r = (*this)({"check"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains("does not match its sale lines"));
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
