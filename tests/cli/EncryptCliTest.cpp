// Issue 19, encrypted backups and exports: backup --encrypt and restore, export --encrypt and the
// imports that read it back, and the refusals (a wrong passphrase, a changed byte, a cut file, no
// passphrase at all) that leave the database as it was. End to end through the real keystone-cli.
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

// The mark every encrypted file starts with (docs/safety.md).
const std::string kMagic("\x89KSENC\r\n", 8);
// Version 1: the header, then chunks of 64 KiB of content plus 17 bytes.
constexpr std::size_t kHeader = 70;
constexpr std::size_t kChunk = 65536 + 17;

std::string slurp(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void spit(const std::filesystem::path& p, const std::string& bytes)
{
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
}

unsigned modeOf(const std::filesystem::path& p)
{
    struct stat st
    {
    };
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
}

struct EncryptCli
{
    TempDir dir;
    std::string db = (dir / "data" / "k.db").string();
    std::string other = (dir / "other" / "k.db").string();
    std::string pass = (dir / "pass").string();
    std::string wrong = (dir / "wrong").string();

    EncryptCli()
    {
        spit(pass, "correct horse battery staple\n");
        spit(wrong, "correct horse battery stapler\n");
    }

    ProcessResult on(const std::string& database, std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--db", database});
        return runProcess(KEYSTONE_CLI, args, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    }
    ProcessResult operator()(std::vector<std::string> args) const { return on(db, std::move(args)); }
    void ok(const std::string& database, std::vector<std::string> args) const
    {
        const auto r = on(database, std::move(args));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    void demo() const { ok(db, {"demo", "--accounts", "20", "--years", "1"}); }
    // What a database holds, as its exports show it: the same in two databases means the same data.
    std::string content(const std::string& database, const std::string& kind) const
    {
        const auto r = on(database, {"export", kind, "--columns", columnsOf(kind)});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
    static std::string columnsOf(const std::string& kind)
    {
        if (kind == "accounts")
            return "ref,name,status,country";
        if (kind == "contacts")
            return "account,name,email,phones";
        if (kind == "interactions")
            return "account,date,kind,subject";
        return "account,date,product,amount";
    }
    std::vector<std::filesystem::path> keptDatabases() const
    {
        std::vector<std::filesystem::path> kept;
        for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(db).parent_path()))
            if (e.path().filename().string().find("before-restore") != std::string::npos)
                kept.push_back(e.path());
        return kept;
    }
};

} // namespace

TEST_CASE_METHOD(EncryptCli, "An encrypted backup is private, unreadable and restores the database")
{
    demo();
    const auto backup = dir / "k.kbk";
    auto r = (*this)({"backup", backup.string(), "--encrypt", "--passphrase-file", pass});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("encrypted backup written to") != std::string::npos);
    CHECK(modeOf(backup) == 0600);
    const std::string bytes = slurp(backup);
    CHECK(bytes.substr(0, kMagic.size()) == kMagic);
    CHECK(bytes[8] == 1); // the format version
    CHECK(bytes.find("SQLite format 3") == std::string::npos);
    CHECK(bytes.find("ACC-") == std::string::npos);
    // No plain copy is left beside the database or the backup.
    for (const auto& folder : {std::filesystem::path(db).parent_path(), dir.path()})
        for (const auto& e : std::filesystem::directory_iterator(folder))
            CHECK(e.path().filename().string().rfind(".", 0) != 0);

    // Into a database of its own...
    ok(other, {"restore", backup.string(), "--passphrase-file", pass});
    CHECK(modeOf(other) == 0600);
    for (const auto* kind : {"accounts", "contacts", "interactions", "sales"})
        CHECK(content(other, kind) == content(db, kind));
    r = on(other, {"check"});
    CHECK(r.out == "ok\n");

    // ...and over the database it was made from, after a change.
    const auto accounts = content(db, "accounts");
    ok(db, {"accounts", "add", "--name", "Made After The Backup"});
    REQUIRE(content(db, "accounts") != accounts);
    r = (*this)({"restore", backup.string(), "--passphrase-file", pass});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(content(db, "accounts") == accounts);
    CHECK(keptDatabases().size() == 1);
}

