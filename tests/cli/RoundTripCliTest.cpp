// End to end: every kind of export imported into another database and exported again gives the same
// bytes, with text that a spreadsheet would run as a formula (and so carries the guard apostrophe).
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

struct RoundTrip
{
    TempDir dir;

    ProcessResult run(const std::string& db, std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", (dir / db).string()});
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
    void require(const std::string& db, const std::vector<std::string>& args) const
    {
        const auto r = run(db, args);
        INFO(args[0] << " " << (args.size() > 1 ? args[1] : "") << ": " << r.err);
        REQUIRE(r.exitCode == 0);
    }

    // A book whose text begins with every character the CSV writer guards, and with an apostrophe
    // already in front of one (which the writer must guard too, or an import would shorten it).
    void fillHostileBook(const std::string& db) const
    {
        write("in-accounts.csv", "ref,name,legal_name,country,region,tags\n"
                                 "=1+1,\"=HYPERLINK(\"\"http://x\"\")\",'=already,+49,@home,\"-a, b\"\n"
                                 "-7,Minus,''=twice,Germany,\"\tTabbed\",x\n"
                                 "A3,Plain,'plain apostrophe,Israel,Haifa,\n");
        write("in-contacts.csv", "account,name,email,phones,notes\n"
                                 "=1+1,Hans,hans@example.com,+49 170 555,=2+2\n"
                                 "-7,@Anna,anna@example.com,mobile: +7 495 1,-minus\n");
        write("in-interactions.csv", "account,date,kind,subject,summary,outcome\n"
                                     "=1+1,2026-01-05T10:00:00Z,call,=cmd|' /C calc'!A0,+plus,@at\n"
                                     "-7,2026-01-06T11:30:00Z,visit,Plain,\"-two\nlines\",'=kept\n");
        write("in-sales.csv", "account,date,amount,product,document\n"
                              "=1+1,2026-01-05,-4.50,=SKU,@doc\n"
                              "-7,2026-02-01,12.00,+P,-D\n");
        require(db, {"init"});
        for (const char* kind : {"accounts", "contacts", "interactions", "sales"})
            require(db, {"import", kind, path(std::string("in-") + kind + ".csv")});
    }
};

} // namespace

TEST_CASE_METHOD(RoundTrip, "every CSV export imports into another database and exports again byte for byte")
{
    fillHostileBook("a.db");
    require("b.db", {"init"});
    for (const char* kind : {"accounts", "contacts", "interactions", "sales"}) {
        INFO(kind);
        const std::string first = std::string("a-") + kind + ".csv";
        const std::string second = std::string("b-") + kind + ".csv";
        require("a.db", {"export", kind, "-o", path(first)});
        require("b.db", {"import", kind, path(first)});
        require("b.db", {"export", kind, "-o", path(second)});
        CHECK(read(second) == read(first));
    }
    // The exports carry the guard; the database never does.
    CHECK_THAT(read("a-accounts.csv"), Catch::Contains("'=1+1,") && Catch::Contains(",''=twice,"));
    CHECK_THAT(read("a-contacts.csv"), Catch::Contains("'+49 170 555"));
    const auto accounts = run("b.db", {"accounts", "list", "--format", "csv", "--raw", "--columns", "ref,legal_name"});
    REQUIRE(accounts.exitCode == 0);
    // An input's apostrophe before = is a guard too; a second one is the text's own.
    CHECK_THAT(accounts.out, Catch::Contains("\n=1+1,=already\r\n") && Catch::Contains("\n-7,'=twice\r\n"));
    const auto contact = run("b.db", {"export", "contacts", "--raw", "--columns", "name,phones"});
    CHECK_THAT(contact.out, Catch::Contains("Hans,+49 170 555\r\n"));

    // Importing the export into the database it came from changes nothing: no duplicate '=1+1.
    const auto again = run("a.db", {"import", "accounts", path("a-accounts.csv"), "--again"});
    INFO(again.err);
    CHECK(again.exitCode == 0);
    CHECK_THAT(again.out, Catch::Contains("created:    0") && Catch::Contains("unchanged:  3"));
}

TEST_CASE_METHOD(RoundTrip, "dossier and vCard exports round-trip with the same text")
{
    fillHostileBook("a.db");
    require("a.db", {"dossier", "export", "--all", "-o", path("a.json")});
    require("c.db", {"init"});
    require("b.db", {"init"});
    require("c.db", {"dossier", "import", path("a.json")});
    require("c.db", {"dossier", "export", "--all", "-o", path("c.json")});
    CHECK(read("c.json") == read("a.json"));

    require("a.db", {"contacts", "export", "--account", "=1+1", "--vcard", "-o", path("a.vcf")});
    require("b.db", {"accounts", "add", "--name", "=HYPERLINK(\"http://x\")", "--ref", "C1"});
    require("b.db", {"contacts", "import", path("a.vcf"), "--account", "C1"});
    require("b.db", {"contacts", "export", "--account", "C1", "--vcard", "-o", path("b.vcf")});
    CHECK(read("b.vcf") == read("a.vcf"));
    CHECK_THAT(read("a.vcf"), Catch::Contains("+49 170 555") && !Catch::Contains("'+49"));
}
