#include "storage/SqliteTenderRepository.h"

#include "domain/Text.h"
#include "domain/Validation.h"
#include "storage/StorageSupport.h"

namespace keystone {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, account_id, title, tender_date, value, outcome, reason, winner_id, notes, reason_id FROM tenders ";

Tender readTender(const sql::Statement& st)
{
    Tender t;
    t.id = st.int64(0);
    t.accountId = st.int64(1);
    t.title = st.text(2);
    t.date = Date::fromDays(st.int32(3));
    if (!st.isNull(4))
        t.value = Money::fromUnits(st.int64(4));
    t.outcome = fromKey<TenderOutcome>(st.textView(5)).value_or(TenderOutcome::Open);
    t.reason = st.text(6);
    t.winnerId = st.optionalInt64(7);
    t.notes = st.text(8);
    t.reasonId = st.optionalInt64(9);
    return t;
}

void bindFields(sql::Statement& st, const Tender& t)
{
    st.bind(1, t.accountId)
        .bind(2, t.title)
        .bind(3, static_cast<std::int64_t>(t.date.days()))
        .bind(4, t.value ? std::optional<std::int64_t>(t.value->units()) : std::nullopt)
        .bind(5, toKey(t.outcome))
        .bind(6, t.reason)
        .bind(7, t.winnerId)
        .bind(8, t.notes)
        .bind(10, t.reasonId);
}

} // namespace

void SqliteTenderRepository::create(Tender& tender)
{
    throwIfInvalid(tender.validate());
    sql::Transaction tx(m_connection);
    sql::requireRow(m_connection, sql::Table::Accounts, tender.accountId, "account");
    sql::requireRow(m_connection, sql::Table::Competitors, tender.winnerId, "winner");
    sql::requireRow(m_connection, sql::Table::Reasons, tender.reasonId, "reason");
    sql::Statement st(m_connection, R"sql(
        INSERT INTO tenders(account_id, title, tender_date, value, outcome, reason, winner_id, notes, reason_id)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10))sql");
    bindFields(st, tender);
    st.run();
    tender.id = m_connection.lastInsertId();
    sql::stamp(m_connection, RecordTable::Tenders, tender.id, m_actor, sql::Stamp::Created);
    tx.commit();
}

void SqliteTenderRepository::update(Tender& tender)
{
    throwIfInvalid(tender.validate());
    sql::Transaction tx(m_connection);
    sql::requireRow(m_connection, sql::Table::Accounts, tender.accountId, "account");
    sql::requireRow(m_connection, sql::Table::Competitors, tender.winnerId, "winner");
    sql::requireRow(m_connection, sql::Table::Reasons, tender.reasonId, "reason");
    sql::Statement st(m_connection, R"sql(
        UPDATE tenders SET account_id = ?1, title = ?2, tender_date = ?3, value = ?4, outcome = ?5, reason = ?6,
               winner_id = ?7, notes = ?8, reason_id = ?10
        WHERE id = ?9)sql");
    bindFields(st, tender);
    st.bind(9, tender.id).run();
    if (m_connection.changes() == 0)
        throw NotFoundError("tender " + std::to_string(tender.id) + " does not exist");
    sql::stamp(m_connection, RecordTable::Tenders, tender.id, m_actor, sql::Stamp::Updated);
    tx.commit();
}

std::optional<Tender> SqliteTenderRepository::find(TenderId id) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readTender(st);
}

std::vector<Tender> SqliteTenderRepository::listForAccount(AccountId accountId) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE account_id = ?1 ORDER BY tender_date DESC, id DESC");
    st.bind(1, accountId);
    std::vector<Tender> result;
    while (st.step())
        result.push_back(readTender(st));
    return result;
}

void SqliteTenderRepository::remove(TenderId id)
{
    sql::removeRow(m_connection, "DELETE FROM tenders WHERE id = ?1", id, "tender");
}

void SqliteTenderRepository::createReason(TenderReason& reason)
{
    throwIfInvalid(reason.validate());
    sql::Statement st(m_connection, "INSERT INTO tender_reasons(name, name_key) VALUES (?1, ?2)");
    st.bind(1, trim(reason.name)).bind(2, foldKey(trim(reason.name)));
    try {
        st.run();
    } catch (const ConflictError&) {
        throw ConflictError("name: a reason named '" + reason.name + "' already exists");
    }
    reason.id = m_connection.lastInsertId();
    reason.name = std::string(trim(reason.name));
    sql::stamp(m_connection, RecordTable::Reasons, reason.id, m_actor, sql::Stamp::Created);
}

std::vector<TenderReason> SqliteTenderRepository::reasons() const
{
    // In the order they were added: the seeded list reads as written, "other" among its own.
    sql::Statement st(m_connection, "SELECT id, name FROM tender_reasons ORDER BY id");
    std::vector<TenderReason> result;
    while (st.step())
        result.push_back({st.int64(0), st.text(1)});
    return result;
}

std::optional<TenderReason> SqliteTenderRepository::findReason(std::string_view name) const
{
    sql::Statement st(m_connection, "SELECT id, name FROM tender_reasons WHERE name_key = ?1");
    st.bind(1, foldKey(trim(name)));
    if (!st.step())
        return std::nullopt;
    return TenderReason{st.int64(0), st.text(1)};
}

} // namespace keystone
