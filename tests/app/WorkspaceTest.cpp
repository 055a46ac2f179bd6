#include "AppFixture.h"
#include "app/AccountColumns.h"
#include "app/OpenError.h"
#include "app/Paths.h"
#include "app/Workspace.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

using namespace keystone;
using namespace keystone::test;

TEST_CASE("Accounts resolve by reference first, by id with #")
{
    TempDir dir;
    Workspace ws(dir / "sub" / "k.db", kClock); // creates missing folders
    Account numeric;
    numeric.name = "Numeric ref";
    numeric.ref = "2";
    numeric = ws.addAccount(numeric);
    Account plain = addAccount(ws, "Plain");
    REQUIRE(plain.id == 2);
    CHECK(ws.resolveAccount("2").id == numeric.id); // the customer number wins
    CHECK(ws.resolveAccount("#2").id == plain.id);
    CHECK(ws.resolveAccount(" 1 ").id == numeric.id);
    CHECK_THROWS_WITH(ws.resolveAccount("#99"), Catch::Contains("'99'"));
}

TEST_CASE_METHOD(WorkspaceFixture,
                 "Whether there are more than n accounts is answered without counting, archived ones on request")
{
    CHECK_FALSE(ws.hasMoreAccountsThan(0, false));
    CHECK_FALSE(ws.hasMoreAccountsThan(0, true));
    for (const char* name : {"Gamma", "Alpha", "Beta"}) {
        Account a;
        a.name = name;
        ws.addAccount(a);
    }
    CHECK(ws.hasMoreAccountsThan(0, false));
    CHECK(ws.hasMoreAccountsThan(2, false));
    CHECK_FALSE(ws.hasMoreAccountsThan(3, false));
    ws.store().accounts().remove(ws.resolveAccount("#1").id, RemoveMode::Archive);
    CHECK_FALSE(ws.hasMoreAccountsThan(2, false));
    CHECK(ws.hasMoreAccountsThan(2, true));
    CHECK_FALSE(ws.hasMoreAccountsThan(3, true));
}

TEST_CASE_METHOD(WorkspaceFixture, "Managers resolve by e-mail or by a unique name")
{
    Manager a{0, "Анна Петрова", "anna@example.com", true};
    Manager b{0, "Boris", "boris1@example.com", true};
    Manager c{0, "Boris", "boris2@example.com", true};
    ws.store().managers().create(a);
    ws.store().managers().create(b);
    ws.store().managers().create(c);
    CHECK(ws.resolveManager("ANNA@example.com") == a.id);
    CHECK(ws.resolveManager("анна петрова") == a.id);
    CHECK_THROWS_WITH(ws.resolveManager("Boris"), Catch::Contains("more than one"));
    Account acc;
    acc.name = "Acme";
    CHECK(ws.addAccount(acc, "anna@example.com").ownerId == a.id);
    const auto rows = ws.listAccounts({});
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].ownerName == "Анна Петрова");
}

TEST_CASE_METHOD(WorkspaceFixture, "Details gather the account's whole dossier")
{
    Account acc = addAccount(ws, "Acme");
    Interaction past, planned;
    past.accountId = planned.accountId = acc.id;
    past.subject = "Visit";
    past.occurredAt = *DateTime::parseIso("2026-11-01T10:00:00Z");
    planned.subject = "Planned review";
    planned.occurredAt = *DateTime::parseIso("2026-12-01T10:00:00Z");
    ws.store().interactions().create(past);
    ws.store().interactions().create(planned);
    FollowUp open, done;
    open.accountId = done.accountId = acc.id;
    open.title = "Send offer";
    open.dueDate = *Date::parseIso("2026-11-30");
    done.title = "Old";
    done.dueDate = *Date::parseIso("2026-10-01");
    done.done = true;
    ws.store().followUps().create(open);
    ws.store().followUps().create(done);
    const auto d = ws.details(acc.id);
    CHECK(d.interactions.size() == 2);
    CHECK(d.lastContact == past.occurredAt); // a planned meeting is not contact yet
    CHECK(d.nextFollowUp == open.dueDate);
    CHECK(d.followUps.size() == 2);
}

