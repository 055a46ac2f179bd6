#include "TempDir.h"
#include "app/Analytics.h"
#include "app/AnalyticsColumns.h"
#include "app/Workspace.h"

#include <catch2/catch.hpp>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

Date d(const char* iso) { return *Date::parseIso(iso); }

struct Book
{
    TempDir dir;
    Workspace ws{dir / "k.db", kClock};
    Analytics analytics{ws.store(), kClock};

    AccountId account(const char* ref, const char* name)
    {
        Account a;
        a.name = name;
        a.ref = ref;
        return ws.addAccount(a).id;
    }
    void sale(AccountId id, const char* date, std::int64_t major)
    {
        std::vector<SaleLine> lines(1);
        lines[0].accountId = id;
        lines[0].date = d(date);
        lines[0].amount = Money::fromMajor(major);
        lines[0].margin = Money::fromMajor(major / 4);
        ws.store().sales().add(lines);
    }
    void interaction(AccountId id, InteractionKind kind, const char* at)
    {
        Interaction i;
        i.accountId = id;
        i.kind = kind;
        i.subject = "x";
        i.occurredAt = *DateTime::parseIso(at);
        ws.store().interactions().create(i);
    }
};

} // namespace

TEST_CASE_METHOD(Book, "Segmentation reads whole months from the totals and cut months from the lines")
{
    const AccountId a = account("A", "Alpha");
    const AccountId b = account("B", "Beta");
    sale(a, "2026-01-10", 100); // before the window's first day
    sale(a, "2026-01-20", 60);
    sale(a, "2026-02-15", 60);
    sale(a, "2026-03-05", 60);
    sale(a, "2026-03-25", 1000); // after the window's last day
    sale(b, "2026-02-01", 20);
    SegmentRequest r;
    r.from = d("2026-01-15");
    r.to = d("2026-03-10");
    const auto p = analytics.parameters(r);
    const auto result = analytics.segment(p);
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].ref == "A");
    CHECK(result.rows[0].total == Money::fromMajor(180));
    CHECK(result.rows[0].cv == 0.0);
    CHECK(result.rows[1].total == Money::fromMajor(20));
    CHECK(result.rows[1].isNew); // first sale in February, after the (partial) first month
    CHECK(result.total == Money::fromMajor(200));

    // Within one month, both ends cut.
    r.from = d("2026-03-01");
    r.to = d("2026-03-10");
    const auto march = analytics.segment(analytics.parameters(r));
    REQUIRE(march.rows.size() == 1);
    CHECK(march.rows[0].total == Money::fromMajor(60));
}

TEST_CASE_METHOD(Book, "Settings are JSON in the database and fill in what the request leaves out")
{
    auto s = analytics.settings();
    CHECK(s.abcA == 80);
    s.set("abc", "70,90");
    s.set("period", "quarter");
    s.set("window_months", "6");
    CHECK_THROWS_AS(s.set("abc_a", "99"), ValidationError); // above abc_b
    CHECK_THROWS_AS(s.set("colour", "red"), ValidationError);
    CHECK_THROWS_AS(s.set("lost_days", "1.5"), ValidationError);
    analytics.saveSettings(s);
    CHECK(ws.store().settings().get("analytics")->find("\"abc_a\":70") != std::string::npos);
    const auto back = analytics.settings();
    CHECK(back.abcB == 90);
    CHECK(back.period == analytics::Period::Quarter);

    const auto p = analytics.parameters({});
    CHECK(p.abcA == 7000);
    CHECK(p.period == analytics::Period::Quarter);
    CHECK(p.from == d("2026-05-01")); // six full months before 2026-11-22
    CHECK(p.to == d("2026-10-31"));
    SegmentRequest r;
    r.abc = std::pair{85.0, 97.5};
    r.to = d("2026-06-30");
    const auto q = analytics.parameters(r);
    CHECK(q.abcB == 9750);
    CHECK(q.from == d("2026-01-01"));
    r.abc = std::pair{96.0, 95.0};
    CHECK_THROWS_AS(analytics.parameters(r), ValidationError);

    // Stored keys load in any order: abc_a=96 is only checked against the stored abc_b.
    s.set("abc", "96,97");
    analytics.saveSettings(s);
    CHECK(analytics.settings().abcA == 96);
    ws.store().settings().set("analytics", R"({"abc_a": 99, "abc_b": 90})");
    CHECK_THROWS_AS(analytics.settings(), ValidationError);
}

