#include "app/AccountFields.h"

#include "app/Import.h"
#include "domain/Text.h"

#include <charconv>
#include <set>

namespace keystone {

namespace {

[[noreturn]] void refuse(std::string_view field, std::string message)
{
    throw ValidationError(std::vector<FieldError>{{std::string(field), std::move(message)}});
}

std::optional<bool> yesNo(std::string_view field, std::string_view value)
{
    const std::string key = foldKey(trim(value));
    if (key.empty())
        return std::nullopt;
    static const std::set<std::string> yes{"yes", "y", "true", "1", "да", "ja"};
    static const std::set<std::string> no{"no", "n", "false", "0", "нет", "nein"};
    if (yes.count(key))
        return true;
    if (no.count(key))
        return false;
    refuse(field, "expected yes or no (or nothing: not assessed), not '" + std::string(value) + "'");
}

std::string fieldNames()
{
    std::string names;
    for (const auto& f : importFields(ImportKind::Accounts))
        names += (names.empty() ? "" : ", ") + f.key;
    return names;
}

} // namespace

void setAccountField(Workspace& ws, Account& a, std::string_view field, std::string_view value)
{
    const std::string text(trim(value));
    if (field == "ref") {
        a.ref = text;
    } else if (field == "name") {
        a.name = text;
    } else if (field == "legal_name") {
        a.legalName = text;
    } else if (field == "industry") {
        a.industry = text;
    } else if (field == "country") {
        a.country = text;
    } else if (field == "region") {
        a.region = text;
    } else if (field == "website") {
        a.website = text;
    } else if (field == "status") {
        const auto s = fromKey<AccountStatus>(foldKey(text));
        if (!s)
            refuse(field, "expected one of: " + keyList<AccountStatus>() + "; not '" + text + "'");
        a.status = *s;
    } else if (field == "kinds") {
        const auto kinds = KindSet::parseKeys(foldKey(text));
        if (!kinds)
            refuse(field, "expected a comma-separated list of: " + keyList<KeyAccountKind>());
        a.kinds = *kinds;
    } else if (field == "owner") {
        if (text.empty())
            a.ownerId.reset();
        else
            a.ownerId = ws.resolveManager(text);
    } else if (field == "headcount") {
        if (text.empty()) {
            a.headcount.reset();
        } else {
            int n = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
            if (ec != std::errc() || end != text.data() + text.size() || n < 0)
                refuse(field, "expected a whole number of employees, not '" + text + "'");
            a.headcount = n;
        }
    } else if (field == "tags") {
        a.tags.clear();
        for (auto tag : splitList(text))
            a.tags.emplace_back(tag);
    } else if (field == "need") {
        a.qualification.need = yesNo(field, text);
    } else if (field == "solvency") {
        a.qualification.solvency = yesNo(field, text);
    } else if (field == "authority") {
        a.qualification.authority = yesNo(field, text);
    } else if (field == "parent") {
        if (text.empty()) {
            a.parentId.reset();
        } else {
            const auto parent = ws.store().accounts().findByRef(text);
            if (!parent)
                refuse(field, "no account has the reference '" + text + "'");
            a.parentId = parent->id;
        }
    } else {
        refuse(field, "is not a field of an account; expected one of: " + fieldNames());
    }
}

} // namespace keystone
