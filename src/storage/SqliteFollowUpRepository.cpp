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
    sql::Statement st(m_connection, R"sql(
        INSERT INTO follow_ups(account_id, title, notes, due_date, owner_id, kind, done, done_at, interaction_id,
                               created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10))sql");
    bindFields(st, followUp);
    st.bind(10, followUp.createdAt.unixSeconds()).run();
    followUp.id = m_connection.lastInsertId();
    tx.commit();
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

} // namespace keystone
