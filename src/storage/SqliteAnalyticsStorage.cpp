#include "storage/SqliteAnalyticsStorage.h"

#include "storage/SqliteSaleRepository.h"
#include "storage/StorageSupport.h"

#include "domain/Validation.h"

namespace keystone {

void SqliteSegmentSnapshotRepository::save(SegmentSnapshot& snapshot)
{
    std::vector<FieldError> errors;
    for (std::size_t i = 0; i < snapshot.rows.size(); ++i)
        if (snapshot.rows[i].cell.size() != 2)
            errors.push_back({"rows[" + std::to_string(i) + "].cell", "must be a cell such as AX"});
    throwIfInvalid(errors);
    sql::Transaction tx(m_connection);
    sql::Statement head(m_connection,
                        "INSERT INTO segment_snapshots(taken_at, label, parameters) VALUES (?1, ?2, ?3)");
    head.bind(1, snapshot.takenAt.unixSeconds()).bind(2, snapshot.label).bind(3, snapshot.parameters);
    head.run();
    snapshot.id = m_connection.lastInsertId();
    sql::Statement row(m_connection, R"sql(
        INSERT INTO segment_snapshot_rows(snapshot_id, account_id, account_ref, account_name, total, cell, cv)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    for (const auto& r : snapshot.rows) {
        row.reset();
        row.bind(1, snapshot.id)
            .bind(2, r.accountId)
            .bind(3, r.accountRef)
            .bind(4, r.accountName)
            .bind(5, r.total.units())
            .bind(6, r.cell)
            .bind(7, r.cv);
        row.run();
    }
    snapshot.rowCount = static_cast<std::int64_t>(snapshot.rows.size());
    tx.commit();
}

std::vector<SegmentSnapshot> SqliteSegmentSnapshotRepository::list() const
{
    sql::Statement st(m_connection, R"sql(
        SELECT s.id, s.taken_at, s.label, s.parameters,
               (SELECT count(*) FROM segment_snapshot_rows r WHERE r.snapshot_id = s.id)
        FROM segment_snapshots s ORDER BY s.taken_at DESC, s.id DESC)sql");
    std::vector<SegmentSnapshot> out;
    while (st.step()) {
        SegmentSnapshot s;
        s.id = st.int64(0);
        s.takenAt = DateTime::fromUnixSeconds(st.int64(1));
        s.label = st.text(2);
        s.parameters = st.text(3);
        s.rowCount = st.int64(4);
        out.push_back(std::move(s));
    }
    return out;
}

std::optional<SegmentSnapshot> SqliteSegmentSnapshotRepository::find(SnapshotId id) const
{
    sql::Statement st(m_connection, "SELECT taken_at, label, parameters FROM segment_snapshots WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    SegmentSnapshot s;
    s.id = id;
    s.takenAt = DateTime::fromUnixSeconds(st.int64(0));
    s.label = st.text(1);
    s.parameters = st.text(2);
    sql::Statement rows(m_connection, R"sql(
        SELECT account_id, account_ref, account_name, total, cell, cv FROM segment_snapshot_rows
        WHERE snapshot_id = ?1 ORDER BY id)sql");
    rows.bind(1, id);
    while (rows.step()) {
        SegmentSnapshotRow r;
        r.accountId = rows.optionalInt64(0);
        r.accountRef = rows.text(1);
        r.accountName = rows.text(2);
        r.total = Money::fromUnits(rows.int64(3));
        r.cell = rows.text(4);
        if (!rows.isNull(5))
            r.cv = rows.real(5);
        s.rows.push_back(std::move(r));
    }
    s.rowCount = static_cast<std::int64_t>(s.rows.size());
    return s;
}

void SqliteSegmentSnapshotRepository::remove(SnapshotId id)
{
    sql::removeRow(m_connection, "DELETE FROM segment_snapshots WHERE id = ?1", id, "segment snapshot");
}

std::vector<AccountBrief> SqliteActivityReader::accounts() const
{
    sql::Statement st(m_connection, R"sql(
        SELECT id, coalesce(ref, ''), name, owner_id, status, kinds FROM accounts
        WHERE archived_at IS NULL ORDER BY id)sql");
    std::vector<AccountBrief> out;
    while (st.step()) {
        AccountBrief a;
        a.id = st.int64(0);
        a.ref = st.text(1);
        a.name = st.text(2);
        a.ownerId = st.optionalInt64(3);
        a.status = fromKey<AccountStatus>(st.textView(4)).value_or(AccountStatus::Active);
        a.kinds = KindSet::fromBits(static_cast<unsigned>(st.int64(5)));
        out.push_back(std::move(a));
    }
    return out;
}

void SqliteActivityReader::forEachPurchaseDay(Date to, const std::function<void(AccountId, Date, Money)>& visit) const
{
    SqliteSaleRepository::forEachAccountDays(
        m_connection, to, [&](AccountId account, const std::vector<sale_chunks::DayAmount>& days) {
            for (const auto& day : days)
                if (day.amount > Money{})
                    visit(account, day.date, day.amount);
        });
}

void SqliteActivityReader::forEachInteraction(DateTime from, DateTime to,
                                              const std::function<void(const InteractionBrief&)>& visit) const
{
    sql::Statement st(m_connection, R"sql(
        SELECT account_id, manager_id, kind, occurred_at FROM interactions
        WHERE occurred_at >= ?1 AND occurred_at <= ?2 ORDER BY account_id, occurred_at)sql");
    st.bind(1, from.unixSeconds()).bind(2, to.unixSeconds());
    InteractionBrief b;
    while (st.step()) {
        b.accountId = st.int64(0);
        b.managerId = st.optionalInt64(1);
        b.kind = fromKey<InteractionKind>(st.textView(2)).value_or(InteractionKind::Call);
        b.occurredAt = DateTime::fromUnixSeconds(st.int64(3));
        visit(b);
    }
}

std::map<AccountId, DateTime> SqliteActivityReader::lastInteractions(DateTime to) const
{
    // Answered from the index on (account_id, occurred_at) alone, without reading the rows.
    sql::Statement st(m_connection, R"sql(
        SELECT account_id, max(occurred_at) FROM interactions WHERE occurred_at <= ?1 GROUP BY account_id)sql");
    st.bind(1, to.unixSeconds());
    std::map<AccountId, DateTime> out;
    while (st.step())
        out.emplace_hint(out.end(), st.int64(0), DateTime::fromUnixSeconds(st.int64(1)));
    return out;
}

std::map<AccountId, std::string> SqliteActivityReader::lostTenderWinners() const
{
    // Ordered oldest first, so the latest tender of each account is written last.
    sql::Statement st(m_connection, R"sql(
        SELECT t.account_id, c.name FROM tenders t JOIN competitors c ON c.id = t.winner_id
        WHERE t.outcome = 'lost' ORDER BY t.account_id, t.tender_date, t.id)sql");
    std::map<AccountId, std::string> out;
    while (st.step())
        out[st.int64(0)] = st.text(1);
    return out;
}

std::map<AccountId, std::string> SqliteActivityReader::latestOpenFollowUps() const
{
    sql::Statement st(m_connection, R"sql(
        SELECT account_id, title FROM follow_ups WHERE done = 0 ORDER BY account_id, due_date, id)sql");
    std::map<AccountId, std::string> out;
    while (st.step())
        out[st.int64(0)] = st.text(1);
    return out;
}

} // namespace keystone
