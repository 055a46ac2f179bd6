#include "app/ContactExchange.h"

#include "app/InputFile.h"
#include "domain/Text.h"
#include "interchange/VCard.h"

namespace keystone {

std::string exportContactCards(Store& store, const std::vector<AccountId>& accounts)
{
    std::vector<vcard::CardOut> cards;
    for (const AccountId id : accounts) {
        const auto account = store.accounts().find(id);
        if (!account)
            throw NotFoundError("account " + std::to_string(id) + " does not exist");
        for (auto& c : store.contacts().listForAccount(id))
            cards.push_back({c, account->name});
    }
    return vcard::writeCards(cards);
}

namespace {

// The card's fields over an existing contact; fields the card does not carry stay.
Contact merged(Contact base, const vcard::Card& card)
{
    const Contact& c = card.contact;
    base.name = c.name;
    const auto has = [&](const char* field) { return card.present.count(field) > 0; };
    if (has("position"))
        base.position = c.position;
    if (has("department"))
        base.department = c.department;
    if (has("email"))
        base.email = c.email;
    if (has("phones"))
        base.phones = c.phones;
    if (has("language"))
        base.language = c.language;
    if (has("notes"))
        base.notes = c.notes;
    if (has("role"))
        base.role = c.role;
    if (has("attitude"))
        base.attitude = c.attitude;
    if (has("influence"))
        base.influence = c.influence;
    if (has("left_company"))
        base.leftCompany = c.leftCompany;
    return base;
}

} // namespace

ImportReport importContactCards(Store& store, AccountId account, const std::filesystem::path& path, bool dryRun,
                                const Passphrase* passphrase)
{
    if (!store.accounts().find(account))
        throw NotFoundError("account " + std::to_string(account) + " does not exist");
    const auto result = vcard::readCards(readInputText(path, passphrase));
    std::vector<std::string> problems;
    for (const auto& p : result.problems)
        problems.push_back(p.toString());
    if (!problems.empty())
        throw InputProblemsError(path.string(), std::move(problems));

    ImportReport report;
    report.counts.push_back({"contacts", 0, 0, 0});
    ImportCount& count = report.counts.back();
    auto tx = store.transaction();
    const auto current = store.contacts().listForAccount(account);
    for (const auto& card : result.cards) {
        std::optional<Contact> existing;
        for (const auto& c : current) {
            const bool match = card.contact.email.empty()
                                   ? c.email.empty() && foldKey(c.name) == foldKey(card.contact.name)
                                   : foldKey(c.email) == foldKey(card.contact.email);
            if (match) {
                existing = c;
                break;
            }
        }
        try {
            if (!existing) {
                Contact fresh = merged(Contact{}, card);
                fresh.accountId = account;
                store.contacts().create(fresh);
                ++count.created;
            } else if (Contact updated = merged(*existing, card); updated == *existing) {
                ++count.unchanged;
            } else {
                store.contacts().update(updated);
                ++count.updated;
            }
        } catch (const Error& e) {
            problems.push_back("line " + std::to_string(card.line) + ": " + e.what());
        }
    }
    if (!problems.empty())
        throw InputProblemsError(path.string(), std::move(problems));
    if (!dryRun) {
        tx.commit();
        report.written = true;
    }
    return report;
}

} // namespace keystone
