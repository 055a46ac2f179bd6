#include "AppFixture.h"
#include "app/ContactExchange.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace keystone;
using namespace keystone::test;

namespace {

void write(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream out(path, std::ios::binary);
    out << text;
}

} // namespace

TEST_CASE_METHOD(StoreFixture, "Contacts: vCard export then import into another account, and again")
{
    Account a = createAccount(store, "Северсталь");
    Account b = createAccount(store, "Other");
    Contact boss;
    boss.accountId = a.id;
    boss.name = "Игорь Смирнов";
    boss.email = "igor@example.ru";
    boss.phones = {{"work", "+7 812 555 01 01"}};
    boss.role = DecisionRole::DecisionMaker;
    boss.influence = 5;
    boss.notes = "Two lines\nof notes; with, punctuation";
    store.contacts().create(boss);
    Contact clerk;
    clerk.accountId = a.id;
    clerk.name = "王伟";
    store.contacts().create(clerk);

    write(dir / "a.vcf", exportContactCards(store, {a.id}));
    auto report = importContactCards(store, b.id, dir / "a.vcf", false);
    CHECK(report.count("contacts").created == 2);
    const auto copied = store.contacts().listForAccount(b.id);
    REQUIRE(copied.size() == 2);
    Contact expected = boss;
    expected.id = copied[0].id;
    expected.accountId = b.id;
    expected.createdAt = copied[0].createdAt;
    expected.updatedAt = copied[0].updatedAt;
    CHECK(copied[0] == expected); // ordered by folded name: Cyrillic before Han

    report = importContactCards(store, b.id, dir / "a.vcf", false);
    CHECK(report.count("contacts").unchanged == 2);
    CHECK(report.count("contacts").created == 0);
}

TEST_CASE_METHOD(StoreFixture, "Contacts: a foreign card changes only the fields it carries")
{
    Account a = createAccount(store, "Acme");
    Contact known;
    known.accountId = a.id;
    known.name = "John Doe";
    known.email = "j.doe@example.com";
    known.role = DecisionRole::Champion;
    known.notes = "ours";
    store.contacts().create(known);
    write(dir / "tb.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL;PREF=1:J.Doe@example.com\r\nFN:John Doe\r\n"
                          "TITLE;VALUE=TEXT:CTO\r\nEND:VCARD\r\n");
    auto dry = importContactCards(store, a.id, dir / "tb.vcf", true);
    CHECK(dry.count("contacts").updated == 1);
    CHECK(store.contacts().listForAccount(a.id)[0].position.empty());
    importContactCards(store, a.id, dir / "tb.vcf", false);
    const auto after = store.contacts().listForAccount(a.id);
    REQUIRE(after.size() == 1);
    CHECK(after[0].position == "CTO");
    CHECK(after[0].role == DecisionRole::Champion);
    CHECK(after[0].notes == "ours");
    CHECK(after[0].email == "J.Doe@example.com");
}

TEST_CASE_METHOD(StoreFixture, "Contacts: a bad card stops the whole file, naming the file and the line")
{
    Account a = createAccount(store, "Acme");
    write(dir / "bad.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good\r\nEND:VCARD\r\n"
                           "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bad\r\nEMAIL:bad\r\nEND:VCARD\r\n");
    CHECK_THROWS_WITH(importContactCards(store, a.id, dir / "bad.vcf", false),
                      (dir / "bad.vcf").string() +
                          ": 1 problem, nothing was imported\n  line 8: EMAIL: not an e-mail address");
    CHECK(store.contacts().listForAccount(a.id).empty());
}