TEST_CASE("Account columns are chosen by key")
{
    AccountListRow row;
    row.account.id = 7;
    row.account.name = "=HYPERLINK(\"x\")";
    row.account.headcount = 12;
    row.ownerName = "Anna";
    const auto cols = selectColumns(accountColumns(), {"name", "headcount", "owner", "need"});
    const Table t = makeTable(cols, std::vector<AccountListRow>{row});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.headers == std::vector<std::string>{"name", "headcount", "owner", "need"});
    CHECK(t.rows[0][0].text == "=HYPERLINK(\"x\")"); // data is never altered here; writers protect it
    CHECK(t.rows[0][1].isNumber);
    CHECK(t.rows[0][3].isNull);
    CHECK_THROWS_WITH(selectColumns(accountColumns(), {"nope"}), Catch::Contains("unknown column 'nope'"));
}

TEST_CASE("The default database follows KEYSTONE_DB and the XDG rules")
{
    const char* saved = std::getenv("KEYSTONE_DB");
    const std::string savedDb = saved ? saved : "";
    setenv("KEYSTONE_DB", "/tmp/x/override.db", 1);
    CHECK(defaultDatabasePath() == "/tmp/x/override.db");
    unsetenv("KEYSTONE_DB");
    setenv("XDG_DATA_HOME", "/tmp/xdg", 1);
    CHECK(defaultDatabasePath() == "/tmp/xdg/Keystone/keystone.db");
    setenv("XDG_DATA_HOME", "relative/is/ignored", 1);
    setenv("HOME", "/home/anna", 1);
    CHECK(defaultDatabasePath() == "/home/anna/.local/share/Keystone/keystone.db");
    if (saved)
        setenv("KEYSTONE_DB", savedDb.c_str(), 1);
}

TEST_CASE_METHOD(WorkspaceFixture, "An interaction and the follow-up it leads to are logged and removed together")
{
    Account account = addAccount(ws, "Acme");
    Interaction call;
    call.accountId = account.id;
    call.occurredAt = kClock.now();
    call.subject = "Price review";
    FollowUp next;
    next.title = "Send the offer";
    next.dueDate = kClock.today().addDays(3);
    const LoggedInteraction logged = ws.logInteraction(call, next);
    REQUIRE(logged.followUp);
    CHECK(logged.followUp->interactionId == logged.interaction.id);
    CHECK(logged.followUp->accountId == account.id);
    CHECK(ws.details(account.id).followUps.size() == 1);

    SECTION("an invalid follow-up leaves no interaction behind")
    {
        FollowUp untitled;
        untitled.dueDate = kClock.today();
        CHECK_THROWS_AS(ws.logInteraction(call, untitled), ValidationError);
        CHECK(ws.details(account.id).interactions.size() == 1);
    }
    SECTION("removing takes both")
    {
        ws.removeLoggedInteraction(logged);
        const auto d = ws.details(account.id);
        CHECK(d.interactions.empty());
        CHECK(d.followUps.empty());
        CHECK(ws.search("price").empty());
    }
    SECTION("a follow-up is done and open again")
    {
        const FollowUp done = ws.setFollowUpDone(logged.followUp->id, true);
        CHECK(done.done);
        CHECK(done.doneAt == kClock.now());
        CHECK_FALSE(ws.setFollowUpDone(done.id, false).doneAt);
        CHECK_THROWS_AS(ws.setFollowUpDone(999, true), NotFoundError);
    }
}

