#include "domain/Account.h"
#include "domain/Contact.h"
#include "domain/Dossier.h"
#include "domain/FollowUp.h"
#include "domain/Interaction.h"
#include "domain/Tender.h"
#include "domain/Validation.h"

#include <catch2/catch.hpp>

using namespace keystone;

namespace {
bool hasError(const std::vector<FieldError>& errors, const std::string& field)
{
    for (const auto& e : errors)
        if (e.field == field)
            return true;
    return false;
}
} // namespace

TEST_CASE("An account needs a name and sane fields")
{
    Account a;
    auto errors = a.validate();
    CHECK(hasError(errors, "name"));
    a.name = "ООО Юэцин";
    a.headcount = -1;
    a.ref = " 17850";
    a.tags = {"vip", "a,b"};
    errors = a.validate();
    CHECK_FALSE(hasError(errors, "name"));
    CHECK(hasError(errors, "headcount"));
    CHECK(hasError(errors, "ref"));
    CHECK(hasError(errors, "tags"));
    a.headcount = 250;
    a.ref = "17850";
    a.tags = {"vip"};
    CHECK(a.validate().empty());
    a.name = "bad \xFF byte";
    CHECK(hasError(a.validate(), "name"));
}

TEST_CASE("A validation error names every field")
{
    Contact c;
    c.email = "not-an-address";
    c.influence = 9;
    try {
        throwIfInvalid(c.validate());
        FAIL("expected a validation error");
    } catch (const ValidationError& e) {
        CHECK(hasError(e.errors(), "account"));
        CHECK(hasError(e.errors(), "name"));
        CHECK(hasError(e.errors(), "email"));
        CHECK(hasError(e.errors(), "influence"));
        CHECK(std::string(e.what()).find("email: not an e-mail address") != std::string::npos);
    }
}

TEST_CASE("Kinds are a set with stable keys")
{
    KindSet kinds;
    kinds.set(KeyAccountKind::Expert);
    kinds.set(KeyAccountKind::Anchor);
    CHECK(kinds.toKeys() == "anchor,expert");
    CHECK(KindSet::parseKeys("expert; anchor") == kinds);
    CHECK_FALSE(KindSet::parseKeys("anchor,whale"));
    kinds.set(KeyAccountKind::Anchor, false);
    CHECK(kinds.toKeys() == "expert");
    CHECK(fromKey<AccountStatus>("at_risk") == AccountStatus::AtRisk);
    CHECK(toKey(DecisionRole::EconomicBuyer) == "economic_buyer");
    CHECK(keyList<TenderOutcome>() == "open, won, lost, withdrawn");
}

TEST_CASE("Dossier completeness counts filled sections")
{
    Dossier d;
    d.accountId = 1;
    CHECK(d.completenessPercent() == 0);
    d.description = "Maker of pumps";
    d.decisionProcess = "The board decides in March";
    d.needs = "   ";
    CHECK(d.filledSections() == 2);
    CHECK(d.completenessPercent() == 25);
}

TEST_CASE("Follow-ups, interactions and tenders validate their fields")
{
    FollowUp f;
    f.accountId = 1;
    f.dueDate = *Date::fromYmd(2026, 11, 20);
    CHECK(hasError(f.validate(), "title"));
    f.title = "Send the delivery date";
    CHECK(f.validate().empty());
    CHECK(f.isOverdue(*Date::fromYmd(2026, 11, 22)));
    f.done = true;
    CHECK_FALSE(f.isOverdue(*Date::fromYmd(2026, 11, 22)));

    Interaction i;
    i.accountId = 1;
    CHECK(hasError(i.validate(), "occurred_at"));

    Tender t;
    t.accountId = 1;
    t.title = "Pumps 2026";
    t.winnerId = 3;
    CHECK(hasError(t.validate(), "winner"));
    t.outcome = TenderOutcome::Lost;
    CHECK(t.validate().empty());
}

TEST_CASE("Text fields refuse control characters but TAB and LF, naming the character and where it is")
{
    Interaction i;
    i.accountId = 1;
    i.occurredAt = DateTime::fromUnixSeconds(1'750'000'000); // 0 is "not set"
    i.subject = "Quarterly\treview";
    i.summary = "line one\nline two";
    CHECK(i.validate().empty());
    i.subject = "Bad\x1b[31m";
    auto errors = i.validate();
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].field == "subject");
    CHECK_THAT(errors[0].message, Catch::Contains("control character \\x1b at character 4"));
    i.subject = "ok";
    i.summary = "Ёж\r\n"; // CR is refused on its own and in CRLF: imports turn CRLF into LF first
    errors = i.validate();
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].message, Catch::Contains("\\x0d at character 3"));
}
