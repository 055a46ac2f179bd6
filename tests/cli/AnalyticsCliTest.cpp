// keystone-cli segment, risk, cadence, concentration, score and settings, end to end.
#include "Process.h"
#include "TempDir.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

using keystone::test::ProcessResult;
using keystone::test::runProcess;
using keystone::test::TempDir;

namespace {

using Rows = std::vector<std::vector<std::string>>;

// RFC 4180 as the writer produces it: quoted fields may hold commas, quotes and newlines.
Rows parseCsv(const std::string& text)
{
    Rows rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == '"') {
            quoted = true;
        } else if (ch == ',') {
            row.push_back(field);
            field.clear();
        } else if (ch == '\n' || ch == '\r') {
            if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.push_back(field);
            field.clear();
            rows.push_back(row);
            row.clear();
        } else {
            field += ch;
        }
    }
    if (!field.empty() || !row.empty()) {
        row.push_back(field);
        rows.push_back(row);
    }
    return rows;
}

struct Book
{
    TempDir dir;
    std::string db = (dir / "k.db").string();

    ProcessResult operator()(std::vector<std::string> args) const
    {
        // Only init creates a database: every test starts from an initialised one, except where it
        // asks for help or a dry run, which must not create one.
        const auto has = [&](const char* a) { return std::find(args.begin(), args.end(), a) != args.end(); };
        if (!has("init") && !has("--help") && !has("--dry-run"))
            if (!std::filesystem::exists(db))
                runProcess(KEYSTONE_CLI, {"--db", db, "init"}, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
        args.insert(args.begin(), {"--db", db});
        return runProcess(KEYSTONE_CLI, args, {{"KEYSTONE_DB", "/nonexistent/guard.db"}});
    }
    std::string ok(std::vector<std::string> args) const
    {
        const auto r = (*this)(std::move(args));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return r.out;
    }
    // A sale line (margin = amount) of account K-0n, imported by importSales().
    std::string salesCsv = "account,date,amount,margin\n";
    void sale(int account, const std::string& date, int major)
    {
        salesCsv += "K-0" + std::to_string(account) + "," + date + "," + std::to_string(major) + "," +
                    std::to_string(major) + "\n";
    }
    void importSales() const
    {
        const auto file = dir / "sales.csv";
        std::ofstream(file) << salesCsv;
        ok({"import", "sales", file.string()});
    }
    // The worked example of docs/segmentation.md.
    void workedExample()
    {
        const char* names[] = {"Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta", "Eta", "Theta"};
        for (int i = 0; i < 8; ++i)
            ok({"accounts", "add", "--name", names[i], "--ref", "K-0" + std::to_string(i + 1)});
        sale(1, "2022-05-01", 10);
        for (const char* m : {"2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10"})
            sale(1, m, 150);
        sale(2, "2024-01-09", 130);
        sale(2, "2024-01-20", -30);
        sale(2, "2024-03-09", 100);
        sale(3, "2023-06-01", 5);
        sale(3, "2024-04-02", 100);
        sale(4, "2024-01-03", 10);
        sale(4, "2024-02-03", 20);
        sale(4, "2024-03-03", 10);
        sale(4, "2024-04-03", 20);
        sale(5, "2024-03-04", 20);
        sale(5, "2024-04-04", 20);
        sale(6, "2024-02-01", 50);
        sale(6, "2024-02-02", -50);
        sale(7, "2024-03-15", -30);
        importSales();
    }
};

std::map<std::string, std::vector<std::string>> byFirstColumn(const Rows& rows)
{
    std::map<std::string, std::vector<std::string>> out;
    for (std::size_t i = 1; i < rows.size(); ++i)
        out[rows[i][0]] = rows[i];
    return out;
}

const std::vector<std::string> kWindow = {"--from", "2024-01-01", "--to", "2024-04-30"};

std::vector<std::string> cmd(std::vector<std::string> head, const std::vector<std::string>& tail = kWindow)
{
    head.insert(head.end(), tail.begin(), tail.end());
    return head;
}

} // namespace

