#include "storage/SqliteFollowUpRepository.h"

#include "domain/Validation.h"
#include "storage/StorageSupport.h"

namespace keystone {

namespace {

constexpr std::string_view kSelect = "SELECT id, account_id, title, notes, due_date, owner_id, kind, done, done_at, "
                                     "interaction_id, created_at FROM follow_ups ";

FollowUp readFollowUp(const sql::Statement& st)
{
    FollowUp f;
    f.id = st.int64(0);
    f.accountId = st.int64(1);
    f.title = st.text(2);
    f.notes = st.text(3);
    f.dueDate = Date::fromDays(st.int32(4));
    f.ownerId = st.optionalInt64(5);
    f.kind = fromKey<FollowUpKind>(st.textView(6)).value_or(FollowUpKind::Task);
    f.done = st.int64(7) != 0;
    if (!st.isNull(8))
        f.doneAt = DateTime::fromUnixSeconds(st.int64(8));
    f.interactionId = st.optionalInt64(9);
    f.createdAt = DateTime::fromUnixSeconds(st.int64(10));
    return f;
}

void bindFields(sql::Statement& st, const FollowUp& f)
{
    st.bind(1, f.accountId)
        .bind(2, f.title)
        .bind(3, f.notes)
        .bind(4, static_cast<std::int64_t>(f.dueDate.days()))
        .bind(5, f.ownerId)
        .bind(6, toKey(f.kind))
        .bind(7, f.done)
        .bind(8, f.doneAt ? std::optional<std::int64_t>(f.doneAt->unixSeconds()) : std::nullopt)
        .bind(9, f.interactionId);
}

} // namespace

void SqliteFollowUpRepository::prepare(FollowUp& f) const
{
    // Marking done stamps the time; reopening clears it.
    if (f.done && !f.doneAt)
        f.doneAt = m_clock.now();
    if (!f.done)
        f.doneAt.reset();
    throwIfInvalid(f.validate());
    sql::requireRow(m_connection, sql::Table::Accounts, f.accountId, "account");
    sql::requireRow(m_connection, sql::Table::Managers, f.ownerId, "owner");
    sql::requireRow(m_connection, sql::Table::Interactions, f.interactionId, "interaction");
}

void SqliteFollowUpRepository::create(FollowUp& followUp)
{
    sql::Transaction tx(m_connection);
    prepare(followUp);
    followUp.createdAt = m_clock.now();
    insert(followUp, false);
    sql::stamp(m_connection, RecordTable::FollowUps, followUp.id, m_actor, sql::Stamp::Created);
    tx.commit();
}

void SqliteFollowUpRepository::restore(const FollowUp& followUp)
{
    sql::Transaction tx(m_connection);
    FollowUp copy = followUp;
    prepare(copy);
    insert(copy, true);
    tx.commit();
}

void SqliteFollowUpRepository::insert(FollowUp& followUp, bool keepId)
{
    sql::Statement st(m_connection, R"sql(
        INSERT INTO follow_ups(account_id, title, notes, due_date, owner_id, kind, done, done_at, interaction_id,
                               created_at, id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11))sql");
    bindFields(st, followUp);
    st.bind(10, followUp.createdAt.unixSeconds());
    if (keepId)
        st.bind(11, followUp.id);
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError("id: follow-up " + std::to_string(followUp.id) + " exists already");
    }
    followUp.id = m_connection.lastInsertId();
}

void SqliteFollowUpRepository::update(FollowUp& followUp)
{
    sql::Transaction tx(m_connection);
    prepare(followUp);
    sql::Statement st(m_connection, R"sql(
        UPDATE follow_ups SET account_id = ?1, title = ?2, notes = ?3, due_date = ?4, owner_id = ?5, kind = ?6,
               done = ?7, done_at = ?8, interaction_id = ?9
        WHERE id = ?10)sql");
    bindFields(st, followUp);
    st.bind(10, followUp.id).run();
    if (m_connection.changes() == 0)
        throw NotFoundError("follow-up " + std::to_string(followUp.id) + " does not exist");
    sql::stamp(m_connection, RecordTable::FollowUps, followUp.id, m_actor, sql::Stamp::Updated);
    tx.commit();
}

std::optional<FollowUp> SqliteFollowUpRepository::find(FollowUpId id) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readFollowUp(st);
}

std::vector<FollowUp> SqliteFollowUpRepository::list(const FollowUpQuery& q) const
{
    sql::Statement st(m_connection, std::string(kSelect) + R"sql(
        WHERE (?1 IS NULL OR account_id = ?1) AND (?2 IS NULL OR owner_id = ?2)
          AND (?3 IS NULL OR due_date <= ?3) AND (NOT ?4 OR done = 0)
        ORDER BY due_date, id)sql");
    st.bind(1, q.accountId).bind(2, q.ownerId);
    if (q.dueOnOrBefore)
        st.bind(3, static_cast<std::int64_t>(q.dueOnOrBefore->days()));
    st.bind(4, q.openOnly);
    std::vector<FollowUp> result;
    while (st.step())
        result.push_back(readFollowUp(st));
    return result;
}

void SqliteFollowUpRepository::remove(FollowUpId id)
{
    sql::removeRow(m_connection, "DELETE FROM follow_ups WHERE id = ?1", id, "follow-up");
}

void SqliteFollowUpRepository::addReschedule(FollowUpReschedule& r)
{
    throwIfInvalid(r.reason.size() <= 10'000 ? std::vector<FieldError>{}
                                               : std::vector<FieldError>{{"reason", "is longer than 10000 bytes"}});
    if (r.id == 0) {
        r.at = m_clock.now();
        r.by = m_actor.id();
    }
    sql::Statement st(m_connection, R"sql(
        INSERT INTO follow_up_reschedules(follow_up_id, from_date, to_date, reason, changed_at, changed_by, id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    st.bind(1, r.followUpId)
        .bind(2, static_cast<std::int64_t>(r.from.days()))
        .bind(3, static_cast<std::int64_t>(r.to.days()))
        .bind(4, r.reason)
        .bind(5, r.at.unixSeconds())
        .bind(6, r.by);
    if (r.id != 0)
        st.bind(7, r.id);
    st.run();
    r.id = m_connection.lastInsertId();
}

std::vector<FollowUpReschedule> SqliteFollowUpRepository::reschedules(FollowUpId id) const
{
    sql::Statement st(m_connection, R"sql(
        SELECT id, follow_up_id, from_date, to_date, reason, changed_at, changed_by FROM follow_up_reschedules
        WHERE follow_up_id = ?1 ORDER BY id)sql");
    st.bind(1, id);
    std::vector<FollowUpReschedule> result;
    while (st.step())
        result.push_back({st.int64(0), st.int64(1), Date::fromDays(st.int32(2)), Date::fromDays(st.int32(3)),
                          st.text(4), DateTime::fromUnixSeconds(st.int64(5)), st.optionalInt64(6)});
    return result;
}

void SqliteFollowUpRepository::removeReschedule(RescheduleId id)
{
    sql::Statement st(m_connection, "DELETE FROM follow_up_reschedules WHERE id = ?1");
    st.bind(1, id).run();
}

} // namespace keystone
