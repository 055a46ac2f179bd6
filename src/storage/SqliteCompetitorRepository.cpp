#include "storage/SqliteCompetitorRepository.h"

#include "domain/Text.h"
#include "domain/Validation.h"
#include "storage/StorageSupport.h"

namespace keystone {

namespace {

constexpr std::string_view kSelect = "SELECT id, name, website, notes FROM competitors ";

Competitor readCompetitor(const sql::Statement& st)
{
    return Competitor{st.int64(0), st.text(1), st.text(2), st.text(3)};
}

std::string duplicateName(const Competitor& c) { return "name: a competitor named '" + c.name + "' already exists"; }

} // namespace

void SqliteCompetitorRepository::create(Competitor& competitor)
{
    throwIfInvalid(competitor.validate());
    sql::Statement st(m_connection, "INSERT INTO competitors(name, name_key, website, notes) VALUES (?1, ?2, ?3, ?4)");
    st.bind(1, competitor.name).bind(2, foldKey(trim(competitor.name))).bind(3, competitor.website).bind(4, competitor.notes);
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError(duplicateName(competitor));
    }
    competitor.id = m_connection.lastInsertId();
    sql::stamp(m_connection, RecordTable::Competitors, competitor.id, m_actor, sql::Stamp::Created);
}

void SqliteCompetitorRepository::update(Competitor& competitor)
{
    throwIfInvalid(competitor.validate());
    sql::Statement st(m_connection,
                      "UPDATE competitors SET name = ?1, name_key = ?2, website = ?3, notes = ?4 WHERE id = ?5");
    st.bind(1, competitor.name).bind(2, foldKey(trim(competitor.name))).bind(3, competitor.website).bind(4, competitor.notes);
    st.bind(5, competitor.id);
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError(duplicateName(competitor));
    }
    if (m_connection.changes() == 0)
        throw NotFoundError("competitor " + std::to_string(competitor.id) + " does not exist");
    sql::stamp(m_connection, RecordTable::Competitors, competitor.id, m_actor, sql::Stamp::Updated);
}

std::optional<Competitor> SqliteCompetitorRepository::find(CompetitorId id) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readCompetitor(st);
}

std::optional<Competitor> SqliteCompetitorRepository::findByName(std::string_view name) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE name_key = ?1");
    st.bind(1, foldKey(trim(name)));
    if (!st.step())
        return std::nullopt;
    return readCompetitor(st);
}

std::vector<Competitor> SqliteCompetitorRepository::list() const
{
    sql::Statement st(m_connection, std::string(kSelect) + "ORDER BY name_key");
    std::vector<Competitor> result;
    while (st.step())
        result.push_back(readCompetitor(st));
    return result;
}

void SqliteCompetitorRepository::remove(CompetitorId id)
{
    sql::removeRow(m_connection, "DELETE FROM competitors WHERE id = ?1", id, "competitor");
}

void SqliteCompetitorRepository::savePresence(CompetitorPresence& p)
{
    throwIfInvalid(p.validate());
    sql::Transaction tx(m_connection);
    sql::requireRow(m_connection, sql::Table::Accounts, p.accountId, "account");
    sql::requireRow(m_connection, sql::Table::Competitors, p.competitorId, "competitor");
    sql::Statement st(m_connection, R"sql(
        INSERT INTO competitor_presence(account_id, competitor_id, products, strengths, threat, notes)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT(account_id, competitor_id) DO UPDATE SET products = ?3, strengths = ?4, threat = ?5, notes = ?6
        RETURNING id)sql");
    st.bind(1, p.accountId).bind(2, p.competitorId).bind(3, p.products).bind(4, p.strengths);
    st.bind(5, toKey(p.threat)).bind(6, p.notes);
    const bool isNew = !presenceExists(p.accountId, p.competitorId);
    if (st.step())
        p.id = st.int64(0);
    st.reset();
    sql::stamp(m_connection, RecordTable::Presences, p.id, m_actor, isNew ? sql::Stamp::Created : sql::Stamp::Updated);
    tx.commit();
}

std::vector<CompetitorPresence> SqliteCompetitorRepository::presenceAt(AccountId accountId) const
{
    sql::Statement st(m_connection, R"sql(
        SELECT p.id, p.account_id, p.competitor_id, p.products, p.strengths, p.threat, p.notes
        FROM competitor_presence p JOIN competitors c ON c.id = p.competitor_id
        WHERE p.account_id = ?1
        ORDER BY CASE p.threat WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, c.name_key)sql");
    st.bind(1, accountId);
    std::vector<CompetitorPresence> result;
    while (st.step()) {
        CompetitorPresence p;
        p.id = st.int64(0);
        p.accountId = st.int64(1);
        p.competitorId = st.int64(2);
        p.products = st.text(3);
        p.strengths = st.text(4);
        p.threat = fromKey<ThreatLevel>(st.textView(5)).value_or(ThreatLevel::Medium);
        p.notes = st.text(6);
        result.push_back(std::move(p));
    }
    return result;
}

