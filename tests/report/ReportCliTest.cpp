// keystone-cli report segments and report dossier, end to end: the PDF is valid
// (pdfinfo) and its text (pdftotext) holds what the report promises.
#include "Process.h"
#include "ReportFixture.h"
#include "report/DossierReport.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace keystone;
using namespace keystone::test;

namespace {

ProcessResult cli(const DemoDatabase& db, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--db", db.path().string()});
    // No QT_QPA_PLATFORM: the CLI must choose the offscreen platform itself, as under cron.
    return runProcess(KEYSTONE_CLI, args, {{"KEYSTONE_DB", "/nonexistent/guard.db"}, {"QT_QPA_PLATFORM", ""}});
}

std::vector<std::string> windowArgs() { return {"--from", "2025-06-01", "--to", "2026-05-31", "--as-of", "2026-06-15"}; }

} // namespace

TEST_CASE("report segments writes a valid PDF holding every cell's count and the accounts", "[report][cli]")
{
    DemoDatabase db;
    const auto pdf = db / "segments.pdf";
    auto args = std::vector<std::string>{"report", "segments"};
    for (const auto& a : windowArgs())
        args.push_back(a);
    args.insert(args.end(), {"-o", pdf.string()});
    const auto r = cli(db, args);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.empty());
    CHECK(r.err.find("segment report written to") != std::string::npos);
    REQUIRE(std::filesystem::exists(pdf));
    CHECK(pdfPages(pdf) >= 4);

    Workspace ws(db.path(), fixedClock());
    Analytics analytics(ws.store(), ws.clock());
    const auto result = analytics.segment(analytics.parameters(fixedWindow()));
    const std::string text = pdfText(pdf);
    for (const auto& cell : result.cells) {
        const std::string heading = cell.cell + " · accounts: " + std::to_string(cell.accounts);
        INFO(heading);
        CHECK(text.find(heading) != std::string::npos);
        CHECK(text.find("Accounts: " + std::to_string(cell.accounts)) != std::string::npos);
    }
    // Names in Cyrillic come back as text (the font is embedded with its Unicode map).
    int cyrillic = 0;
    for (const auto& row : result.rows) {
        if (!hasCyrillic(row.name))
            continue;
        ++cyrillic;
        INFO(row.name);
        CHECK(text.find(foldSpaces(row.name)) != std::string::npos);
    }
    CHECK(cyrillic > 0);
    // Chinese (from the CJK font) and Hebrew (right to left) too; names with a comma
    // are left out for Hebrew, as the bidi algorithm reorders their parts.
    const std::string reading = pdfReadingText(pdf);
    int chinese = 0;
    int hebrew = 0;
    for (const auto& row : result.rows) {
        INFO(row.name);
        if (hasHan(row.name)) {
            ++chinese;
            CHECK(text.find(foldSpaces(row.name)) != std::string::npos);
        } else if (hasHebrew(row.name) && row.name.find(',') == std::string::npos) {
            ++hebrew;
            CHECK(reading.find(foldSpaces(row.name)) != std::string::npos);
        }
    }
    CHECK(chinese > 0);
    CHECK(hebrew > 0);
}

TEST_CASE("report dossier writes the account's people into a valid PDF", "[report][cli]")
{
    DemoDatabase db;
    Account account;
    std::vector<Contact> contacts;
    {
        Workspace ws(db.path(), fixedClock());
        for (const auto& row : ws.listAccounts({})) {
            auto people = ws.store().contacts().listForAccount(row.account.id);
            if (hasCyrillic(row.account.name) && !row.account.ref.empty() && people.size() >= 2) {
                account = row.account;
                contacts = std::move(people);
                break;
            }
        }
    }
    REQUIRE(account.id != 0);
    const auto pdf = db / "dossier.pdf";
    const auto r = cli(db, {"report", "dossier", account.ref, "-o", pdf.string()});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(pdfPages(pdf) >= 1);
    const std::string text = pdfText(pdf);
    CHECK(text.find(foldSpaces(account.name)) != std::string::npos);
    for (const auto& c : contacts) {
        INFO(c.name);
        CHECK(text.find(foldSpaces(c.name)) != std::string::npos);
    }
}

TEST_CASE("report commands name what is wrong and leave no file", "[report][cli]")
{
    DemoDatabase db;
    const auto pdf = db / "out.pdf";

    auto r = cli(db, {"report", "dossier", "NO-SUCH-REF", "-o", pdf.string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("NO-SUCH-REF") != std::string::npos);

    r = cli(db, {"report", "segments", "--from", "2025-13-01", "-o", pdf.string()});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("--from") != std::string::npos);
    CHECK(r.err.find("2025-13-01") != std::string::npos);

    const auto missingDir = db / "no-such-dir" / "out.pdf";
    r = cli(db, {"report", "segments", "-o", missingDir.string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no-such-dir") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(missingDir));

    r = cli(db, {"report", "segments", "--compare", "1,2", "-o", pdf.string()});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("snapshot 1 does not exist") != std::string::npos);

    r = cli(db, {"report", "segments"});
    CHECK(r.exitCode == 2);
    CHECK(r.err.find("-o FILE.pdf") != std::string::npos);

    CHECK_FALSE(std::filesystem::exists(pdf));
    // Nor a temporary file beside it.
    for (const auto& entry : std::filesystem::directory_iterator(db.path().parent_path())) {
        INFO(entry.path().string());
        CHECK(entry.path().filename().string().find("out.pdf") == std::string::npos);
    }
}
