#include "storage/SqliteContactRepository.h"

#include "domain/Text.h"
#include "domain/Validation.h"
#include "storage/StorageSupport.h"

#include <map>

namespace keystone {

namespace {

constexpr std::string_view kSelect =
    "SELECT id, account_id, name, position, department, email, language, decision_role, attitude, influence, "
    "reports_to, left_company, notes, created_at, updated_at FROM contacts ";

Contact readContact(const sql::Statement& st)
{
    Contact c;
    c.id = st.int64(0);
    c.accountId = st.int64(1);
    c.name = st.text(2);
    c.position = st.text(3);
    c.department = st.text(4);
    c.email = st.text(5);
    c.language = st.text(6);
    c.role = fromKey<DecisionRole>(st.textView(7)).value_or(DecisionRole::Unknown);
    c.attitude = fromKey<Attitude>(st.textView(8)).value_or(Attitude::Unknown);
    c.influence = st.int32(9);
    c.reportsTo = st.optionalInt64(10);
    c.leftCompany = st.int64(11) != 0;
    c.notes = st.text(12);
    c.createdAt = DateTime::fromUnixSeconds(st.int64(13));
    c.updatedAt = DateTime::fromUnixSeconds(st.int64(14));
    return c;
}

} // namespace

void SqliteContactRepository::checkReportsTo(const Contact& c) const
{
    sql::requireRow(m_connection, sql::Table::Accounts, c.accountId, "account");
    if (!c.reportsTo)
        return;
    sql::Statement st(m_connection, "SELECT account_id, reports_to FROM contacts WHERE id = ?1");
    ContactId current = *c.reportsTo;
    for (int depth = 0; depth < 1000; ++depth) {
        if (c.id != 0 && current == c.id)
            throwIfInvalid({{"reports_to", "the reporting line would contain a loop"}});
        st.bind(1, current);
        if (!st.step())
            throwIfInvalid({{"reports_to", "contact " + std::to_string(current) + " does not exist"}});
        if (depth == 0 && st.int64(0) != c.accountId)
            throwIfInvalid({{"reports_to", "must be a contact at the same account"}});
        const auto next = st.optionalInt64(1);
        st.reset();
        if (!next)
            return;
        current = *next;
    }
}

void SqliteContactRepository::bindFields(sql::Statement& st, const Contact& c) const
{
    st.bind(1, c.accountId)
        .bind(2, c.name)
        .bind(3, foldKey(c.name))
        .bind(4, c.position)
        .bind(5, c.department)
        .bind(6, c.email)
        .bind(7, foldKey(c.email))
        .bind(8, c.language)
        .bind(9, toKey(c.role))
        .bind(10, toKey(c.attitude))
        .bind(11, c.influence)
        .bind(12, c.reportsTo)
        .bind(13, c.leftCompany)
        .bind(14, c.notes)
        .bind(15, c.updatedAt.unixSeconds());
}

void SqliteContactRepository::create(Contact& contact)
{
    throwIfInvalid(contact.validate());
    sql::Transaction tx(m_connection);
    checkReportsTo(contact);
    contact.createdAt = contact.updatedAt = m_clock.now();
    sql::Statement st(m_connection, R"sql(
        INSERT INTO contacts(account_id, name, name_key, position, department, email, email_key, language,
                             decision_role, attitude, influence, reports_to, left_company, notes, updated_at,
                             created_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16))sql");
    bindFields(st, contact);
    st.bind(16, contact.createdAt.unixSeconds());
    st.run();
    contact.id = m_connection.lastInsertId();
    sql::stamp(m_connection, RecordTable::Contacts, contact.id, m_actor, sql::Stamp::Created);
    savePhones(contact);
    m_index.refresh(SearchKind::Contact, contact.id);
    tx.commit();
}

void SqliteContactRepository::update(Contact& contact)
{
    throwIfInvalid(contact.validate());
    sql::Transaction tx(m_connection);
    checkReportsTo(contact);
    contact.updatedAt = m_clock.now();
    sql::Statement st(m_connection, R"sql(
        UPDATE contacts SET account_id = ?1, name = ?2, name_key = ?3, position = ?4, department = ?5,
               email = ?6, email_key = ?7, language = ?8, decision_role = ?9, attitude = ?10, influence = ?11,
               reports_to = ?12, left_company = ?13, notes = ?14, updated_at = ?15
        WHERE id = ?16)sql");
    bindFields(st, contact);
    st.bind(16, contact.id).run();
    if (m_connection.changes() == 0)
        throw NotFoundError("contact " + std::to_string(contact.id) + " does not exist");
    sql::stamp(m_connection, RecordTable::Contacts, contact.id, m_actor, sql::Stamp::Updated);
    savePhones(contact);
    m_index.refresh(SearchKind::Contact, contact.id);
    tx.commit();
}

void SqliteContactRepository::savePhones(const Contact& c)
{
    sql::Statement del(m_connection, "DELETE FROM contact_phones WHERE contact_id = ?1");
    del.bind(1, c.id).run();
    sql::Statement ins(m_connection,
                       "INSERT INTO contact_phones(contact_id, position, label, number) VALUES (?1, ?2, ?3, ?4)");
    int position = 0;
    for (const auto& p : c.phones)
        ins.bind(1, c.id).bind(2, position++).bind(3, p.label).bind(4, p.number).run();
}

void SqliteContactRepository::loadPhones(Contact& c) const
{
    sql::Statement st(m_connection, "SELECT label, number FROM contact_phones WHERE contact_id = ?1 ORDER BY position");
    st.bind(1, c.id);
    while (st.step())
        c.phones.push_back({st.text(0), st.text(1)});
}

std::optional<Contact> SqliteContactRepository::find(ContactId id) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE id = ?1");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Contact c = readContact(st);
    loadPhones(c);
    return c;
}

std::vector<Contact> SqliteContactRepository::listForAccount(AccountId accountId) const
{
    sql::Statement st(m_connection, std::string(kSelect) + "WHERE account_id = ?1 ORDER BY name_key, id");
    st.bind(1, accountId);
    std::vector<Contact> result;
    while (st.step())
        result.push_back(readContact(st));
    for (auto& c : result)
        loadPhones(c);
    return result;
}

std::vector<ContactListing> SqliteContactRepository::listAll() const
{
    // The column list of kSelect, qualified, because accounts has the same names.
    sql::Statement st(m_connection, R"sql(
        SELECT c.id, c.account_id, c.name, c.position, c.department, c.email, c.language, c.decision_role,
               c.attitude, c.influence, c.reports_to, c.left_company, c.notes, c.created_at, c.updated_at, a.name
        FROM contacts c JOIN accounts a ON a.id = c.account_id
        WHERE a.archived_at IS NULL ORDER BY c.name_key, c.id)sql");
    std::vector<ContactListing> result;
    std::map<ContactId, std::size_t> positions;
    while (st.step()) {
        ContactListing listing{readContact(st), st.text(15)};
        positions.emplace(listing.contact.id, result.size());
        result.push_back(std::move(listing));
    }
    sql::Statement phones(m_connection,
                          "SELECT contact_id, label, number FROM contact_phones ORDER BY contact_id, position");
    while (phones.step())
        if (const auto it = positions.find(phones.int64(0)); it != positions.end())
            result[it->second].contact.phones.push_back({phones.text(1), phones.text(2)});
    return result;
}

void SqliteContactRepository::remove(ContactId id)
{
    sql::Transaction tx(m_connection);
    m_index.remove(SearchKind::Contact, id);
    sql::removeRow(m_connection, "DELETE FROM contacts WHERE id = ?1", id, "contact");
    tx.commit();
}

} // namespace keystone
