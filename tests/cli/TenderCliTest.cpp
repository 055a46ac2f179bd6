// tenders add | list end to end: the reason and winner reach the tenders table and
// come back in every format, a lost tender's winner joins the account's
// competitors, and mistakes name the option and what was expected.
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

struct TenderCli
{
    TempDir dir;
    std::string db = (dir / "k.db").string();

    ProcessResult operator()(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", db});
        return runProcess(KEYSTONE_CLI, args,
                          {{"KEYSTONE_DB", "/nonexistent/guard.db"}, {"USER", "tester"}, {"KEYSTONE_USER", ""}});
    }
    std::string ok(std::vector<std::string> args) const
    {
        const auto r = (*this)(std::move(args));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
    void accounts() const
    {
        ok({"accounts", "add", "--name", "Nordstahl GmbH", "--ref", "N1"});
        ok({"accounts", "add", "--name", "Baltic Rail", "--ref", "B2"});
        ok({"competitors", "add", "--name", "Rival Steel"});
    }
};

} // namespace

TEST_CASE_METHOD(TenderCli, "tenders add records reason, detail and winner; list shows them")
{
    accounts();
    ok({"tenders", "add", "N1", "--title", "Rails 2027", "--status", "lost", "--date", "2026-11-02", "--value",
        "125000.50", "--winner", "rival steel", "--reason", "price", "--detail", "8% under us"});
    const auto r = (*this)({"tenders", "add", "B2", "--title", "Sleepers", "--status", "won", "--reason", "Quality"});
    REQUIRE(r.exitCode == 0);

    const auto all = nlohmann::json::parse(ok({"tenders", "list", "--format", "json"}));
    REQUIRE(all.size() == 2);
    const auto one = nlohmann::json::parse(ok({"tenders", "list", "--account", "N1", "--format", "json"}));
    REQUIRE(one.size() == 1);
    CHECK(one[0]["title"] == "Rails 2027");
    CHECK(one[0]["account"] == "N1");
    CHECK(one[0]["status"] == "lost");
    CHECK(one[0]["date"] == "2026-11-02");
    CHECK(one[0]["winner"] == "Rival Steel"); // as the managed list spells it
    CHECK(one[0]["reason"] == "Price");
    CHECK(one[0]["detail"] == "8% under us");

    const std::string csv = ok({"tenders", "list", "--account", "B2", "--format", "csv"});
    CHECK(csv.find("Sleepers") != std::string::npos);
    CHECK(csv.find("Quality") != std::string::npos);
    CHECK(ok({"tenders", "list"}).find("Rails 2027") != std::string::npos);

    // Whoever beat us at N1 is now among its competitors: it is merged away with them.
    ok({"competitors", "add", "--name", "Rival Steel AG"});
    const auto merge = (*this)({"competitors", "merge", "Rival Steel", "--into", "Rival Steel AG"});
    REQUIRE(merge.exitCode == 0);
    CHECK(merge.err.find("1 presence(s) and 1 tender(s) moved") != std::string::npos);
}

TEST_CASE_METHOD(TenderCli, "tenders add and list refuse what they cannot use, naming it")
{
    accounts();
    struct Case
    {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<Case> cases = {
        {{"tenders", "add", "N1", "--status", "open"}, "--title and --status are required"},
        {{"tenders", "add", "N1", "--title", "T", "--status", "maybe"}, "--status expects one of"},
        {{"tenders", "add", "N1", "--title", "T", "--status", "won", "--winner", "Rival Steel"},
         "--winner goes with --status lost"},
        {{"tenders", "add", "N1", "--title", "T", "--status", "lost", "--winner", "Nobody"}, "winner"},
        {{"tenders", "add", "N1", "--title", "T", "--status", "lost", "--reason", "Luck"}, "reason"},
        {{"tenders", "add", "N1", "--title", "T", "--status", "open", "--date", "2026-13-01"},
         "--date expects a date"},
        {{"tenders", "add", "N1", "--title", "T", "--status", "open", "--value", "lots"}, "--value expects"},
        {{"tenders", "add", "ZZ", "--title", "T", "--status", "open"}, "ZZ"},
        {{"tenders", "list", "--format", "xml"}, "xml"},
        {{"tenders", "list", "--account", "ZZ"}, "ZZ"},
    };
    for (const auto& c : cases) {
        const auto r = (*this)(c.args);
        INFO(c.args[1] + " " + c.message + ": " + r.err);
        CHECK(r.exitCode != 0);
        CHECK(r.err.find(c.message) != std::string::npos);
    }
    CHECK(nlohmann::json::parse(ok({"tenders", "list", "--format", "json"})).empty());
}