TEST_CASE_METHOD(Book, "segment writes the worked example as CSV that parses back")
{
    workedExample();
    REQUIRE(ok({"check"}).find("problem") == std::string::npos);
    const auto rows = parseCsv(ok(cmd({"segment", "--format", "csv"})));
    REQUIRE(rows.size() == 6);
    CHECK(rows[0] == std::vector<std::string>{"account_ref", "account_name", "total", "share", "cumulative_share",
                                              "abc", "mean", "stddev", "cv", "xyz", "cell", "flags"});
    CHECK(rows[1] ==
          std::vector<std::string>{"K-01", "Alpha", "600.00", "0.600000", "0.600000", "A", "150.00", "0.00", "0.0000",
                                   "X", "AX", "anchor"});
    CHECK(rows[2] == std::vector<std::string>{"K-02", "Beta", "200.00", "0.200000", "0.800000", "A", "50.00", "50.00",
                                              "1.0000", "Y", "AY", "anchor"});
    CHECK(rows[3] == std::vector<std::string>{"K-03", "Gamma", "100.00", "0.100000", "0.900000", "B", "25.00",
                                              "43.30", "1.7321", "Z", "BZ", "anchor"});
    CHECK(rows[4][10] == "BX");
    CHECK(rows[5][10] == "CY");
    CHECK(rows[5][11] == "new");

    const auto cells = byFirstColumn(parseCsv(ok(cmd({"segment", "--cells", "--format", "csv"}))));
    REQUIRE(cells.size() == 9);
    CHECK(cells.at("AX")[1] == "1");
    CHECK(cells.at("AY")[3] == "0.200000");
    CHECK(cells.at("CZ")[1] == "0");

    const auto unclassified = parseCsv(ok(cmd({"segment", "--unclassified", "--format", "csv"})));
    REQUIRE(unclassified.size() == 4);
    CHECK(unclassified[1] == std::vector<std::string>{"K-06", "Zeta", "0.00", "net zero"});
    CHECK(unclassified[2] == std::vector<std::string>{"K-07", "Eta", "-30.00", "net negative"});
    CHECK(unclassified[3][3] == "no sales");

    const auto quarters = parseCsv(ok(cmd({"segment", "--period", "quarter", "--format", "csv"})));
    // Alpha by quarter: 450 in Q1, 150 in the partial Q2 (April): mean 300, stddev 150.
    CHECK(quarters[1][8] == "0.5000");
    CHECK(quarters[1][9] == "X");
}

