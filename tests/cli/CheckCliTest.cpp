// End to end: what `check [--repair]` finds and rebuilds, that only `init` and `demo` make a database, and
// that text with control characters is refused with its line and column and never printed raw.
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;
using namespace std::string_literals;

namespace {

struct Safety
{
    TempDir dir;
    std::string db = (dir / "k.db").string();

    ProcessResult operator()(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", db});
        return runProcess(KEYSTONE_CLI, args, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    }
    void require(const std::vector<std::string>& args) const
    {
        const auto r = (*this)(args);
        INFO(args[0] << ": " << r.err);
        REQUIRE(r.exitCode == 0);
    }
    std::string path(const std::string& name) const { return (dir / name).string(); }
    void write(const std::string& name, const std::string& bytes) const
    {
        std::ofstream out(dir / name, std::ios::binary);
        out << bytes;
    }
    std::string readDb() const
    {
        std::ifstream in(db, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    }
    void sql(const std::string& statement) const
    {
        sqlite3* raw = nullptr;
        REQUIRE(sqlite3_open(db.c_str(), &raw) == SQLITE_OK);
        REQUIRE(sqlite3_exec(raw, statement.c_str(), nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(raw);
    }
    void fill() const
    {
        require({"init"});
        write("a.csv", "ref,name,country\nA1,Acme Pumps,Norway\n");
        write("i.csv", "account,date,kind,subject,summary\n"
                       "A1,2026-01-05T10:00:00Z,call,Zebra-marker review,\"Windows notes\r\nsecond line\"\r\n");
        write("s.csv", "account,date,amount\nA1,2026-01-05,100.00\nA1,2026-02-07,50.00\n");
        require({"import", "accounts", path("a.csv")});
        require({"import", "interactions", path("i.csv")});
        require({"import", "sales", path("s.csv")});
    }
    bool hasControlCharacter(const std::string& text) const
    {
        for (const char ch : text)
            if ((static_cast<unsigned char>(ch) < 0x20 && ch != '\n' && ch != '\t') || ch == 0x7F)
                return true;
        return false;
    }
};

} // namespace

TEST_CASE_METHOD(Safety, "Only init and demo create a database; an empty file is damaged, not a new database")
{
    for (const auto& command : std::vector<std::vector<std::string>>{
             {"check"}, {"import", "accounts", path("none.csv")}, {"accounts", "list"}, {"managers", "list"}}) {
        const auto r = (*this)(command);
        CHECK(r.exitCode == 1);
        CHECK_THAT(r.err, Catch::Contains("no such database file"));
        CHECK_FALSE(std::filesystem::exists(db));
    }
    write("k.db", "");
    auto r = (*this)({"check"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::StartsWith("damaged: ") && Catch::Contains("empty (0 bytes)"));
    r = (*this)({"demo", "--accounts", "3"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("empty (0 bytes)"));
    CHECK(std::filesystem::file_size(db) == 0);
    CHECK_FALSE(std::filesystem::exists(db + "-wal"));
    require({"init"}); // asked for: the empty file becomes a database
    CHECK((*this)({"check"}).out == "ok\n");

    // demo is init with data, for a new book: it makes a database where there is no file.
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(db + suffix);
    require({"demo", "--accounts", "3"});
    CHECK((*this)({"check"}).out == "ok\n");
}

TEST_CASE_METHOD(Safety, "A truncated database is reported as damaged")
{
    require({"init"});
    require({"demo", "--accounts", "30"});
    const auto size = std::filesystem::file_size(db);
    std::filesystem::resize_file(db, size - 4096);
    const auto r = (*this)({"check"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::StartsWith("damaged: ") && Catch::Contains("truncated"));
    CHECK_THAT(r.err, Catch::Contains("restore it from a backup"));
}

TEST_CASE_METHOD(Safety, "A CRLF inside a cell is a line break; check sees the records and the index agree")
{
    fill();
    auto r = (*this)({"export", "interactions"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::Contains("\"Windows notes\nsecond line\""));
    CHECK((*this)({"check"}).out == "ok\n");
}

TEST_CASE_METHOD(Safety, "A flipped byte in a record is found through the search index")
{
    fill();
    // One byte of the subject, wherever it is in the file: the record or its index entry.
    std::string bytes = readDb();
    const auto at = bytes.find("Zebra-marker");
    REQUIRE(at != std::string::npos);
    bytes[at] = 'X';
    write("k.db", bytes);
    const auto r = (*this)({"check"});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains("search: the entry of interaction") && Catch::Contains("does not match"));
    CHECK_THAT(r.err, Catch::Contains("check --repair"));
}

TEST_CASE_METHOD(Safety, "check --repair rebuilds the search index and the monthly totals, after a backup")
{
    fill();
    sql("DELETE FROM search_index_docsize; UPDATE sale_totals SET lines = lines + 5;");
    auto r = (*this)({"check"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains("full-text index is damaged") && Catch::Contains("line count"));
    r = (*this)({"check", "--repair"});
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK_THAT(r.out, Catch::EndsWith("repaired\nok\n"));
    CHECK_THAT(r.err, Catch::Contains("backup written to"));
    bool backedUp = false;
    for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
        backedUp |= entry.path().filename().string().find("k.db.before-repair-") == 0;
    CHECK(backedUp);
    CHECK((*this)({"check"}).out == "ok\n");
    r = (*this)({"search", "zebra"});
    CHECK_THAT(r.out, Catch::Contains("Zebra-marker review"));

    // What is not derived stays a problem: repair says so and exits with 1.
    sql("UPDATE accounts SET legal_name = 'Acme' || char(27) || '[2J'");
    r = (*this)({"check", "--repair"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.out, Catch::Contains("after repair: text: accounts.legal_name") && Catch::Contains("\\x1b[2J"));
    CHECK_FALSE(hasControlCharacter(r.out));
    CHECK_THAT(r.err, Catch::Contains("cannot be derived"));
}

TEST_CASE_METHOD(Safety, "Control characters in an import are refused with their line and column, and escaped")
{
    require({"init"});
    write("a.csv", "ref,name,legal_name\nA1,Acme,ok\nA2,Bad\x1b[31mCo,x\nA3,Nul,a\0b\n"s);
    auto r = (*this)({"import", "accounts", path("a.csv")});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("a.csv:3: name 'Bad\\x1b[31mCo'") &&
                          Catch::Contains("control character \\x1b at character 4"));
    CHECK_THAT(r.err, Catch::Contains("a.csv:4: legal_name") && Catch::Contains("\\x00 at character 2"));
    CHECK_FALSE(hasControlCharacter(r.err));
    CHECK_FALSE(hasControlCharacter(r.out));

    // A lone CR is not a line end inside a value.
    write("b.csv", "ref,name,legal_name\nA4,Cr,\"one\rtwo\"\n");
    r = (*this)({"import", "accounts", path("b.csv")});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("b.csv:2: legal_name") && Catch::Contains("\\x0d at character 4"));
    CHECK_FALSE(hasControlCharacter(r.err));
}

TEST_CASE_METHOD(Safety, "Control characters in a vCard or a dossier file are refused with where they are")
{
    require({"init"});
    require({"accounts", "add", "--name", "Acme", "--ref", "A1"});
    write("c.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ok Person\r\nEND:VCARD\r\n"
                   "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Esc\x1bPerson\r\nEND:VCARD\r\n");
    auto r = (*this)({"contacts", "import", path("c.vcf"), "--account", "A1"});
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("line 7") && Catch::Contains("\\x1b"));
    CHECK_FALSE(hasControlCharacter(r.err));

    // In JSON a control character must be escaped; escaped, it is refused by the record's rules.
    write("d.json", "{\"format\": \"keystone-dossiers\", \"version\": 1, \"accounts\": [\n"
                    "  {\"ref\": \"A1\", \"name\": \"Acme\\u0000Nul\"}]}\n");
    r = (*this)({"dossier", "import", path("d.json")});
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("/accounts/0") && Catch::Contains("\\x00 at character 5"));
    CHECK_FALSE(hasControlCharacter(r.err));
    write("e.json", "{\"format\": \"keystone-dossiers\", \"version\": 1,\n \"accounts\": [\"a\x1b\"]}\n");
    r = (*this)({"dossier", "import", path("e.json")});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("line 2"));
    CHECK_FALSE(hasControlCharacter(r.err));
}
