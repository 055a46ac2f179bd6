#include "app/AccountColumns.h"

namespace keystone {

namespace {

Cell text(std::string s) { return Cell{std::move(s), false, false}; }
Cell number(std::int64_t n) { return Cell{std::to_string(n), true, false}; }
Cell optionalBool(const std::optional<bool>& b)
{
    if (!b)
        return Cell{"", false, true};
    return Cell{*b ? "yes" : "no", false, false};
}

std::string joined(const std::vector<std::string>& items)
{
    std::string out;
    for (const auto& i : items)
        out += (out.empty() ? "" : ",") + i;
    return out;
}

} // namespace

const std::vector<Column<AccountListRow>>& accountColumns()
{
    using R = AccountListRow;
    static const std::vector<Column<R>> all = {
        {"id", "Keystone's id of the account", [](const R& r) { return number(r.account.id); }},
        {"ref", "external reference (customer number in the ERP)", [](const R& r) { return text(r.account.ref); }},
        {"name", "account name", [](const R& r) { return text(r.account.name); }},
        {"legal_name", "legal name", [](const R& r) { return text(r.account.legalName); }},
        {"status", "prospect, active, at_risk, lost or won_back",
         [](const R& r) { return text(std::string(toKey(r.account.status))); }},
        {"kinds", "key-account kinds: anchor, prospective, image_maker, expert",
         [](const R& r) { return text(r.account.kinds.toKeys()); }},
        {"owner", "the account manager's name", [](const R& r) { return text(r.ownerName); }},
        {"owner_email", "the account manager's e-mail", [](const R& r) { return text(r.ownerEmail); }},
        {"parent", "the parent account's reference", [](const R& r) { return text(r.parentRef); }},
        {"industry", "industry", [](const R& r) { return text(r.account.industry); }},
        {"country", "country", [](const R& r) { return text(r.account.country); }},
        {"region", "region or city", [](const R& r) { return text(r.account.region); }},
        {"website", "web site", [](const R& r) { return text(r.account.website); }},
        {"headcount", "number of employees",
         [](const R& r) {
             return r.account.headcount ? number(*r.account.headcount) : Cell{"", true, true};
         }},
        {"tags", "tags, comma-separated", [](const R& r) { return text(joined(r.account.tags)); }},
        {"need", "qualification: a real need", [](const R& r) { return optionalBool(r.account.qualification.need); }},
        {"solvency", "qualification: able to pay",
         [](const R& r) { return optionalBool(r.account.qualification.solvency); }},
        {"authority", "qualification: authority to decide",
         [](const R& r) { return optionalBool(r.account.qualification.authority); }},
        {"created_at", "when the account was created (UTC)", [](const R& r) { return text(r.account.createdAt.toIso()); }},
        {"updated_at", "when the account was last changed (UTC)",
         [](const R& r) { return text(r.account.updatedAt.toIso()); }},
    };
    return all;
}

std::vector<std::string_view> defaultAccountColumnKeys()
{
    return {"id", "ref", "name", "status", "kinds", "owner", "country"};
}

} // namespace keystone
