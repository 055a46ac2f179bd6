// Account imports: matched by reference, so the same file twice changes nothing.
#include "AppFixture.h"
#include "app/Import.h"

#include <catch2/catch.hpp>

using namespace keystone;
using namespace keystone::test;

TEST_CASE_METHOD(WorkspaceFixture, "Accounts upsert by reference: the same file twice changes nothing")
{
    Manager irina{0, "Ирина Соколова", "irina@example.com", true};
    ws.store().managers().create(irina);
    const auto file = writeFile(dir, "a.csv",
                                "customer_no,Company,Country,Status,Owner,Tags,Parent\n"
                                "R-1,ООО «Юэцин»,Россия,active,irina@example.com,\"vip,east\",R-2\n"
                                "R-2,Юэцин Холдинг,Россия,prospect,Ирина Соколова,,\n"
                                ",שלום בע\"מ,Israel,,,,\n");
    const auto first = importCsv(ws, options(ImportKind::Accounts, file));
    CHECK(first.created == 3);
    const auto child = ws.store().accounts().findByRef("R-1");
    const auto parent = ws.store().accounts().findByRef("R-2");
    REQUIRE(child);
    REQUIRE(parent);
    CHECK(child->parentId == parent->id); // a parent further down the file
    CHECK(child->tags == std::vector<std::string>{"vip", "east"});
    CHECK(parent->status == AccountStatus::Prospect);
    CHECK(parent->ownerId == child->ownerId);

    auto again = options(ImportKind::Accounts, file);
    again.again = true;
    const auto second = importCsv(ws, again);
    CHECK(second.created == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == 3);
    CHECK(ws.store().accounts().count({}) == 3);

    const auto changed = writeFile(dir, "b.csv", "ref,country\nR-1,Казахстан\nR-2,Россия\n");
    const auto third = importCsv(ws, options(ImportKind::Accounts, changed));
    CHECK(third.updated == 1);
    CHECK(third.unchanged == 1);
    CHECK(ws.store().accounts().findByRef("R-1")->country == "Казахстан");
    CHECK(ws.store().accounts().findByRef("R-1")->name == "ООО «Юэцин»"); // unmapped fields stay
}