TEST_CASE_METHOD(Book, "Saving a revenue run stores a snapshot and marks anchors; diff shows who moved")
{
    const AccountId big = account("BIG", "Big");
    const AccountId small = account("SM", "Small");
    account("NONE", "No sales");
    sale(big, "2026-05-03", 900);
    sale(small, "2026-05-04", 100);
    SegmentRequest r;
    r.from = d("2026-05-01");
    r.to = d("2026-05-31");
    auto first = analytics.save(analytics.segment(analytics.parameters(r)), "May");
    CHECK(first.snapshot.rowCount == 2);
    REQUIRE(first.markedAnchor.size() == 2); // 90% and 10% both reach the anchor share
    CHECK(ws.store().accounts().find(big)->kinds.has(KeyAccountKind::Anchor));
    sale(small, "2026-06-04", 5000);
    r.to = d("2026-06-30");
    auto second = analytics.save(analytics.segment(analytics.parameters(r)));
    CHECK(second.markedAnchor.empty()); // already anchors
    CHECK(second.snapshot.label == "2026-05-01..2026-06-30 month revenue");
    const auto list = analytics.snapshots();
    REQUIRE(list.size() == 2);
    const auto diff = analytics.diff(first.snapshot.id, second.snapshot.id);
    REQUIRE(diff.moves.size() == 2);
    CHECK(diff.moves[0].ref == "BIG");
    CHECK(diff.moves[0].from == "AX");
    CHECK(diff.moves[0].to == "BY");
    CHECK(diff.moves[1].ref == "SM");
    CHECK(diff.moves[1].to == "AY");
    CHECK_THROWS_AS(analytics.diff(first.snapshot.id, 99), NotFoundError);

    // Margin runs do not mark anchors.
    Account plain;
    plain.name = "Plain";
    plain = ws.addAccount(plain);
    sale(plain.id, "2026-05-05", 100000);
    r.measure = analytics::Measure::Margin;
    CHECK(analytics.save(analytics.segment(analytics.parameters(r))).markedAnchor.empty());
}

TEST_CASE_METHOD(Book, "Risk, win-back and cadence read the book")
{
    const AccountId regular = account("R", "Regular");
    const AccountId gone = account("G", "Gone");
    for (const char* day : {"2026-07-01", "2026-08-01", "2026-09-01", "2026-10-01"})
        sale(regular, day, 100);
    sale(gone, "2026-01-10", 700);
    Competitor rival;
    rival.name = "Rival";
    ws.store().competitors().create(rival);
    Tender t;
    t.accountId = gone;
    t.title = "Supply";
    t.date = d("2026-03-01");
    t.outcome = TenderOutcome::Lost;
    t.winnerId = rival.id;
    ws.store().tenders().create(t);

    const auto rows = analytics.risk(d("2026-11-22"));
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].ref == "G");
    CHECK(rows[0].state == analytics::RiskState::Lost);
    const auto later = analytics.risk(d("2026-12-15")); // 75 days > 2 x 31
    REQUIRE(later.size() == 2);
    CHECK(later[1].ref == "R");
    CHECK(later[1].state == analytics::RiskState::AtRisk);
    const auto wb = analytics.winBack(d("2026-11-22"));
    REQUIRE(wb.size() == 1);
    CHECK(wb[0].wentTo == "Rival");
    const auto ch = analytics.churn(d("2026-11-22"));
    int lost = 0;
    for (const auto& m : ch)
        lost += m.lost;
    CHECK(lost == 1);

    interaction(regular, InteractionKind::Visit, "2026-10-01T09:00Z");
    interaction(regular, InteractionKind::BetaTest, "2026-10-02T09:00Z");
    const auto due = analytics.cadence(d("2026-11-22"));
    // Regular is A (the only account with revenue in the window), contacted 51 days ago: overdue by 21.
    REQUIRE(due.size() == 2);
    const auto& reg = due[0].ref == "R" ? due[0] : due[1];
    CHECK(reg.abc == 'A');
    CHECK(reg.overdueBy == 21);

    const auto scores = analytics.score(analytics.parameters({}));
    REQUIRE(scores.size() == 2);
    CHECK(scores[0].ref == "R");
    CHECK(scores[0].suggestExpert);
    const auto table = scoreTable(scores);
    CHECK(table.headers[3] == "volume");
}

TEST_CASE_METHOD(Book, "Unsaving a snapshot deletes it and unmarks only the anchors it marked")
{
    const AccountId big = account("BIG", "Big");
    const AccountId small = account("SM", "Small");
    sale(big, "2026-05-03", 900);
    sale(small, "2026-05-04", 100);
    Account marked = *ws.store().accounts().find(big);
    marked.kinds.set(KeyAccountKind::Anchor); // an anchor before the run
    ws.store().accounts().update(marked);
    SegmentRequest r;
    r.from = d("2026-05-01");
    r.to = d("2026-05-31");
    const auto kept = analytics.save(analytics.segment(analytics.parameters(r)), "kept");
    Account unmarked = *ws.store().accounts().find(small);
    unmarked.kinds.set(KeyAccountKind::Anchor, false); // so the next run marks it again
    ws.store().accounts().update(unmarked);
    const auto saved = analytics.save(analytics.segment(analytics.parameters(r)), "taken back");
    REQUIRE(saved.markedAnchor.size() == 1);
    CHECK(saved.markedAnchor[0].id == small);

    analytics.unsave(saved);
    const auto list = analytics.snapshots();
    REQUIRE(list.size() == 1);
    CHECK(list[0].id == kept.snapshot.id);
    CHECK(ws.store().accounts().find(big)->kinds.has(KeyAccountKind::Anchor));
    CHECK_FALSE(ws.store().accounts().find(small)->kinds.has(KeyAccountKind::Anchor));
    CHECK_THROWS_AS(analytics.unsave(saved), NotFoundError);
}