void SqliteCompetitorRepository::removePresence(PresenceId id)
{
    sql::removeRow(m_connection, "DELETE FROM competitor_presence WHERE id = ?1", id, "competitor presence");
}

bool SqliteCompetitorRepository::presenceExists(AccountId account, CompetitorId competitor) const
{
    sql::Statement st(m_connection, "SELECT 1 FROM competitor_presence WHERE account_id = ?1 AND competitor_id = ?2");
    st.bind(1, account).bind(2, competitor);
    return st.step();
}

CompetitorMerge SqliteCompetitorRepository::merge(CompetitorId keep, CompetitorId drop)
{
    if (keep == drop)
        throwIfInvalid({{"into", "a competitor cannot be merged into itself"}});
    sql::Transaction tx(m_connection);
    sql::requireRow(m_connection, sql::Table::Competitors, keep, "into");
    const auto removed = find(drop);
    if (!removed)
        throwIfInvalid({{"competitor", "competitor " + std::to_string(drop) + " does not exist"}});
    CompetitorMerge m;
    m.keptId = keep;
    m.removed = *removed;
    {
        sql::Statement st(m_connection, R"sql(
            SELECT d.id, d.account_id, d.products, d.strengths, d.threat, d.notes,
                   EXISTS (SELECT 1 FROM competitor_presence k WHERE k.competitor_id = ?2 AND k.account_id = d.account_id)
            FROM competitor_presence d WHERE d.competitor_id = ?1 ORDER BY d.id)sql");
        st.bind(1, drop).bind(2, keep);
        while (st.step()) {
            if (st.int64(6) == 0) {
                m.movedPresences.push_back(st.int64(0));
                continue;
            }
            CompetitorPresence p;
            p.id = st.int64(0);
            p.accountId = st.int64(1);
            p.competitorId = drop;
            p.products = st.text(2);
            p.strengths = st.text(3);
            p.threat = fromKey<ThreatLevel>(st.textView(4)).value_or(ThreatLevel::Medium);
            p.notes = st.text(5);
            m.droppedPresences.push_back(std::move(p));
        }
    }
    {
        sql::Statement st(m_connection, "SELECT id FROM tenders WHERE winner_id = ?1 ORDER BY id");
        st.bind(1, drop);
        while (st.step())
            m.movedTenders.push_back(st.int64(0));
    }
    sql::Statement movePresence(m_connection, "UPDATE competitor_presence SET competitor_id = ?2 WHERE id = ?1");
    for (PresenceId id : m.movedPresences) {
        movePresence.bind(1, id).bind(2, keep).run();
        sql::stamp(m_connection, RecordTable::Presences, id, m_actor, sql::Stamp::Updated);
    }
    sql::Statement moveTender(m_connection, "UPDATE tenders SET winner_id = ?2 WHERE id = ?1");
    for (TenderId id : m.movedTenders) {
        moveTender.bind(1, id).bind(2, keep).run();
        sql::stamp(m_connection, RecordTable::Tenders, id, m_actor, sql::Stamp::Updated);
    }
    remove(drop); // the dropped presences go with it (ON DELETE CASCADE)
    tx.commit();
    return m;
}

void SqliteCompetitorRepository::unmerge(const CompetitorMerge& m)
{
    sql::Transaction tx(m_connection);
    sql::Statement st(m_connection, "INSERT INTO competitors(id, name, name_key, website, notes) VALUES (?1, ?2, ?3, ?4, ?5)");
    st.bind(1, m.removed.id).bind(2, m.removed.name).bind(3, foldKey(trim(m.removed.name)));
    st.bind(4, m.removed.website).bind(5, m.removed.notes);
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError("name: a competitor named '" + m.removed.name + "' exists again; cannot undo the merge");
    }
    sql::Statement movePresence(m_connection, "UPDATE competitor_presence SET competitor_id = ?2 WHERE id = ?1");
    for (PresenceId id : m.movedPresences)
        movePresence.bind(1, id).bind(2, m.removed.id).run();
    sql::Statement moveTender(m_connection, "UPDATE tenders SET winner_id = ?2 WHERE id = ?1 AND winner_id = ?3");
    for (TenderId id : m.movedTenders)
        moveTender.bind(1, id).bind(2, m.removed.id).bind(3, m.keptId).run();
    sql::Statement insert(m_connection, R"sql(
        INSERT INTO competitor_presence(id, account_id, competitor_id, products, strengths, threat, notes)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    for (const auto& p : m.droppedPresences) {
        insert.bind(1, p.id).bind(2, p.accountId).bind(3, p.competitorId).bind(4, p.products).bind(5, p.strengths);
        insert.bind(6, toKey(p.threat)).bind(7, p.notes).run();
    }
    tx.commit();
}

} // namespace keystone