TEST_CASE_METHOD(WorkspaceFixture, "Open follow-ups across accounts come by due date, filtered by manager")
{
    Manager anna{0, "Анна Петрова", "anna@example.com", true};
    Manager boris{0, "Boris", "boris@example.com", true};
    ws.store().managers().create(anna);
    ws.store().managers().create(boris);
    Account a;
    a.name = "Acme";
    a = ws.addAccount(a, "anna@example.com");
    Account b;
    b.name = "Beta";
    b = ws.addAccount(b, "anna@example.com");
    const auto add = [&](AccountId account, const char* title, int days, std::optional<ManagerId> owner) {
        FollowUp f;
        f.accountId = account;
        f.title = title;
        f.dueDate = kClock.today().addDays(days);
        f.ownerId = owner;
        ws.store().followUps().create(f);
        return f;
    };
    add(a.id, "later", 5, std::nullopt);
    add(b.id, "overdue", -3, boris.id);
    const FollowUp done = add(a.id, "done", -10, std::nullopt);
    ws.setFollowUpDone(done.id, true);

    const auto all = ws.openFollowUps();
    REQUIRE(all.size() == 2);
    CHECK(all[0].followUp.title == "overdue");
    CHECK(all[0].accountName == "Beta");
    CHECK(all[0].managerName == "Boris"); // the follow-up's own owner wins
    CHECK(all[1].managerName == "Анна Петрова"); // else the account's manager
    const auto annas = ws.openFollowUps(anna.id);
    REQUIRE(annas.size() == 1);
    CHECK(annas[0].followUp.title == "later");
}

TEST_CASE("Many open follow-ups read their accounts in one go and still skip archived accounts")
{
    // Over 500 open follow-ups Workspace::openFollowUps reads the listed accounts in one statement
    // instead of one find per account: the same rows must come out.
    TempDir dir;
    Workspace ws(dir / "k.db", kClock);
    Manager anna{0, "Анна Петрова", "anna@example.com", true};
    ws.store().managers().create(anna);
    Account a;
    a.name = "Acme";
    a = ws.addAccount(a, "anna@example.com");
    Account b;
    b.name = "北京贸易";
    b = ws.addAccount(b, "");
    Account gone;
    gone.name = "Gone";
    gone = ws.addAccount(gone, "anna@example.com");
    {
        auto tx = ws.store().transaction();
        for (int i = 0; i < 600; ++i) {
            FollowUp f;
            f.accountId = i % 3 == 0 ? a.id : i % 3 == 1 ? b.id : gone.id;
            f.title = "step " + std::to_string(i);
            f.dueDate = kClock.today().addDays(i % 50 - 25);
            ws.store().followUps().create(f);
        }
        tx.commit();
    }
    ws.store().accounts().remove(gone.id, RemoveMode::Archive);

    const auto all = ws.openFollowUps();
    REQUIRE(all.size() == 400); // the archived account's 200 are left out
    std::size_t acme = 0;
    for (std::size_t i = 0; i < all.size(); ++i) {
        const auto& row = all[i];
        REQUIRE(row.followUp.accountId != gone.id);
        if (i > 0)
            CHECK(all[i - 1].followUp.dueDate <= row.followUp.dueDate);
        if (row.followUp.accountId == a.id) {
            ++acme;
            CHECK(row.accountName == "Acme");
            CHECK(row.managerName == "Анна Петрова");
        } else {
            CHECK(row.accountName == "北京贸易");
            CHECK_FALSE(row.managerId);
        }
    }
    CHECK(acme == 200);
    CHECK(ws.openFollowUps(anna.id).size() == 200);
}

TEST_CASE("a file that cannot be opened is an OpenError with its reason")
{
    TempDir dir;
    const auto foreign = dir / "notes.db";
    {
        std::ofstream out(foreign, std::ios::binary);
        out << std::string(8192, 'k');
    }
    try {
        Workspace ws(foreign, kClock);
        FAIL("a file that is not a database was opened");
    } catch (const OpenError& e) {
        CHECK(e.reason() == OpenError::Reason::NotADatabase);
    }
    // A file where the database's folder should be made.
    {
        std::ofstream blocker(dir / "file");
    }
    try {
        Workspace ws(dir / "file" / "k.db", kClock);
        FAIL("a database was made below a file");
    } catch (const OpenError& e) {
        CHECK(e.reason() == OpenError::Reason::CannotOpen);
    }
}
