#include "TempDir.h"
#include "app/CalendarExport.h"

#include <catch2/catch.hpp>

using namespace keystone;
using keystone::test::TempDir;

namespace {

const FixedClock kClock(*DateTime::parseIso("2026-11-22T10:00:00Z"));

std::size_t countOf(const std::string& text, const std::string& what)
{
    std::size_t n = 0;
    for (std::size_t pos = 0; (pos = text.find(what, pos)) != std::string::npos; ++pos)
        ++n;
    return n;
}

} // namespace

TEST_CASE("Calendar: follow-ups of the chosen owner and account, meetings only in the future")
{
    TempDir dir;
    Store store(dir / "k.db", kClock);
    Manager anna{0, "Anna", "anna@example.com", true};
    store.managers().create(anna);
    Manager boris{0, "Boris", "boris@example.com", true};
    store.managers().create(boris);
    Account a;
    a.name = "Alpha";
    store.accounts().create(a);
    Account archived;
    archived.name = "Gone";
    archived.archivedAt = kClock.now();
    store.accounts().create(archived);
    Contact dana;
    dana.accountId = a.id;
    dana.name = "Dana";
    dana.email = "dana@alpha.example";
    store.contacts().create(dana);

    auto followUp = [&](AccountId account, const char* title, ManagerId owner) {
        FollowUp f;
        f.accountId = account;
        f.title = title;
        f.dueDate = *Date::parseIso("2026-12-01");
        f.ownerId = owner;
        store.followUps().create(f);
    };
    followUp(a.id, "Anna's", anna.id);
    followUp(a.id, "Boris's", boris.id);
    followUp(archived.id, "Archived", anna.id);
    auto interaction = [&](const char* when, const char* subject, ManagerId manager) {
        Interaction i;
        i.accountId = a.id;
        i.kind = InteractionKind::Meeting;
        i.occurredAt = *DateTime::parseIso(when);
        i.subject = subject;
        i.managerId = manager;
        i.contactIds = {dana.id};
        store.interactions().create(i);
    };
    interaction("2026-11-01T10:00:00Z", "Past", anna.id);
    interaction("2026-11-25T10:00:00Z", "Planned by Anna", anna.id);
    interaction("2026-11-26T10:00:00Z", "Planned by Boris", boris.id);

    auto all = exportCalendar(store, {});
    CHECK(all.todos == 2); // the archived account's follow-up is left out
    CHECK(all.events == 2);
    CHECK(countOf(all.text, "SUMMARY:Alpha: Planned by") == 2);
    CHECK(countOf(all.text, "Past") == 0);
    CHECK(countOf(all.text, "ATTENDEE;CN=Dana:mailto:dana@alpha.example\r\n") == 2);
    CHECK(countOf(all.text, "DTSTAMP:20261122T100000Z\r\n") == 4);

    CalendarQuery mine;
    mine.ownerId = anna.id;
    auto annas = exportCalendar(store, mine);
    CHECK(annas.todos == 1);
    CHECK(annas.events == 1);
    CHECK(countOf(annas.text, "Anna's") == 1);

    CalendarQuery gone;
    gone.accountId = archived.id;
    CHECK(exportCalendar(store, gone).todos == 1); // asked for by name, it is included
}
