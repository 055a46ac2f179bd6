#include "app/Export.h"

#include "app/AccountBulk.h"
#include "app/AccountColumns.h"
#include "domain/Text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace keystone {

namespace {

Cell text(std::string s) { return Cell{std::move(s), false, false}; }
Cell number(std::int64_t n) { return Cell{std::to_string(n), true, false}; }
Cell decimal(std::string s) { return Cell{std::move(s), true, false}; }
Cell none(bool isNumber = false) { return Cell{"", isNumber, true}; }

struct ContactRow
{
    Contact contact;
    std::string accountRef;
    std::string accountName;
    std::string reportsTo;
};

struct InteractionRow
{
    Interaction interaction;
    std::string accountRef;
    std::string accountName;
    std::string manager;
    std::string contacts;
};

struct SaleRow
{
    SaleLine line;
    std::string accountRef;
    std::string accountName;
};

std::string contactKey(const Contact& c) { return c.email.empty() ? c.name : c.email; }

const std::vector<Column<ContactRow>>& contactColumns()
{
    using R = ContactRow;
    static const std::vector<Column<R>> all = {
        {"account", "the account's reference", [](const R& r) { return text(r.accountRef); }},
        {"account_name", "the account's name", [](const R& r) { return text(r.accountName); }},
        {"name", "full name", [](const R& r) { return text(r.contact.name); }},
        {"position", "job title", [](const R& r) { return text(r.contact.position); }},
        {"department", "department", [](const R& r) { return text(r.contact.department); }},
        {"email", "e-mail address", [](const R& r) { return text(r.contact.email); }},
        {"phones", "phones as 'label: number' separated by ';'",
         [](const R& r) {
             std::string out;
             for (const auto& p : r.contact.phones)
                 out += (out.empty() ? "" : "; ") + (p.label.empty() ? p.number : p.label + ": " + p.number);
             return text(out);
         }},
        {"language", "language tag", [](const R& r) { return text(r.contact.language); }},
        {"role", "decision role", [](const R& r) { return text(std::string(toKey(r.contact.role))); }},
        {"attitude", "attitude to us", [](const R& r) { return text(std::string(toKey(r.contact.attitude))); }},
        {"influence", "influence 1-5", [](const R& r) { return number(r.contact.influence); }},
        {"reports_to", "e-mail or name of the person they report to", [](const R& r) { return text(r.reportsTo); }},
        {"left_company", "yes when the person has left",
         [](const R& r) { return text(r.contact.leftCompany ? "yes" : "no"); }},
        {"notes", "notes", [](const R& r) { return text(r.contact.notes); }},
    };
    return all;
}

const std::vector<Column<InteractionRow>>& interactionColumns()
{
    using R = InteractionRow;
    static const std::vector<Column<R>> all = {
        {"account", "the account's reference", [](const R& r) { return text(r.accountRef); }},
        {"account_name", "the account's name", [](const R& r) { return text(r.accountName); }},
        {"date", "when it happened (UTC, ISO 8601)", [](const R& r) { return text(r.interaction.occurredAt.toIso()); }},
        {"kind", "call, meeting, visit ...", [](const R& r) { return text(std::string(toKey(r.interaction.kind))); }},
        {"subject", "subject", [](const R& r) { return text(r.interaction.subject); }},
        {"summary", "summary", [](const R& r) { return text(r.interaction.summary); }},
        {"outcome", "outcome", [](const R& r) { return text(r.interaction.outcome); }},
        {"sentiment", "positive, neutral or negative",
         [](const R& r) { return text(std::string(toKey(r.interaction.sentiment))); }},
        {"manager", "the manager's e-mail", [](const R& r) { return text(r.manager); }},
        {"contacts", "the customer's people who took part, separated by ';'",
         [](const R& r) { return text(r.contacts); }},
    };
    return all;
}

const std::vector<Column<SaleRow>>& saleColumns()
{
    using R = SaleRow;
    static const std::vector<Column<R>> all = {
        {"account", "the account's reference", [](const R& r) { return text(r.accountRef); }},
        {"account_name", "the account's name", [](const R& r) { return text(r.accountName); }},
        {"date", "date of the sale", [](const R& r) { return text(r.line.date.toIso()); }},
        {"amount", "amount", [](const R& r) { return decimal(r.line.amount.toString()); }},
        {"margin", "margin", [](const R& r) { return r.line.margin ? decimal(r.line.margin->toString()) : none(true); }},
        {"quantity", "quantity",
         [](const R& r) {
             return r.line.quantity ? decimal(formatScaledDecimal(*r.line.quantity, SaleLine::kQuantityDecimals, 0))
                                    : none(true);
         }},
        {"product", "product", [](const R& r) { return text(r.line.product); }},
        {"document", "document number", [](const R& r) { return text(r.line.document); }},
        {"batch", "the import batch that brought the line",
         [](const R& r) { return r.line.batchId ? number(*r.line.batchId) : none(true); }},
    };
    return all;
}

std::vector<std::string_view> defaultKeys(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return {"ref",      "name",    "legal_name", "status", "kinds",     "owner_email", "industry", "country",
                "region",   "website", "headcount",  "tags",   "need",      "solvency",    "authority", "parent"};
    case ImportKind::Contacts:
        return {"account", "name",  "position",  "department", "email",      "phones", "language",
                "role",    "attitude", "influence", "reports_to", "left_company", "notes"};
    case ImportKind::Interactions:
        return {"account", "date", "kind", "subject", "summary", "outcome", "sentiment", "manager", "contacts"};
    case ImportKind::Sales:
        return {"account", "date", "amount", "margin", "quantity", "product", "document"};
    }
    return {};
}