TEST_CASE_METHOD(Book, "segment --save, snapshots and diff; settings change the defaults")
{
    workedExample();
    auto r = (*this)(cmd({"segment", "--save", "--label", "first", "--format", "csv"}));
    REQUIRE(r.exitCode == 0);
    CHECK_THAT(r.err, Catch::Contains("saved snapshot 1") && Catch::Contains("marked anchor: Alpha"));
    const auto kinds = parseCsv(ok({"accounts", "list", "--format", "csv", "--columns", "ref,kinds"}));
    CHECK(byFirstColumn(kinds).at("K-03")[1] == "anchor");

    ok({"settings", "analytics", "abc=60,70", "xyz=10,25"});
    const auto settings = byFirstColumn(parseCsv(ok({"settings", "analytics", "--format", "csv"})));
    CHECK(settings.at("abc_a")[1] == "60");
    CHECK(settings.at("xyz_y")[1] == "25");
    r = (*this)({"settings", "analytics", "abc_a=99"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("abc_a"));

    r = (*this)(cmd({"segment", "--save", "--format", "json"}));
    REQUIRE(r.exitCode == 0);
    const auto json = nlohmann::json::parse(r.out);
    REQUIRE(json.size() == 5);
    CHECK(json[1]["cell"] == "BZ"); // Beta now B (60%..70%) and Z (CV 1 > 25%)

    const auto snaps = parseCsv(ok({"segment", "snapshots", "--format", "csv"}));
    REQUIRE(snaps.size() == 3);
    CHECK(snaps[2][2] == "first");
    const auto moves = byFirstColumn(parseCsv(ok({"segment", "diff", "1", "2", "--format", "csv"})));
    CHECK(moves.at("K-02")[2] == "AY");
    CHECK(moves.at("K-02")[3] == "BZ");
    CHECK(moves.count("K-01") == 0); // AX in both
    const auto counts = parseCsv(ok({"segment", "diff", "1", "2", "--counts", "--format", "csv"}));
    CHECK(counts[0] == std::vector<std::string>{"from", "to", "accounts"});
    r = (*this)({"segment", "diff", "1", "x"});
    CHECK(r.exitCode == 2);
    r = (*this)({"segment", "diff", "1", "9"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("snapshot 9 does not exist"));

    ok({"settings", "analytics", "--reset"});
    CHECK(byFirstColumn(parseCsv(ok({"settings", "analytics", "--format", "csv"}))).at("abc_a")[1] == "80");
}

TEST_CASE_METHOD(Book, "Bad segment options are usage errors")
{
    workedExample();
    for (const auto& args : std::vector<std::vector<std::string>>{{"segment", "--period", "week"},
                                                                 {"segment", "--abc", "80"},
                                                                 {"segment", "--from", "2024-13-01"},
                                                                 {"risk", "--view", "everything"}}) {
        const auto r = (*this)(args);
        CHECK(r.exitCode == 2);
        CHECK(r.out.empty());
    }
    const auto r = (*this)({"segment", "--from", "2024-05-01", "--to", "2024-04-01"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("before it starts"));
}

TEST_CASE_METHOD(Book, "concentration, score, risk, cadence and prospects write CSV and JSON")
{
    workedExample();
    auto conc = parseCsv(ok(cmd({"concentration", "--format", "csv"})));
    REQUIRE(conc.size() == 2);
    // Herfindahl: 0.36 + 0.04 + 0.01 + 0.0036 + 0.0016
    CHECK(conc[1] == std::vector<std::string>{"5", "1000.00", "0.600000", "1.000000", "1.000000", "0.415200"});

    const auto score = nlohmann::json::parse(ok(cmd({"score", "--format", "json"})));
    REQUIRE(score.size() == 5);
    for (const auto& row : score) {
        double sum = 0;
        for (const char* f : {"volume", "frequency", "modifications", "beta_tests", "feedback", "growth"})
            sum += std::stod(row[f].get<std::string>());
        CHECK(sum == Approx(std::stod(row["score"].get<std::string>())).margin(0.03));
    }

    const auto risk = parseCsv(ok({"risk", "--as-of", "2024-12-01", "--format", "csv"}));
    CHECK(risk[0][0] == "account_ref");
    const auto lost = byFirstColumn(risk);
    CHECK(lost.at("K-01")[3] == "lost"); // last purchase 2024-04-10: 235 days
    const auto churn = parseCsv(ok({"risk", "--view", "churn", "--as-of", "2024-12-01", "--format", "csv"}));
    CHECK(churn.size() == 13);
    const auto winback = parseCsv(ok({"risk", "--view", "winback", "--as-of", "2024-12-01", "--format", "csv"}));
    CHECK(winback[1][0] == "K-01");

    const auto cadence = parseCsv(ok({"cadence", "--as-of", "2024-05-15", "--format", "csv"}));
    CHECK(cadence[0][0] == "owner");
    CHECK(cadence.size() == 6); // nobody was ever contacted: every classified account is due

    ok({"accounts", "add", "--name", "Hopeful", "--status", "prospect"});
    const auto prospects = parseCsv(ok({"prospects", "--format", "csv"}));
    REQUIRE(prospects.size() == 2);
    CHECK(prospects[1][1] == "Hopeful");
    CHECK(prospects[1][5] == "0");
}

TEST_CASE_METHOD(Book, "dashboard lists the day's items by section, for everyone or one manager")
{
    ok({"demo", "--accounts", "20", "--years", "1"});
    const auto everyone = nlohmann::json::parse(ok({"dashboard", "--format", "json"}));
    REQUIRE_FALSE(everyone.empty());
    const std::set<std::string> sections = {"follow_up", "commitment", "contact", "risk", "interaction"};
    std::string manager;
    int overdue = 0;
    for (const auto& row : everyone) {
        const auto section = row["section"].get<std::string>();
        CHECK(sections.count(section) == 1);
        if (section == "follow_up") {
            const auto state = row["state"].get<std::string>();
            CHECK((state == "overdue" || state == "due_today"));
            overdue += state == "overdue" ? 1 : 0;
            if (manager.empty() && !row["manager"].get<std::string>().empty())
                manager = row["manager"].get<std::string>();
        }
        if (section == "commitment" && row["state"].get<std::string>() != "overdue")
            CHECK(row["days"].get<int>() <= 14);
        CHECK(row["account_id"].get<int>() > 0);
    }
    CHECK(overdue > 0); // the demo company is behind, as companies are
    REQUIRE_FALSE(manager.empty());

    const auto mine = nlohmann::json::parse(ok({"dashboard", "--manager", manager, "--format", "json"}));
    REQUIRE_FALSE(mine.empty());
    CHECK(mine.size() < everyone.size());
    for (const auto& row : mine) {
        const auto section = row["section"].get<std::string>();
        if (section == "follow_up" || section == "commitment" || section == "contact" || section == "risk")
            CHECK(row["manager"].get<std::string>() == manager);
    }

    const auto unknown = (*this)({"dashboard", "--manager", "nobody@example.com"});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("nobody@example.com") != std::string::npos);
}
