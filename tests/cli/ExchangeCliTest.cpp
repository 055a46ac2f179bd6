// End to end: dossier, contacts and follow-up files through the real keystone-cli.
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

struct Exchange
{
    TempDir dir;

    ProcessResult run(const std::string& name, std::vector<std::string> args) const
    {
        const std::string db = (dir / name).string();
        // Only init creates a database: every test starts from an initialised one, except where it
        // asks for help or a dry run, which must not create one.
        const auto has = [&](const char* a) { return std::find(args.begin(), args.end(), a) != args.end(); };
        if (!has("init") && !has("--help") && !has("--dry-run"))
            if (!std::filesystem::exists(db))
                runProcess(KEYSTONE_CLI, {"--db", db, "init"}, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
        args.insert(args.begin(), {"--db", db});
        return runProcess(KEYSTONE_CLI, args, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    }
    std::string path(const std::string& name) const { return (dir / name).string(); }
    std::string read(const std::string& name) const
    {
        std::ifstream in(dir / name, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    void write(const std::string& name, const std::string& text) const
    {
        std::ofstream out(dir / name, std::ios::binary);
        out << text;
    }
};

} // namespace

TEST_CASE_METHOD(Exchange, "dossier export, import into an empty database, export again: the same bytes")
{
    auto r = run("a.db", {"demo", "--accounts", "20"});
    REQUIRE(r.exitCode == 0);
    r = run("a.db", {"dossier", "export", "--all", "-o", path("a.json")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Catch::Contains("exported 20 dossiers"));

    r = run("b.db", {"dossier", "import", path("a.json"), "--dry-run"});
    CHECK(r.exitCode == 1); // a dry run never creates the database
    CHECK_FALSE(std::filesystem::exists(dir / "b.db"));

    r = run("b.db", {"dossier", "import", path("a.json")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("accounts: 20 created, 0 updated, 0 unchanged"));
    r = run("b.db", {"dossier", "export", "--all", "-o", path("b.json")});
    REQUIRE(r.exitCode == 0);
    CHECK(read("a.json") == read("b.json"));

    r = run("b.db", {"dossier", "import", path("a.json"), "--dry-run"});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("accounts: 0 created, 0 updated, 20 unchanged"));
    CHECK_THAT(r.err, Catch::Contains("dry run"));

    // One account to standard output, by reference.
    const auto ref = read("a.json").substr(read("a.json").find("\"ref\": \"") + 8, 7);
    r = run("a.db", {"dossier", "export", ref});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::StartsWith("{\n  \"format\": \"keystone-dossiers\"") && Catch::Contains(ref));
}

TEST_CASE_METHOD(Exchange, "dossier import names the file and every problem, and writes nothing")
{
    write("bad.json", R"({"format":"keystone-dossiers","version":1,"accounts":[
        {"ref":"A","name":"Good"},
        {"ref":"B","name":"Bad","contacts":[{"name":"X","email":"x@"},{"name":"Y","email":"y"}]}]})");
    auto r = run("k.db", {"dossier", "import", path("bad.json")});
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err == "keystone-cli: " + path("bad.json") +
                       ": 2 problems, nothing was imported\n"
                       "  /accounts/1/contacts/0/email: not an e-mail address\n"
                       "  /accounts/1/contacts/1/email: not an e-mail address\n");
    r = run("k.db", {"accounts", "list", "--format", "csv"});
    CHECK(r.out.find("Good") == std::string::npos);

    r = run("k.db", {"dossier", "import", path("missing.json")});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("cannot open " + path("missing.json")));
    r = run("k.db", {"dossier", "export"});
    CHECK(r.exitCode == 2);
}

TEST_CASE_METHOD(Exchange, "contacts export --vcard and import into another account")
{
    REQUIRE(run("k.db", {"accounts", "add", "--name", "Alpha", "--ref", "A1"}).exitCode == 0);
    REQUIRE(run("k.db", {"accounts", "add", "--name", "Beta", "--ref", "B1"}).exitCode == 0);
    write("in.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:דנה כהן\r\nEMAIL;TYPE=INTERNET:dana@example.co.il\r\n"
                    "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:王伟\r\nEND:VCARD\r\n");
    auto r = run("k.db", {"contacts", "import", path("in.vcf"), "--account", "A1"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "contacts: 2 created, 0 updated, 0 unchanged\n");

    r = run("k.db", {"contacts", "export", "--account", "A1", "--vcard", "-o", path("out.vcf")});
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.err, Catch::Contains("exported 2 contacts"));
    const std::string text = read("out.vcf");
    CHECK_THAT(text, Catch::Contains("FN:דנה כהן\r\n") && Catch::Contains("ORG:Alpha\r\n"));

    r = run("k.db", {"contacts", "import", path("out.vcf"), "--account", "B1", "--dry-run"});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out == "contacts: 2 created, 0 updated, 0 unchanged\n");
    r = run("k.db", {"contacts", "import", path("out.vcf"), "--account", "A1"});
    CHECK(r.out == "contacts: 0 created, 0 updated, 2 unchanged\n");

    write("bad.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:X\r\nX-KEYSTONE-ROLE:boss\r\n");
    r = run("k.db", {"contacts", "import", path("bad.vcf"), "--account", "B1"});
    CHECK(r.exitCode == 1);
    CHECK(r.err == "keystone-cli: " + path("bad.vcf") +
                       ": 2 problems, nothing was imported\n"
                       "  line 1: the card has no END:VCARD\n"
                       "  line 4: X-KEYSTONE-ROLE: expected one of: unknown, decision_maker, economic_buyer, "
                       "technical_buyer, influencer, gatekeeper, user, champion, blocker; found 'boss'\n");
    CHECK(run("k.db", {"contacts", "export", "--account", "A1"}).exitCode == 2); // --vcard is required
    CHECK(run("k.db", {"contacts", "import", path("in.vcf")}).exitCode == 2);    // so is --account
}

TEST_CASE_METHOD(Exchange, "followups export --ics writes a calendar of follow-ups and planned meetings")
{
    REQUIRE(run("k.db", {"demo", "--accounts", "15"}).exitCode == 0);
    auto r = run("k.db", {"followups", "export", "--ics", "-o", path("all.ics")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string all = read("all.ics");
    CHECK_THAT(all, Catch::StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    CHECK_THAT(all, Catch::EndsWith("END:VCALENDAR\r\n"));
    CHECK_THAT(all, Catch::Contains("BEGIN:VTODO\r\n") && Catch::Contains("BEGIN:VEVENT\r\n"));
    auto countOf = [](const std::string& text, const std::string& what) {
        std::size_t n = 0;
        for (std::size_t pos = 0; (pos = text.find(what, pos)) != std::string::npos; ++pos)
            ++n;
        return n;
    };
    CHECK(countOf(all, "BEGIN:VTODO") == countOf(all, "END:VTODO"));
    CHECK(countOf(all, "BEGIN:VEVENT") == countOf(all, "END:VEVENT"));

    r = run("k.db", {"followups", "export", "--ics", "--owner", "anna.petrova@keystone.example"});
    REQUIRE(r.exitCode == 0);
    CHECK(countOf(r.out, "BEGIN:VTODO") < countOf(all, "BEGIN:VTODO"));

    CHECK(run("k.db", {"followups", "export"}).exitCode == 2);
    r = run("k.db", {"followups", "export", "--ics", "--account", "NO-SUCH"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("'NO-SUCH'"));
}