TEST_CASE_METHOD(EncryptCli, "Every encrypted export imports into another database with the same data")
{
    demo();
    ok(other, {"init"});
    for (const auto* kind : {"accounts", "contacts", "interactions", "sales"}) {
        const auto file = dir / (std::string(kind) + ".csv.enc");
        // The columns that do not name managers, whom the other database does not have.
        ok(db, {"export", kind, "--columns", columnsOf(kind), "--encrypt", "--passphrase-file", pass, "-o",
                file.string()});
        CHECK(modeOf(file) == 0600);
        CHECK(slurp(file).substr(0, kMagic.size()) == kMagic);
        CHECK(slurp(file).find("ACC-") == std::string::npos);
        const auto r = on(other, {"import", kind, file.string(), "--passphrase-file", pass});
        INFO(kind << ": " << r.err);
        REQUIRE(r.exitCode == 0);
        CHECK(r.out.find(file.string()) != std::string::npos); // the import is named after the file
    }
    for (const auto* kind : {"accounts", "contacts", "interactions", "sales"})
        CHECK(content(other, kind) == content(db, kind));
    // No decrypted copy is left beside the database.
    for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(other).parent_path()))
        CHECK(e.path().filename().string().find("decrypted") == std::string::npos);
}

TEST_CASE_METHOD(EncryptCli, "An encrypted export to standard output reads back")
{
    demo();
    const auto r = (*this)(
        {"export", "accounts", "--columns", columnsOf("accounts"), "--encrypt", "--passphrase-file", pass});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.out.substr(0, kMagic.size()) == kMagic);
    const auto file = dir / "accounts.enc";
    spit(file, r.out);
    ok(other, {"init"});
    ok(other, {"import", "accounts", file.string(), "--passphrase-file", pass});
    CHECK(content(other, "accounts") == content(db, "accounts"));
}

TEST_CASE_METHOD(EncryptCli, "Encrypted dossiers and vCards import with dossier import and contacts import")
{
    demo();
    const auto dossiers = dir / "dossiers.json.enc";
    ok(db, {"dossier", "export", "--all", "--encrypt", "--passphrase-file", pass, "-o", dossiers.string()});
    CHECK(modeOf(dossiers) == 0600);
    CHECK(slurp(dossiers).substr(0, kMagic.size()) == kMagic);
    ok(other, {"init"}); // only init makes a database
    ok(other, {"dossier", "import", dossiers.string(), "--passphrase-file", pass});
    for (const auto* kind : {"accounts", "contacts", "interactions"})
        CHECK(content(other, kind) == content(db, kind));

    const auto cards = dir / "contacts.vcf.enc";
    ok(db, {"contacts", "export", "--account", "1", "--vcard", "--encrypt", "--passphrase-file", pass, "-o",
            cards.string()});
    CHECK(slurp(cards).substr(0, kMagic.size()) == kMagic);
    const std::string third = (dir / "third" / "k.db").string();
    ok(third, {"init"});
    ok(third, {"accounts", "add", "--name", "Receiver"});
    const auto r =
        on(third, {"contacts", "import", cards.string(), "--account", "1", "--passphrase-file", pass});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto plain = on(db, {"contacts", "export", "--account", "1", "--vcard"});
    const auto imported = on(third, {"contacts", "export", "--account", "1", "--vcard"});
    std::size_t cardsIn = 0;
    for (std::size_t pos = 0; (pos = plain.out.find("BEGIN:VCARD", pos)) != std::string::npos; ++pos)
        ++cardsIn;
    std::size_t cardsOut = 0;
    for (std::size_t pos = 0; (pos = imported.out.find("BEGIN:VCARD", pos)) != std::string::npos; ++pos)
        ++cardsOut;
    CHECK(cardsIn > 0);
    CHECK(cardsOut == cardsIn);
}

TEST_CASE_METHOD(EncryptCli, "A wrong passphrase is named as such and nothing is written")
{
    demo();
    const auto backup = dir / "k.kbk";
    ok(db, {"backup", backup.string(), "--encrypt", "--passphrase-file", pass});
    const auto before = slurp(db);
    auto r = (*this)({"restore", backup.string(), "--passphrase-file", wrong});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("wrong passphrase or not a Keystone encrypted file: " + backup.string()) !=
          std::string::npos);
    CHECK(slurp(db) == before);
    CHECK(keptDatabases().empty());

    const auto file = dir / "sales.enc";
    ok(db, {"export", "sales", "--encrypt", "--passphrase-file", pass, "-o", file.string()});
    ok(other, {"init"});
    r = on(other, {"import", "sales", file.string(), "--passphrase-file", wrong});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("wrong passphrase or not a Keystone encrypted file: " + file.string()) !=
          std::string::npos);
    CHECK(on(other, {"import", "batches", "--format", "csv"}).out.find("sales") == std::string::npos);
}