template <typename Row> std::vector<std::pair<std::string, std::string>> describe(const std::vector<Column<Row>>& all)
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& c : all)
        out.emplace_back(c.key, c.description);
    return out;
}

template <typename Row>
std::vector<Column<Row>> chooseColumns(const std::vector<Column<Row>>& all, const std::vector<std::string>& keys,
                                       ImportKind kind)
{
    std::vector<std::string_view> chosen;
    if (keys.empty())
        chosen = defaultKeys(kind);
    else
        chosen.assign(keys.begin(), keys.end());
    try {
        return selectColumns(all, chosen);
    } catch (const std::invalid_argument& e) {
        throw Error(e.what());
    }
}

// What the records of the other kinds need of their account.
struct AccountKey
{
    AccountId id = 0;
    std::string ref;
    std::string name;
};

template <typename E> E parseEnum(std::string_view key, std::string_view value)
{
    const auto parsed = fromKey<E>(foldKey(value));
    if (!parsed)
        throw Error("--where " + std::string(key) + "=" + std::string(value) + ": expected one of " + keyList<E>());
    return *parsed;
}

Date parseDay(std::string_view key, std::string_view value)
{
    const auto d = Date::parseIso(value);
    if (!d)
        throw Error("--where " + std::string(key) + "=" + std::string(value) + ": expected a date like 2024-12-31");
    return *d;
}

std::vector<std::string_view> splitTerms(std::string_view expression)
{
    std::vector<std::string_view> terms;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= expression.size(); ++i) {
        const bool comma = i < expression.size() && expression[i] == ',';
        const bool andWord = i + 5 <= expression.size() && (expression.substr(i, 5) == " and " ||
                                                            expression.substr(i, 5) == " AND ");
        if (i == expression.size() || comma || andWord) {
            const auto term = trim(expression.substr(start, i - start));
            if (!term.empty())
                terms.push_back(term);
            start = i + (andWord ? 5 : 1);
            if (andWord)
                i += 4;
        }
    }
    return terms;
}

} // namespace

ExportFilter parseWhere(Workspace& workspace, ImportKind kind, std::string_view expression)
{
    ExportFilter f;
    for (const auto term : splitTerms(expression)) {
        const auto eq = term.find('=');
        if (eq == std::string_view::npos)
            throw Error("--where: '" + std::string(term) + "' is not a term like status=active");
        const auto key = trim(term.substr(0, eq));
        const auto value = trim(term.substr(eq + 1));
        if (key == "status")
            f.accounts.status = parseEnum<AccountStatus>(key, value);
        else if (key == "owner")
            f.accounts.ownerId = workspace.resolveManager(value);
        else if (key == "kind" && kind == ImportKind::Interactions)
            f.interactionKind = parseEnum<InteractionKind>(key, value);
        else if (key == "kind" || key == "account_kind")
            f.accounts.kind = parseEnum<KeyAccountKind>(key, value);
        else if (key == "cell") {
            std::string cell;
            for (char ch : value)
                cell += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
            if (cell.size() != 2 || std::string_view("ABC").find(cell[0]) == std::string_view::npos ||
                std::string_view("XYZ").find(cell[1]) == std::string_view::npos)
                throw Error("--where cell=" + std::string(value) + ": expected a cell such as AX or CZ");
            f.cell = cell;
        } else if (key == "country")
            f.accounts.country = std::string(value);
        else if (key == "tag")
            f.accounts.tag = std::string(value);
        else if (key == "text")
            f.accounts.text = std::string(value);
        else if (key == "archived")
            f.accounts.includeArchived = value == "yes" || value == "true";
        else if (key == "from")
            f.from = parseDay(key, value);
        else if (key == "to")
            f.to = parseDay(key, value);
        else if (key == "role")
            f.role = parseEnum<DecisionRole>(key, value);
        else
            throw Error("--where: unknown key '" + std::string(key) +
                        "'; the keys are status, owner, kind, account_kind, cell, country, tag, text, archived, from, to, "
                        "role");
    }
    return f;
}

std::vector<std::pair<std::string, std::string>> exportColumns(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Accounts:
        return describe(accountColumns());
    case ImportKind::Contacts:
        return describe(contactColumns());
    case ImportKind::Interactions:
        return describe(interactionColumns());
    case ImportKind::Sales:
        return describe(saleColumns());
    }
    return {};
}

