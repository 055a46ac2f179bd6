// tenders list | add: the tenders an account ran, with the reason they were won or
// lost for and who won, as the app's Tenders tab keeps them, so that losses can be
// counted by reason and winner from a script.
#include "app/AccountEditing.h"
#include "app/CompetitorList.h"
#include "cli/Command.h"
#include "cli/Output.h"
#include "cli/RecordSupport.h"

#include <map>

namespace keystone::cli {

namespace {

struct TenderRow
{
    Tender tender;
    std::string account; // its reference
    std::string winner;
    std::string reason;
};

std::vector<TenderRow> rowsOf(Workspace& ws, const std::vector<Account>& accounts)
{
    std::map<CompetitorId, std::string> winners;
    for (const auto& k : CompetitorList(ws).list())
        winners[k.id] = k.name;
    std::map<ReasonId, std::string> reasons;
    for (const auto& r : CompetitorList(ws).reasons())
        reasons[r.id] = r.name;
    std::vector<TenderRow> rows;
    for (const auto& a : accounts)
        for (const auto& t : ws.store().tenders().listForAccount(a.id))
            rows.push_back({t, a.ref, t.winnerId ? winners[*t.winnerId] : std::string(),
                            t.reasonId ? reasons[*t.reasonId] : std::string()});
    return rows;
}

int list(Context& c, Args& args)
{
    auto values = tableOutputValues();
    values.insert("account");
    args.parse(values, tableOutputFlags());
    args.expectPositional(0, "");
    const TableOutput output = tableOutputFrom(args);
    auto& ws = c.workspace(existingDatabaseOptions());
    std::vector<Account> accounts;
    if (const auto ref = args.value("account"))
        accounts.push_back(ws.resolveAccount(*ref));
    else
        accounts = ws.store().accounts().list(AccountQuery{});
    const std::vector<Column<TenderRow>> columns = {
        {"id", "id", [](const TenderRow& r) { return numberCell(r.tender.id); }},
        {"account", "account", [](const TenderRow& r) { return textCell(r.account); }},
        {"date", "date", [](const TenderRow& r) { return textCell(r.tender.date.toIso()); }},
        {"title", "title", [](const TenderRow& r) { return textCell(r.tender.title); }},
        {"status", "status", [](const TenderRow& r) { return textCell(std::string(toKey(r.tender.outcome))); }},
        {"value", "value",
         [](const TenderRow& r) {
             return Cell{r.tender.value ? r.tender.value->toString() : std::string(), true, false};
         }},
        {"winner", "winner", [](const TenderRow& r) { return textCell(r.winner); }},
        {"reason", "reason", [](const TenderRow& r) { return textCell(r.reason); }},
        {"detail", "detail", [](const TenderRow& r) { return textCell(r.tender.reason); }},
    };
    emitTable(c, output, makeTable(columns, rowsOf(ws, accounts)));
    return 0;
}

int add(Context& c, Args& args)
{
    args.parse({"title", "status", "date", "value", "winner", "reason", "detail", "notes"}, {});
    args.expectPositional(1, "the account's id or reference");
    const auto title = args.value("title");
    const auto status = args.value("status");
    if (!title || !status)
        throw UsageError("--title and --status are required");
    auto& ws = c.workspace(existingDatabaseOptions());
    Tender t;
    t.accountId = ws.resolveAccount(args.positional()[0]).id;
    t.title = *title;
    t.outcome = keyArgument<TenderOutcome>("status", *status);
    t.date = args.value("date") ? dateArgument("date", *args.value("date")) : ws.clock().today();
    if (const auto value = args.value("value")) {
        t.value = Money::parse(*value);
        if (!t.value)
            throw UsageError("--value expects an amount such as 125000 or 125000.50, not '" + *value + "'");
    }
    CompetitorList lists(ws);
    if (const auto winner = args.value("winner")) {
        if (t.outcome != TenderOutcome::Lost)
            throw UsageError("--winner goes with --status lost: only a lost tender has a winner");
        t.winnerId = lists.byName(*winner, "winner").id;
    }
    if (const auto reason = args.value("reason"))
        t.reasonId = lists.reasonByName(*reason).id;
    t.reason = args.valueOr("detail", "");
    t.notes = args.valueOr("notes", "");
    const TenderSave saved = AccountEditing(ws).recordTender(t);
    c.out << saved.after.id << "\n";
    if (saved.presenceAdded)
        c.err << "the winner joins the account's competitors\n";
    return 0;
}

} // namespace

Command tendersCommand()
{
    Command tenders{"tenders", "list and add the tenders accounts ran",
                    "Usage: keystone-cli tenders COMMAND\n", nullptr, {}};
    tenders.subcommands = {
        {"list",
         "list tenders, with why they were won or lost",
         std::string("Usage: keystone-cli tenders list [--account REF] [--format table|csv|json] [-o FILE]\n\n"
                     "Every active account's tenders, newest first per account, or one account's.\n"
                     "Columns: id, account, date, title, status, value, winner, reason (from the managed\n"
                     "list, see `reasons list`), detail (free text).\n\n") +
             kTableOutputHelp,
         list,
         {}},
        {"add",
         "record a tender",
         "Usage: keystone-cli tenders add REF --title T --status open|won|lost|withdrawn [--date YYYY-MM-DD]\n"
         "       [--value AMOUNT] [--winner NAME] [--reason R] [--detail T] [--notes T]\n\n"
         "--winner (a lost tender only) names a competitor (`competitors list`); one not yet present\n"
         "at the account joins its competitors. --reason is one of `reasons list`; --detail says more.\n"
         "The date is today unless given. Prints the new tender's id on stdout.\n",
         add,
         {}},
    };
    return tenders;
}

} // namespace keystone::cli
