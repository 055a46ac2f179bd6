#include "app/import/InteractionImporter.h"

namespace keystone::imports {

const std::vector<ImportField>& InteractionImporter::fields()
{
    static const std::vector<ImportField> fields = {
        {"account", "the account's reference", true, accountRefSynonyms()},
        {"date", "when it happened: an ISO date-time (UTC) or --date-format", true,
         {"date", "occurred_at", "datetime", "time", "datum", "дата"}},
        {"kind", "call, meeting, visit, email, demo, training, complaint, feedback, modification_request, "
                 "beta_test or negotiation",
         true, {"kind", "type", "art", "тип"}},
        {"subject", "subject", false, {"subject", "title", "betreff", "тема"}},
        {"summary", "what was said and agreed", false, {"summary", "description", "notes", "text", "описание"}},
        {"outcome", "outcome", false, {"outcome", "result", "ergebnis", "результат"}},
        {"sentiment", "positive, neutral or negative", false, {"sentiment"}},
        {"manager", "the manager's e-mail or name", false, {"manager", "owner", "менеджер"}},
        {"contacts", "the customer's people who took part: e-mails or names separated by ';'", false,
         {"contacts", "participants", "attendees", "участники"}},
    };
    return fields;
}

void InteractionImporter::process(Row& row)
{
    const auto account = requiredAccount(row);
    const auto when = row.has("date") ? row.dateTime("date") : std::nullopt;
    if (row.text("date").empty())
        row.problem("date", "a value is required");
    std::optional<InteractionKind> kind;
    if (row.text("kind").empty())
        row.problem("kind", "a value is required");
    else
        kind = row.key<InteractionKind>("kind");
    if (!account || !when || !kind)
        return;
    Interaction i;
    i.accountId = account->id;
    i.occurredAt = *when;
    i.kind = *kind;
    i.subject = row.text("subject");
    i.summary = row.text("summary");
    i.outcome = row.text("outcome");
    if (row.has("sentiment"))
        i.sentiment = row.key<Sentiment>("sentiment").value_or(Sentiment::Unknown);
    if (row.has("manager"))
        i.managerId = manager(row, "manager");
    if (row.has("contacts")) {
        for (const auto& key : splitItems(row.raw("contacts"), ';')) {
            if (auto c = findContact(account->id, key))
                i.contactIds.push_back(c->id);
            else
                row.problem("contacts", "no contact '" + key + "' at account '" + account->ref + "'");
        }
    }
    row.problems(i.validate());
    if (!row.ok())
        return;
    // The natural key of an interaction: account, time, kind and subject.
    auto& known = interactionsOf(account->id);
    Interaction* existing = nullptr;
    for (auto& k : known)
        if (k.occurredAt == i.occurredAt && k.kind == i.kind && k.subject == i.subject)
            existing = &k;
    if (!existing) {
        m_store.interactions().create(i);
        recordCreated(ImportedRecord::Interaction, i.id);
        count(Outcome::Created);
        known.push_back(i);
        return;
    }
    Interaction merged = *existing;
    if (row.has("summary"))
        merged.summary = i.summary;
    if (row.has("outcome"))
        merged.outcome = i.outcome;
    if (row.has("sentiment"))
        merged.sentiment = i.sentiment;
    if (row.has("manager"))
        merged.managerId = i.managerId;
    if (row.has("contacts"))
        merged.contactIds = i.contactIds;
    if (merged == *existing) {
        count(Outcome::Unchanged);
    } else {
        m_store.interactions().update(merged);
        *existing = merged;
        count(Outcome::Updated);
    }
}

std::vector<Interaction>& InteractionImporter::interactionsOf(AccountId id)
{
    auto it = m_interactionCache.find(id);
    if (it == m_interactionCache.end())
        it = m_interactionCache.emplace(id, m_store.interactions().listForAccount(id)).first;
    return it->second;
}

} // namespace keystone::imports
