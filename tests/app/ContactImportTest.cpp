// Contact imports: matched by e-mail, else by name, within the account.
#include "AppFixture.h"
#include "app/Import.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::test;

namespace {

// The account whose people the files list, reference A1.
struct AcmeFixture : WorkspaceFixture
{
    AcmeFixture() { addAccount(ws, "Acme", "A1"); }
};

} // namespace

TEST_CASE_METHOD(AcmeFixture,
                 "Contacts upsert by e-mail else name within the account - reports_to may point down the file")
{
    const auto file = writeFile(dir, "c.csv",
                                "account,name,email,role,influence,reports_to,phones\n"
                                "A1,Dana Cohen,dana@acme.test,champion,4,boss@acme.test,\"work: +972 3 555 0101; "
                                "+972 50 555 0102\"\n"
                                "A1,Mark Boss,boss@acme.test,decision_maker,5,,\n"
                                "A1,Без Почты,,user,2,Mark Boss,\n");
    const auto s = importCsv(ws, options(ImportKind::Contacts, file));
    CHECK(s.created == 3);
    const auto contacts = ws.store().contacts().listForAccount(ws.store().accounts().findByRef("A1")->id);
    REQUIRE(contacts.size() == 3);
    const Contact* dana = nullptr;
    const Contact* boss = nullptr;
    const Contact* noMail = nullptr;
    for (const auto& c : contacts) {
        if (c.name == "Dana Cohen")
            dana = &c;
        else if (c.name == "Mark Boss")
            boss = &c;
        else
            noMail = &c;
    }
    REQUIRE((dana && boss && noMail));
    CHECK(dana->reportsTo == boss->id);
    CHECK(noMail->reportsTo == boss->id);
    CHECK(dana->role == DecisionRole::Champion);
    REQUIRE(dana->phones.size() == 2);
    CHECK(dana->phones[0] == Phone{"work", "+972 3 555 0101"});
    CHECK(dana->phones[1] == Phone{"", "+972 50 555 0102"});

    auto again = options(ImportKind::Contacts, file);
    again.again = true;
    const auto second = importCsv(ws, again);
    CHECK(second.created == 0);
    CHECK(second.unchanged == 3);

    const auto bad = writeFile(dir, "bad.csv", "account,name,email,influence\nA1,X,not-an-address,9\nZZ,Y,,\n");
    try {
        importCsv(ws, options(ImportKind::Contacts, bad));
        FAIL("invalid contacts were imported");
    } catch (const ImportRejected& e) {
        const auto& p = e.summary().problems;
        REQUIRE(p.size() == 3);
        CHECK(p[0].column == "influence");
        CHECK(p[1].column == "email");
        CHECK(p[2].column == "account");
        CHECK(p[2].line == 3);
    }
}