void exportRows(Workspace& workspace, ImportKind kind, const ExportFilter& filter,
                const std::vector<std::string>& columns, RowSink& sink, const ProgressCallback& progress)
{
    auto& store = workspace.store();
    std::optional<std::set<AccountId>> inCell;
    if (!filter.cell.empty()) {
        if (store.snapshots().list().empty())
            throw Error("--where cell=" + filter.cell +
                        " needs a saved segmentation; run 'keystone-cli segment --save' first");
        inCell.emplace();
        for (const auto& [id, cell] : latestSegmentCells(store))
            if (cell == filter.cell)
                inCell->insert(id);
    }
    const auto wanted = [&](AccountId id) { return !inCell || inCell->count(id) > 0; };

    if (kind == ImportKind::Accounts) {
        // Straight from the statement to the sink: no list of accounts, no table.
        const auto chosen = chooseColumns(accountColumns(), columns, kind);
        ColumnWriter<AccountListRow> writer(chosen, sink);
        workspace.forEachAccountRow(filter.accounts, [&](const AccountListRow& r) {
            if (wanted(r.account.id))
                writer.write(r);
        });
        return;
    }

    // The other kinds read each account's records with queries of their own; the accounts are
    // gathered first (the progress counts them), with only what the rows need of them.
    const auto gatherAccounts = [&] {
        std::vector<AccountKey> accounts;
        store.accounts().forEach(filter.accounts, [&](const Account& a) {
            if (wanted(a.id))
                accounts.push_back({a.id, a.ref, a.name});
        });
        return accounts;
    };
    std::uint64_t accountCount = 0;
    std::uint64_t accountsRead = 0;
    const auto nextAccount = [&] {
        if (progress && !progress(accountsRead++, accountCount))
            throw Cancelled("the export was cancelled; no file was written");
    };
    switch (kind) {
    case ImportKind::Accounts:
        break;
    case ImportKind::Contacts: {
        const auto chosen = chooseColumns(contactColumns(), columns, kind);
        const auto accounts = gatherAccounts();
        accountCount = accounts.size();
        ColumnWriter<ContactRow> writer(chosen, sink);
        ContactRow row;
        for (const auto& a : accounts) {
            nextAccount();
            const auto contacts = store.contacts().listForAccount(a.id);
            std::map<ContactId, std::string> keys;
            for (const auto& c : contacts)
                keys[c.id] = contactKey(c);
            for (const auto& c : contacts) {
                if (filter.role && c.role != *filter.role)
                    continue;
                row = ContactRow{c, a.ref, a.name, c.reportsTo ? keys[*c.reportsTo] : ""};
                writer.write(row);
            }
        }
        return;
    }
    case ImportKind::Interactions: {
        const auto chosen = chooseColumns(interactionColumns(), columns, kind);
        std::map<ManagerId, std::string> managers;
        for (const auto& m : store.managers().list())
            managers[m.id] = m.email.empty() ? m.name : m.email;
        const auto accounts = gatherAccounts();
        accountCount = accounts.size();
        ColumnWriter<InteractionRow> writer(chosen, sink);
        for (const auto& a : accounts) {
            nextAccount();
            std::map<ContactId, std::string> keys;
            for (const auto& c : store.contacts().listForAccount(a.id))
                keys[c.id] = contactKey(c);
            auto list = store.interactions().listForAccount(a.id);
            // Oldest first, as a log reads.
            for (auto it = list.rbegin(); it != list.rend(); ++it) {
                const auto& i = *it;
                if (filter.interactionKind && i.kind != *filter.interactionKind)
                    continue;
                if ((filter.from && i.occurredAt.date() < *filter.from) || (filter.to && i.occurredAt.date() > *filter.to))
                    continue;
                InteractionRow r{i, a.ref, a.name, i.managerId ? managers[*i.managerId] : "", ""};
                // Sorted, so that the text does not depend on database ids.
                std::vector<std::string> people;
                for (auto id : i.contactIds)
                    people.push_back(keys[id]);
                std::sort(people.begin(), people.end());
                for (const auto& p : people)
                    r.contacts += (r.contacts.empty() ? "" : "; ") + p;
                writer.write(r);
            }
        }
        return;
    }
    case ImportKind::Sales: {
        const auto chosen = chooseColumns(saleColumns(), columns, kind);
        const auto accounts = gatherAccounts();
        accountCount = accounts.size();
        ColumnWriter<SaleRow> writer(chosen, sink);
        SaleRow row;
        for (const auto& a : accounts) {
            nextAccount();
            SaleQuery q;
            q.accountId = a.id;
            q.from = filter.from;
            q.to = filter.to;
            row.accountRef = a.ref;
            row.accountName = a.name;
            store.sales().forEach(q, [&](const SaleLine& l) {
                row.line = l;
                writer.write(row);
            });
        }
        return;
    }
    }
}

Table exportTable(Workspace& workspace, ImportKind kind, const ExportFilter& filter,
                  const std::vector<std::string>& columns, const ProgressCallback& progress)
{
    TableSink sink;
    exportRows(workspace, kind, filter, columns, sink, progress);
    return std::move(sink.table());
}

} // namespace keystone
