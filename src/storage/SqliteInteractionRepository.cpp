#include "storage/SqliteInteractionRepository.h"

#include "domain/Validation.h"
#include "storage/StorageSupport.h"

#include <map>

namespace keystone {

namespace {

constexpr std::string_view kSelect = "SELECT id, account_id, manager_id, kind, occurred_at, subject, summary, "
                                     "outcome, sentiment, created_at, product FROM interactions ";

Interaction readInteraction(const sql::Statement& st)
{
    Interaction i;
    i.id = st.int64(0);
    i.accountId = st.int64(1);
    i.managerId = st.optionalInt64(2);
    i.kind = fromKey<InteractionKind>(st.textView(3)).value_or(InteractionKind::Call);
    i.occurredAt = DateTime::fromUnixSeconds(st.int64(4));
    i.subject = st.text(5);
    i.summary = st.text(6);
    i.outcome = st.text(7);
    i.sentiment = fromKey<Sentiment>(st.textView(8)).value_or(Sentiment::Unknown);
    i.createdAt = DateTime::fromUnixSeconds(st.int64(9));
    i.product = st.text(10);
    return i;
}

void bindFields(sql::Statement& st, const Interaction& i)
{
    st.bind(1, i.accountId)
        .bind(2, i.managerId)
        .bind(3, toKey(i.kind))
        .bind(4, i.occurredAt.unixSeconds())
        .bind(5, i.subject)
        .bind(6, i.summary)
        .bind(7, i.outcome)
        .bind(8, toKey(i.sentiment))
        .bind(10, i.product);
}

} // namespace

void SqliteInteractionRepository::checkReferences(const Interaction& i) const
{
    sql::requireRow(m_connection, sql::Table::Accounts, i.accountId, "account");
    sql::requireRow(m_connection, sql::Table::Managers, i.managerId, "manager");
    sql::Statement st(m_connection, "SELECT account_id FROM contacts WHERE id = ?1");
    for (ContactId c : i.contactIds) {
        st.bind(1, c);
        if (!st.step())
            throwIfInvalid({{"contacts", "contact " + std::to_string(c) + " does not exist"}});
        if (st.int64(0) != i.accountId)
            throwIfInvalid({{"contacts", "contact " + std::to_string(c) + " is at another account"}});
        st.reset();
    }
    for (ManagerId m : i.colleagueIds)
        sql::requireRow(m_connection, sql::Table::Managers, m, "colleagues");
}

void SqliteInteractionRepository::create(Interaction& interaction)
{
    throwIfInvalid(interaction.validate());
    sql::Transaction tx(m_connection);
    checkReferences(interaction);
    interaction.createdAt = m_clock.now();
    insert(interaction, false);
    sql::stamp(m_connection, RecordTable::Interactions, interaction.id, m_actor, sql::Stamp::Created);
    tx.commit();
}

void SqliteInteractionRepository::restore(const Interaction& interaction)
{
    throwIfInvalid(interaction.validate());
    sql::Transaction tx(m_connection);
    checkReferences(interaction);
    Interaction copy = interaction;
    insert(copy, true);
    tx.commit();
}

void SqliteInteractionRepository::insert(Interaction& interaction, bool keepId)
{
    sql::Statement st(m_connection, R"sql(
        INSERT INTO interactions(account_id, manager_id, kind, occurred_at, subject, summary, outcome, sentiment,
                                 created_at, product, id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
    bindFields(st, interaction);
    st.bind(9, interaction.createdAt.unixSeconds());
    if (keepId)
        st.bind(11, interaction.id);
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError("id: interaction " + std::to_string(interaction.id) + " exists already");
    }
    interaction.id = m_connection.lastInsertId();
    saveParticipants(interaction);
    m_index.refresh(SearchKind::Interaction, interaction.id);
}

void SqliteInteractionRepository::update(Interaction& interaction)
{
    throwIfInvalid(interaction.validate());
    sql::Transaction tx(m_connection);
    checkReferences(interaction);
    sql::Statement st(m_connection, R"sql(
        UPDATE interactions SET account_id = ?1, manager_id = ?2, kind = ?3, occurred_at = ?4, subject = ?5,
               summary = ?6, outcome = ?7, sentiment = ?8, product = ?10
        WHERE id = ?9)sql");
    bindFields(st, interaction);
    st.bind(9, interaction.id).run();
    if (m_connection.changes() == 0)
        throw NotFoundError("interaction " + std::to_string(interaction.id) + " does not exist");
    sql::stamp(m_connection, RecordTable::Interactions, interaction.id, m_actor, sql::Stamp::Updated);
    saveParticipants(interaction);
    m_index.refresh(SearchKind::Interaction, interaction.id);
    tx.commit();
}

void SqliteInteractionRepository::saveParticipants(const Interaction& i)
{
    sql::Statement del(m_connection, "DELETE FROM interaction_contacts WHERE interaction_id = ?1");
    del.bind(1, i.id).run();
    sql::Statement ins(m_connection,
                       "INSERT OR IGNORE INTO interaction_contacts(interaction_id, contact_id) VALUES (?1, ?2)");
    for (ContactId c : i.contactIds)
        ins.bind(1, i.id).bind(2, c).run();
    sql::Statement delColleagues(m_connection, "DELETE FROM interaction_managers WHERE interaction_id = ?1");
    delColleagues.bind(1, i.id).run();
    sql::Statement insColleague(
        m_connection, "INSERT OR IGNORE INTO interaction_managers(interaction_id, manager_id) VALUES (?1, ?2)");
    for (ManagerId m : i.colleagueIds)
        if (m != i.managerId)
            insColleague.bind(1, i.id).bind(2, m).run();
}

void SqliteInteractionRepository::loadParticipants(Interaction& i) const
{
    sql::Statement st(m_connection,
                      "SELECT contact_id FROM interaction_contacts WHERE interaction_id = ?1 ORDER BY contact_id");
    st.bind(1, i.id);
    while (st.step())
        i.contactIds.push_back(st.int64(0));
    sql::Statement colleagues(
        m_connection, "SELECT manager_id FROM interaction_managers WHERE interaction_id = ?1 ORDER BY manager_id");
    colleagues.bind(1, i.id);
    while (colleagues.step())
        i.colleagueIds.push_back(colleagues.int64(0));
}

std::optional<Interaction> SqliteInteractionRepository::find(InteractionId id) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Interaction i = readInteraction(st);
    loadParticipants(i);
    return i;
}

std::vector<Interaction> SqliteInteractionRepository::listForAccount(AccountId accountId, int limit) const
{
    sql::Statement st(m_connection,
                      std::string(kSelect) + "WHERE account_id = ?1 ORDER BY occurred_at DESC, id DESC LIMIT ?2");
    st.bind(1, accountId).bind(2, limit);
    std::vector<Interaction> result;
    while (st.step())
        result.push_back(readInteraction(st));
    for (auto& i : result)
        loadParticipants(i);
    return result;
}

std::vector<Interaction> SqliteInteractionRepository::listBetween(DateTime from, DateTime to) const
{
    sql::Statement st(m_connection, std::string(kSelect) +
                                        "WHERE occurred_at BETWEEN ?1 AND ?2 ORDER BY occurred_at DESC, id DESC");
    st.bind(1, from.unixSeconds()).bind(2, to.unixSeconds());
    std::vector<Interaction> result;
    std::map<InteractionId, std::size_t> positions;
    while (st.step()) {
        positions.emplace(st.int64(0), result.size());
        result.push_back(readInteraction(st));
    }
    // The participants of the whole range in one statement.
    sql::Statement participants(m_connection, R"sql(
        SELECT ic.interaction_id, ic.contact_id FROM interaction_contacts ic
        JOIN interactions i ON i.id = ic.interaction_id
        WHERE i.occurred_at BETWEEN ?1 AND ?2 ORDER BY ic.interaction_id, ic.contact_id)sql");
    participants.bind(1, from.unixSeconds()).bind(2, to.unixSeconds());
    while (participants.step())
        if (const auto it = positions.find(participants.int64(0)); it != positions.end())
            result[it->second].contactIds.push_back(participants.int64(1));
    sql::Statement colleagues(m_connection, R"sql(
        SELECT im.interaction_id, im.manager_id FROM interaction_managers im
        JOIN interactions i ON i.id = im.interaction_id
        WHERE i.occurred_at BETWEEN ?1 AND ?2 ORDER BY im.interaction_id, im.manager_id)sql");
    colleagues.bind(1, from.unixSeconds()).bind(2, to.unixSeconds());
    while (colleagues.step())
        if (const auto it = positions.find(colleagues.int64(0)); it != positions.end())
            result[it->second].colleagueIds.push_back(colleagues.int64(1));
    return result;
}

void SqliteInteractionRepository::remove(InteractionId id)
{
    sql::Transaction tx(m_connection);
    m_index.remove(SearchKind::Interaction, id);
    sql::removeRow(m_connection, "DELETE FROM interactions WHERE id = ?1", id, "interaction");
    tx.commit();
}

} // namespace keystone