TEST_CASE_METHOD(EncryptCli, "A changed byte anywhere is refused before anything is written")
{
    demo();
    const auto backup = dir / "k.kbk";
    ok(db, {"backup", backup.string(), "--encrypt", "--passphrase-file", pass});
    const std::string bytes = slurp(backup);
    REQUIRE(bytes.size() > kHeader + 3 * kChunk); // several chunks, so the middle is not the first
    const auto before = slurp(db);
    for (const std::size_t at : {bytes.size() / 2, bytes.size() - 5, std::size_t{20}}) {
        std::string changed = bytes;
        changed[at] = static_cast<char>(changed[at] ^ 0x01);
        const auto damaged = dir / "damaged.kbk";
        spit(damaged, changed);
        const auto r = (*this)({"restore", damaged.string(), "--passphrase-file", pass});
        INFO("byte " << at << ": " << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find(damaged.string()) != std::string::npos);
        if (at > kHeader + kChunk)
            CHECK(r.err.find("damaged or was changed") != std::string::npos);
        CHECK(slurp(db) == before);
        CHECK(keptDatabases().empty());
    }

    // An import of a changed file writes no row and records no batch.
    const auto file = dir / "interactions.enc";
    ok(db, {"export", "interactions", "--encrypt", "--passphrase-file", pass, "-o", file.string()});
    std::string changed = slurp(file);
    changed[changed.size() / 2] = static_cast<char>(changed[changed.size() / 2] ^ 0x80);
    spit(file, changed);
    ok(other, {"init"});
    ok(other, {"accounts", "add", "--name", "Someone"});
    const auto interactions = content(other, "interactions");
    const auto r = on(other, {"import", "interactions", file.string(), "--passphrase-file", pass});
    CHECK(r.exitCode == 1);
    CHECK(content(other, "interactions") == interactions);
    CHECK(on(other, {"import", "batches", "--format", "csv"}).out.find("interactions") == std::string::npos);
}

TEST_CASE_METHOD(EncryptCli, "A truncated encrypted file is refused as truncated")
{
    demo();
    const auto backup = dir / "k.kbk";
    ok(db, {"backup", backup.string(), "--encrypt", "--passphrase-file", pass});
    const std::string bytes = slurp(backup);
    REQUIRE(bytes.size() > kHeader + 2 * kChunk);
    const auto before = slurp(db);
    // Cut after whole chunks (the final one missing), inside a chunk, and inside the header.
    for (const std::size_t length : {kHeader + 2 * kChunk, kHeader + kChunk + 1000, std::size_t{40}}) {
        const auto cut = dir / "cut.kbk";
        spit(cut, bytes.substr(0, length));
        const auto r = (*this)({"restore", cut.string(), "--passphrase-file", pass});
        INFO(length << ": " << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.err.find(cut.string() + " is truncated") != std::string::npos);
        CHECK(slurp(db) == before);
        CHECK(keptDatabases().empty());
    }
}

TEST_CASE_METHOD(EncryptCli, "Without --passphrase-file and without a terminal the commands stop")
{
    demo();
    const auto backup = dir / "k.kbk";
    auto r = (*this)({"backup", backup.string(), "--encrypt"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("--passphrase-file") != std::string::npos);
    CHECK(r.err.find("not a terminal") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(backup));

    r = (*this)({"export", "accounts", "--encrypt", "-o", (dir / "a.enc").string()});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "a.enc"));

    ok(db, {"backup", backup.string(), "--encrypt", "--passphrase-file", pass});
    const auto before = slurp(db);
    r = (*this)({"restore", backup.string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("--passphrase-file") != std::string::npos);
    CHECK(slurp(db) == before);
    r = (*this)({"import", "accounts", backup.string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("--passphrase-file") != std::string::npos);
}

TEST_CASE_METHOD(EncryptCli, "A passphrase file must hold a passphrase, and is only for encrypted files")
{
    demo();
    spit(dir / "empty", "\n");
    auto r = (*this)(
        {"backup", (dir / "a.kbk").string(), "--encrypt", "--passphrase-file", (dir / "empty").string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("empty") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir / "a.kbk"));
    r = (*this)(
        {"backup", (dir / "b.kbk").string(), "--encrypt", "--passphrase-file", (dir / "missing").string()});
    CHECK(r.exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(dir / "b.kbk"));
    // Without --encrypt a passphrase file is a mistake, not a silent plain backup.
    r = (*this)({"backup", (dir / "c.kbk").string(), "--passphrase-file", pass});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(dir / "c.kbk"));
    // The first line only, without its line ending (CRLF too): a file written on Windows works.
    spit(dir / "crlf", "correct horse battery staple\r\nsecond line\n");
    ok(db, {"backup", (dir / "d.kbk").string(), "--encrypt", "--passphrase-file", (dir / "crlf").string()});
    ok(other, {"restore", (dir / "d.kbk").string(), "--passphrase-file", pass});
}
