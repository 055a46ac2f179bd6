// The record-keeping commands end to end: the team, the current user, account edits,
// interactions, follow-ups and competitors, with their errors and exit codes.
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

struct Cli
{
    TempDir dir;
    std::string db = (dir / "k.db").string();
    std::string osUser = "tester";

    ProcessResult operator()(std::vector<std::string> args, std::map<std::string, std::string> env = {}) const
    {
        // Only init creates a database: every test starts from an initialised one, except where it
        // asks for help or a dry run, which must not create one.
        const auto has = [&](const char* a) { return std::find(args.begin(), args.end(), a) != args.end(); };
        if (!has("init") && !has("--help") && !has("--dry-run"))
            if (!std::filesystem::exists(db))
                runProcess(KEYSTONE_CLI, {"--db", db, "init"}, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
        args.insert(args.begin(), {"--db", db});
        env.emplace("KEYSTONE_DB", "/nonexistent/guard.db");
        env.emplace("USER", osUser);
        env.emplace("KEYSTONE_USER", "");
        return runProcess(KEYSTONE_CLI, args, env);
    }
    std::string ok(std::vector<std::string> args) const
    {
        const auto r = (*this)(std::move(args));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
    nlohmann::json json(std::vector<std::string> args) const
    {
        args.insert(args.end(), {"--format", "json"});
        return nlohmann::json::parse(ok(std::move(args)));
    }
    void team() const
    {
        ok({"managers", "add", "--email", "ann@x.com", "--name", "Ann", "--role", "lead"});
        ok({"managers", "add", "--email", "bob@x.com", "--name", "Bob"});
        ok({"accounts", "add", "--name", "Nordstahl GmbH", "--ref", "N1", "--owner", "bob@x.com"});
    }
};

std::set<std::string> keysOf(const nlohmann::json& object)
{
    std::set<std::string> keys;
    for (const auto& [key, value] : object.items())
        keys.insert(key);
    return keys;
}

} // namespace

TEST_CASE_METHOD(Cli, "managers add, list, edit and deactivate with a hand-over")
{
    team();
    auto list = json({"managers", "list"});
    REQUIRE(list.size() == 2);
    CHECK(keysOf(list[0]) == std::set<std::string>{"email", "name", "role", "active"});
    CHECK(list[0]["email"] == "ann@x.com");
    CHECK(list[0]["role"] == "lead");
    CHECK(list[1]["active"] == "yes");

    auto r = (*this)({"managers", "add", "--email", "ANN@x.com", "--name", "Ann 2"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("email"));
    CHECK((*this)({"managers", "add", "--email", "c@x.com", "--name", "C", "--role", "boss"}).exitCode == 2);
    CHECK((*this)({"managers", "add", "--name", "C"}).exitCode == 2);

    ok({"managers", "edit", "bob@x.com", "--set", "name=Robert"});
    CHECK(json({"managers", "list"})[1]["name"] == "Robert");

    r = (*this)({"managers", "deactivate", "bob@x.com"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("1 account") && Catch::Contains("--handover-to"));
    ok({"managers", "deactivate", "bob@x.com", "--handover-to", "ann@x.com"});
    list = json({"managers", "list"});
    CHECK(list[1]["active"] == "no");
    CHECK_THAT(ok({"accounts", "show", "N1"}), Catch::Contains("owner: Ann"));

    r = (*this)({"accounts", "add", "--name", "New", "--owner", "bob@x.com"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("owner") && Catch::Contains("deactivated"));
    CHECK((*this)({"managers", "deactivate", "nobody@x.com"}).exitCode == 1);
}

TEST_CASE_METHOD(Cli, "whoami: --as, KEYSTONE_USER, the remembered user and the sole member")
{
    ok({"init"});
    auto r = (*this)({"whoami"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("whoami --set"));
    ok({"managers", "add", "--email", "ann@x.com", "--name", "Ann"});
    CHECK(ok({"whoami"}) == "ann@x.com\n"); // the team's only member
    ok({"managers", "add", "--email", "bob@x.com", "--name", "Bob"});
    CHECK((*this)({"whoami"}).exitCode == 1);
    CHECK(ok({"--as", "bob@x.com", "whoami"}) == "bob@x.com\n");
    CHECK((*this)({"whoami"}, {{"KEYSTONE_USER", "ann@x.com"}}).out == "ann@x.com\n");
    r = (*this)({"--as", "zed@x.com", "whoami"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("zed@x.com"));
    ok({"whoami", "--set", "bob@x.com"});
    CHECK(ok({"whoami"}) == "bob@x.com\n");
    osUser = "someone-else";
    CHECK((*this)({"whoami"}).exitCode == 1); // remembered per operating-system user
}

TEST_CASE_METHOD(Cli, "accounts edit, archive and restore; add warns about a folded name")
{
    team();
    auto r = (*this)({"accounts", "add", "--name", "NORDSTAHL gmbh", "--ref", "N2"});
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.err, Catch::Contains("warning") && Catch::Contains("Nordstahl GmbH"));
    r = (*this)({"accounts", "add", "--name", "Other", "--ref", "N1"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("ref"));

    ok({"accounts", "edit", "N1", "--set", "need=yes", "--set", "industry=Steel", "--set",
        "owner=ann@x.com"});
    const auto shown = ok({"accounts", "show", "N1"});
    CHECK_THAT(shown, Catch::Contains("industry: Steel") && Catch::Contains("owner: Ann"));
    r = (*this)({"accounts", "edit", "N1", "--set", "need=maybe"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("need") && Catch::Contains("yes or no"));
    r = (*this)({"accounts", "edit", "N1", "--set", "colour=red"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("colour"));
    CHECK((*this)({"accounts", "edit", "N1"}).exitCode == 2);
    CHECK((*this)({"accounts", "edit", "N1", "--set", "noequals"}).exitCode == 2);

    ok({"accounts", "archive", "N1"});
    CHECK_THAT(ok({"accounts", "show", "N1"}), Catch::Contains("(archived)"));
    ok({"accounts", "restore", "N1"});
    CHECK_THAT(ok({"accounts", "show", "N1"}), !Catch::Contains("(archived)"));
    CHECK((*this)({"accounts", "archive", "NOPE"}).exitCode == 1);
}

TEST_CASE_METHOD(Cli, "interactions log, list, edit and delete")
{
    team();
    const std::string id = ok({"--as", "ann@x.com", "interactions", "log", "N1", "--kind", "call", "--at",
                               "2026-03-02 09:30", "--subject", "Prices", "--notes", "long call",
                               "--sentiment", "positive", "--outcome", "offer wanted"});
    CHECK(id == "1\n");
    auto list = json({"interactions", "list", "N1"});
    REQUIRE(list.size() == 1);
    CHECK(keysOf(list[0]) ==
          std::set<std::string>{"id", "at", "kind", "subject", "by", "sentiment", "outcome"});
    CHECK(list[0]["by"] == "ann@x.com");
    CHECK(list[0]["at"] == "2026-03-02 09:30");
    CHECK(list[0]["sentiment"] == "positive");

    // Without a current user "by" is the account's owner.
    ok({"interactions", "log", "N1", "--kind", "visit", "--at", "2026-03-01 10:00", "--subject", "Visit"});
    CHECK(json({"interactions", "list", "N1"})[1]["by"] == "bob@x.com");

    auto r = (*this)(
        {"interactions", "log", "N1", "--kind", "chat", "--at", "2026-03-02 09:30", "--subject", "S"});
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("--kind"));
    CHECK((*this)({"interactions", "log", "N1", "--kind", "call", "--at", "March", "--subject", "S"})
              .exitCode == 2);
    r = (*this)({"interactions", "log", "N1", "--kind", "call", "--at", "2026-03-02 09:30", "--subject", "S",
                 "--contact", "who@x.com"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("contact"));

    ok({"interactions", "edit", "1", "--set", "kind=feedback", "--set", "product=Rails", "--set",
        "by=bob@x.com", "--set", "colleagues=ann@x.com"});
    const auto shown = ok({"interactions", "show", "1"});
    CHECK_THAT(shown, Catch::Contains("kind: feedback") && Catch::Contains("product: Rails") &&
                          Catch::Contains("by: bob@x.com") && Catch::Contains("colleague: ann@x.com"));
    CHECK((*this)({"interactions", "edit", "1", "--set", "mood=good"}).exitCode == 2);
    CHECK((*this)({"interactions", "edit", "99", "--set", "subject=x"}).exitCode == 1);
    ok({"interactions", "delete", "1"});
    CHECK(json({"interactions", "list", "N1"}).size() == 1);
    CHECK((*this)({"interactions", "delete", "1"}).exitCode == 1);
    CHECK((*this)({"interactions", "delete", "one"}).exitCode == 2);
}

TEST_CASE_METHOD(Cli, "followups add, list, reschedule, reassign, done, reopen and delete")
{
    team();
    CHECK(ok({"--as", "ann@x.com", "followups", "add", "N1", "--title", "Send offer", "--due", "2026-04-01",
              "--commitment"}) == "1\n");
    CHECK(ok({"followups", "add", "N1", "--title", "Call back", "--due", "2026-04-03", "--owner",
              "bob@x.com"}) == "2\n");
    auto list = json({"followups", "list"});
    REQUIRE(list.size() == 2);
    CHECK(keysOf(list[0]) == std::set<std::string>{"id", "kind", "title", "due", "owner", "state"});
    CHECK(list[0]["kind"] == "commitment");
    CHECK(list[0]["owner"] == "ann@x.com");
    CHECK(list[0]["state"] == "open");
    CHECK(list[1]["kind"] == "task");
    CHECK(json({"followups", "list", "--owner", "bob@x.com"}).size() == 1);
    CHECK(json({"followups", "list", "--account", "N1"}).size() == 2);

    ok({"--as", "bob@x.com", "followups", "reschedule", "1", "--due", "2026-04-10", "--reason",
        "customer away"});
    CHECK(json({"followups", "list"})[1]["due"] == "2026-04-10");
    CHECK_THAT(ok({"followups", "show", "1"}),
               Catch::Contains("2026-04-01 -> 2026-04-10 by bob@x.com: customer away"));
    CHECK((*this)({"followups", "reschedule", "1", "--due", "10/04/2026"}).exitCode == 2);
    CHECK((*this)({"followups", "reschedule", "1"}).exitCode == 2);

    ok({"followups", "reassign", "1", "--owner", "bob@x.com"});
    CHECK(json({"followups", "list", "--owner", "bob@x.com"}).size() == 2);
    ok({"followups", "done", "1"});
    CHECK(json({"followups", "list", "--account", "N1"})[1]["state"] == "done");
    CHECK((*this)({"followups", "done", "1"}).exitCode == 1);
    ok({"followups", "reopen", "1"});
    CHECK(json({"followups", "list"})[1]["state"] == "open");
    ok({"followups", "delete", "2"});
    CHECK(json({"followups", "list"}).size() == 1);
    CHECK((*this)({"followups", "delete", "2"}).exitCode == 1);

    auto r =
        (*this)({"followups", "add", "N1", "--title", "T", "--due", "2026-04-01", "--owner", "zed@x.com"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("owner"));
    ok({"managers", "deactivate", "ann@x.com"});
    r = (*this)({"followups", "add", "N1", "--title", "T", "--due", "2026-04-01", "--owner", "ann@x.com"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("deactivated"));
    CHECK((*this)({"followups", "add", "N1", "--title", "T"}).exitCode == 2);
}

TEST_CASE_METHOD(Cli, "competitors add, list, rename and merge; reasons list and add")
{
    ok({"init"});
    CHECK(ok({"competitors", "add", "--name", "Rival"}) == "1\n");
    ok({"competitors", "add", "--name", "Rival Inc"});
    auto r = (*this)({"competitors", "add", "--name", "RIVAL"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("name"));
    ok({"competitors", "rename", "Rival Inc", "--to", "Rival Incorporated"});
    auto list = json({"competitors", "list"});
    REQUIRE(list.size() == 2);
    CHECK(list[1]["name"] == "Rival Incorporated");
    ok({"competitors", "merge", "Rival Incorporated", "--into", "Rival"});
    CHECK(json({"competitors", "list"}).size() == 1);
    CHECK((*this)({"competitors", "merge", "Rival", "--into", "Rival"}).exitCode == 1);
    CHECK((*this)({"competitors", "merge", "Nobody", "--into", "Rival"}).exitCode == 1);

    const auto reasons = json({"reasons", "list"});
    CHECK(reasons[0]["name"] == "Price");
    ok({"reasons", "add", "--name", "Financing"});
    CHECK(json({"reasons", "list"}).size() == reasons.size() + 1);
    CHECK((*this)({"reasons", "add", "--name", "price"}).exitCode == 1);
}

TEST_CASE_METHOD(Cli, "Every new command has help and touches no database for it")
{
    for (const auto& words :
         std::vector<std::vector<std::string>>{{"managers", "add"},         {"managers", "list"},
                                               {"managers", "deactivate"},  {"whoami"},
                                               {"accounts", "edit"},        {"accounts", "archive"},
                                               {"accounts", "restore"},     {"competitors", "add"},
                                               {"competitors", "merge"},    {"reasons", "list"},
                                               {"interactions", "log"},     {"interactions", "list"},
                                               {"interactions", "edit"},    {"interactions", "delete"},
                                               {"followups", "add"},        {"followups", "list"},
                                               {"followups", "reschedule"}, {"followups", "done"},
                                               {"followups", "reopen"},     {"followups", "delete"}}) {
        auto args = words;
        args.push_back("--help");
        const auto r = (*this)(args);
        INFO(words.front() << " " << (words.size() > 1 ? words[1] : ""));
        CHECK(r.exitCode == 0);
        CHECK_THAT(r.out, Catch::Contains("Usage: keystone-cli " + words.front()));
    }
    CHECK_FALSE(std::filesystem::exists(db));
}
