// The dossier report's facts: the account's details, its cell, its people.
#include "ReportFixture.h"
#include "domain/Errors.h"
#include "report/DossierReport.h"
#include "report/PdfOutput.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace keystone;
using namespace keystone::test;

namespace {

// The account with the most contacts, so the people section has something to show.
Account busiestAccount(Workspace& ws)
{
    Account best;
    std::size_t most = 0;
    for (const auto& row : ws.listAccounts({})) {
        const auto n = ws.store().contacts().listForAccount(row.account.id).size();
        if (n > most) {
            most = n;
            best = row.account;
        }
    }
    return best;
}

} // namespace

TEST_CASE("The dossier report gathers the account's details and its segment cell", "[report]")
{
    DemoDatabase db;
    Workspace ws(db.path(), fixedClock());
    const Account account = busiestAccount(ws);
    const auto data = report::collectDossierReport(ws, account.id);
    const auto details = ws.details(account.id);
    CHECK(data.details.account == details.account);
    CHECK(data.details.contacts.size() == details.contacts.size());
    CHECK(data.details.interactions.size() == details.interactions.size());
    CHECK(data.details.followUps.size() == details.followUps.size());
    CHECK(data.today == *Date::fromYmd(2026, 6, 15));

    Analytics analytics(ws.store(), ws.clock());
    const auto result = analytics.segment(analytics.parameters({}));
    const auto row = std::find_if(result.rows.begin(), result.rows.end(),
                                  [&](const auto& r) { return r.accountId == account.id; });
    REQUIRE(data.segment.has_value() == (row != result.rows.end()));
    if (row != result.rows.end())
        CHECK(data.segment->cell() == row->cell());
    for (const auto& t : data.details.tenders)
        if (t.winnerId)
            CHECK(data.competitors.count(*t.winnerId) == 1);
}

TEST_CASE("The dossier report prints every contact and dossier section", "[report]")
{
    DemoDatabase db;
    Workspace ws(db.path(), fixedClock());
    const Account account = busiestAccount(ws);
    const auto data = report::collectDossierReport(ws, account.id);
    REQUIRE(data.details.contacts.size() >= 2);
    const auto pdf = db / "dossier.pdf";
    const int pages = report::writePdf(pdf, QStringLiteral("Dossier"), [&](QPagedPaintDevice& device) {
        return report::printDossierReport(data, device);
    });
    CHECK(pdfPages(pdf) == pages);
    const std::string text = pdfText(pdf);
    CHECK(text.find(foldSpaces(account.name)) != std::string::npos);
    for (const auto& c : data.details.contacts) {
        INFO(c.name);
        CHECK(text.find(foldSpaces(c.name)) != std::string::npos);
    }
    for (const char* section : {"About the company", "History", "Organisation", "Environment", "Strategy and plans",
                                "Product needs", "How decisions are made", "Relationship notes", "People",
                                "Open follow-ups and commitments", "Recent interactions", "Tenders",
                                "Competitors at this account"}) {
        INFO(section);
        CHECK(text.find(section) != std::string::npos);
    }
}

TEST_CASE("The dossier report refuses an unknown account", "[report]")
{
    DemoDatabase db;
    Workspace ws(db.path(), fixedClock());
    CHECK_THROWS_AS(report::collectDossierReport(ws, 999999), NotFoundError);
}
